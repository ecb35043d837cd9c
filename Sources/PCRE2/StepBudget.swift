/// The match-limit steps charged to one text, per pattern and in all, while a
/// `MatchScratch.withStepBudget` scope is open. Counts, not time: the same text and patterns
/// stop at the same place on any machine, so reports stay byte-identical.
final class StepBudget {
    let limits: MatchLimits
    private var spentByPattern: [ObjectIdentifier: Int] = [:]
    private var spentInAll = 0

    init(limits: MatchLimits) {
        self.limits = limits
    }

    /// The match limit of the first try of every call in the scope.
    var firstLimit: UInt32 { min(limits.freeSteps, limits.matchLimit) }

    /// Charges `steps` to `pattern`, or throws (charging nothing) when that would take it, or
    /// all patterns together, over budget.
    func charge(_ steps: Int, to pattern: ObjectIdentifier) throws(RegexMatchError) {
        let spent = spentByPattern[pattern, default: 0] + steps
        if spent > limits.stepBudgetPerPattern {
            throw .stepBudget(steps: limits.stepBudgetPerPattern, perText: false)
        }
        if spentInAll + steps > limits.stepBudgetPerText {
            throw .stepBudget(steps: limits.stepBudgetPerText, perText: true)
        }
        spentByPattern[pattern] = spent
        spentInAll += steps
    }
}
