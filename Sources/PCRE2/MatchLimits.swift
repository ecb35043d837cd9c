/// Resource limits applied to every match call, so that no pattern can hang the program.
/// PCRE2's JIT honours only `matchLimit`; the interpreter honours all three.
///
/// `matchLimit` bounds one call (one match attempt, or one start position of a search). A
/// pattern that stays just under it at every attempt would still take minutes on one text,
/// so a caller may also open a step budget (`MatchScratch.withStepBudget`): the match-limit
/// steps each pattern spends on the text, and all patterns together, are summed and bounded.
public struct MatchLimits: Sendable, Equatable {
    public var matchLimit: UInt32
    public var depthLimit: UInt32
    /// In kibibytes.
    public var heapLimitKiB: UInt32
    /// Under a step budget, a call first runs with this match limit, then with ten times more
    /// until it finishes or reaches `matchLimit`. The first try is free (most lexicon patterns
    /// need a few dozen steps); each retry is charged its whole limit before it runs.
    public var freeSteps: UInt32
    /// Steps one pattern may spend on one text.
    public var stepBudgetPerPattern: Int
    /// Steps all patterns together may spend on one text.
    public var stepBudgetPerText: Int

    public init(
        matchLimit: UInt32 = 1_000_000, depthLimit: UInt32 = 10_000, heapLimitKiB: UInt32 = 20_000,
        freeSteps: UInt32 = 1_000, stepBudgetPerPattern: Int = 10_000_000, stepBudgetPerText: Int = 100_000_000
    ) {
        self.matchLimit = matchLimit
        self.depthLimit = depthLimit
        self.heapLimitKiB = heapLimitKiB
        self.freeSteps = freeSteps
        self.stepBudgetPerPattern = stepBudgetPerPattern
        self.stepBudgetPerText = stepBudgetPerText
    }

    public static let `default` = MatchLimits()
}
