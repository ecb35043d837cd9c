import Testing

@testable import PCRE2

/// The step budget: a pattern that stays under the match limit at every attempt but spends it
/// many times over on one text is stopped, by counts, not by time.
@Suite struct StepBudgetTests {
    /// Runs of a's never followed by b: `(a+)+b` tries every way to split each run, at every
    /// start in it, each start under the match limit.
    static let runs = ValidUTF8(String(repeating: "aaaaaaaaaaaa ", count: 400) + "b")

    @Test func aSearchUnderTheMatchLimitAtEveryStartSpendsItsBudget() throws {
        let regex = try Regex("(a+)+b")
        let scratch = MatchScratch(limits: MatchLimits(stepBudgetPerPattern: 1_000_000))
        // Without a budget it finishes, having found nothing (the cost nobody saw).
        #expect(try regex.matches(in: Self.runs, scratch: scratch).isEmpty)
        #expect(throws: RegexMatchError.stepBudget(steps: 1_000_000, perText: false)) {
            try scratch.withStepBudget { _ = try regex.matches(in: Self.runs, scratch: scratch) }
        }
    }

    @Test func anchoredAttemptsUnderTheMatchLimitSpendTheBudgetToo() throws {
        let regex = try Regex("(a+)+b", anchored: true)
        let scratch = MatchScratch(limits: MatchLimits(stepBudgetPerPattern: 1_000_000))
        let starts = Array(stride(from: 0, to: Self.runs.count - 1, by: 13))
        #expect(try starts.allSatisfy { try regex.anchoredMatchEnd(at: $0, in: Self.runs, scratch: scratch) == nil })
        var attempts = 0
        #expect(throws: RegexMatchError.stepBudget(steps: 1_000_000, perText: false)) {
            try scratch.withStepBudget {
                for start in starts {
                    attempts += 1
                    _ = try regex.anchoredMatchEnd(at: start, in: Self.runs, scratch: scratch)
                }
            }
        }
        #expect(attempts < starts.count, "stopped after \(attempts) of \(starts.count) attempts")
    }

    @Test func allPatternsTogetherShareABudgetPerText() throws {
        let first = try Regex("(a+)+b")
        let second = try Regex("(a+)+b")
        let scratch = MatchScratch(limits: MatchLimits(stepBudgetPerPattern: 1_000_000, stepBudgetPerText: 1_500_000))
        try scratch.withStepBudget {
            #expect(throws: RegexMatchError.stepBudget(steps: 1_000_000, perText: false)) {
                _ = try first.matches(in: Self.runs, scratch: scratch)
            }
            #expect(throws: RegexMatchError.stepBudget(steps: 1_500_000, perText: true)) {
                _ = try second.matches(in: Self.runs, scratch: scratch)
            }
        }
    }

    /// Searching start by start (what a budget does once a search runs out of free steps) finds
    /// the same matches as PCRE2's own search.
    @Test func searchingStartByStartFindsTheSameMatches() throws {
        let subject = ValidUTF8("aaaaaaab aa xaab aaaaaaaaaaa é aab b aaaaaaaaaaab")
        for pattern in ["(a+)+b", "a+b", "(?<=x)a+b", "\\ba{2}", "(?=b)", "é|b"] {
            let regex = try Regex(pattern)
            let reference = try regex.matches(in: subject)
            let scratch = MatchScratch(limits: MatchLimits(freeSteps: 2))
            let budgeted = try scratch.withStepBudget { try regex.matches(in: subject, scratch: scratch) }
            #expect(budgeted == reference, "\(pattern)")
        }
    }

    @Test func theBudgetEndsWithItsScope() throws {
        let regex = try Regex(#"(\w+\s?)+$"#)
        let subject = ValidUTF8(String(repeating: "word ", count: 40) + "!")
        let scratch = MatchScratch(limits: MatchLimits(matchLimit: 100_000))
        _ = try scratch.withStepBudget { try Regex("a").matches(in: subject, scratch: scratch) }
        #expect(scratch.budget == nil)
        #expect(throws: RegexMatchError.matchLimit) { _ = try regex.matches(in: subject, scratch: scratch) }
    }
}
