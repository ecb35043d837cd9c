import Testing

@testable import SlantCore

/// The shipped lexicons: they load cleanly, meet the curation bar, and every example holds.
@Suite struct DefaultLexiconTests {
    static let lexicon = TestLexicons.defaults
    static let failures = LexiconExampleRunner.run(TestLexicons.defaults).failures

    @Test func atLeastEightyCuratedRules() {
        #expect(Self.lexicon.rules.count >= 80)
        for rule in Self.lexicon.lexicon.rules {
            #expect(rule.examples.match.count >= 2 && rule.examples.noMatch.count >= 2, "\(rule.id)")
            #expect(!rule.rationale.isEmpty && !rule.source.isEmpty, "\(rule.id)")
        }
    }

    @Test func shipsEveryKindOfPack() {
        let categories = Set(Self.lexicon.lexicon.rules.map(\.category))
        for needed: RuleCategory in [.loadedTerm, .label, .reportingVerb, .hedge, .intensifier, .casualty] {
            #expect(categories.contains(needed), "no \(needed.rawValue) rules")
        }
        let verbClasses = Set(Self.lexicon.lexicon.rules.compactMap(\.verbClass))
        #expect(verbClasses == Set(VerbClass.allCases))
        #expect(Set(Self.lexicon.sides.map(\.id)).isSuperset(of: ["israel", "palestinian"]))
        #expect(Self.lexicon.sides.contains { $0.isThirdParty })
        #expect(!Self.lexicon.debris.isEmpty)
    }

    /// One test case per rule, side and debris line, so a failure names what broke.
    @Test(
        arguments: TestLexicons.defaults.lexicon.rules.map(\.id) + TestLexicons.defaults.lexicon.packs.flatMap(\.sides).map(\.id)
            + TestLexicons.defaults.debris.map(\.rule.id))
    func examplesHold(id: String) {
        let failures = Self.failures.filter { $0.id == id }
        #expect(failures.isEmpty, "\(failures.map(\.description).joined(separator: "\n"))")
    }
}
