import CPCRE2

/// Per-thread state for matching: match data, a match context carrying the limits, and a JIT
/// stack larger than PCRE2's 32 KiB default, which fails on long subjects. Not thread-safe:
/// give each thread its own.
public final class MatchScratch {
    let matchData: OpaquePointer
    let matchContext: OpaquePointer
    let jitStack: OpaquePointer?
    public let limits: MatchLimits

    public init(limits: MatchLimits = .default) {
        self.limits = limits
        // Group 0 is all slant reads; extra pairs only matter for patterns with captures.
        matchData = pcre2_match_data_create_8(32, nil)!
        matchContext = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(matchContext, limits.matchLimit)
        pcre2_set_depth_limit_8(matchContext, limits.depthLimit)
        pcre2_set_heap_limit_8(matchContext, limits.heapLimitKiB)
        jitStack = pcre2_jit_stack_create_8(64 * 1024, 8 * 1024 * 1024, nil)
        if let jitStack {
            pcre2_jit_stack_assign_8(matchContext, nil, UnsafeMutableRawPointer(jitStack))
        }
    }

    /// Open while `withStepBudget` runs.
    private(set) var budget: StepBudget?

    /// Runs `body` with a fresh step budget (see `MatchLimits`): the calls it makes with this
    /// scratch run with tiered match limits and are charged to their pattern; a pattern over
    /// its budget, or any once all are spent, throws `RegexMatchError.stepBudget`.
    public func withStepBudget<Result>(_ body: () throws -> Result) rethrows -> Result {
        let budget = StepBudget(limits: limits)
        self.budget = budget
        pcre2_set_match_limit_8(matchContext, budget.firstLimit)
        defer {
            self.budget = nil
            pcre2_set_match_limit_8(matchContext, limits.matchLimit)
        }
        return try body()
    }

    /// One PCRE2 call (`attempt`) for `pattern`, under the budget when one is open: a call that
    /// runs out of the first limit is made again with ten times the limit, up to `matchLimit`,
    /// each retry charged its whole limit before it runs, so a pattern never spends more than
    /// its budget (plus the free first tries). `escalated`: it needed more than the first limit.
    func call(for pattern: ObjectIdentifier, _ attempt: () -> Int32) throws(RegexMatchError) -> (
        result: Int32, escalated: Bool
    ) {
        guard let budget else { return (attempt(), false) }
        var limit = budget.firstLimit
        defer { if limit != budget.firstLimit { pcre2_set_match_limit_8(matchContext, budget.firstLimit) } }
        while true {
            let result = attempt()
            guard result == PCRE2_ERROR_MATCHLIMIT, limit < limits.matchLimit else {
                return (result, limit != budget.firstLimit)
            }
            let next = limit > limits.matchLimit / 10 ? limits.matchLimit : limit * 10
            try budget.charge(Int(next), to: pattern)
            limit = next
            pcre2_set_match_limit_8(matchContext, limit)
        }
    }

    deinit {
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        pcre2_match_context_free_8(matchContext)
        pcre2_match_data_free_8(matchData)
    }
}
