import ArgumentParser
import SlantCore
import Testing

@testable import SlantCommands

/// `slant explain RULE-ID`.
@Suite struct ExplainTests {
    func explain(_ id: String) throws -> String {
        let command = try #require(try SlantCommand.parseAsRoot(["explain", id]) as? ExplainCommand)
        return try command.explain(workingDirectory: CheckFixtures.root.path)
    }

    @Test func lexiconRuleShowsRationaleSourceAlternativesAndExamples() throws {
        let text = try explain("loaded.aggression")
        let rule = try #require(CheckFixtures.lexicon.lexicon.rules.first { $0.id == "loaded.aggression" })
        #expect(text.hasPrefix("loaded.aggression\n"))
        #expect(text.contains("Source:       \(rule.source)"))
        #expect(text.contains("Instead:      \(rule.alternatives.joined(separator: "; "))"))
        #expect(text.contains(rule.rationale.split(separator: " ").prefix(5).joined(separator: " ")))
        #expect(text.contains("Defined in:   Lexicons/loaded-terms.yml:"))
        #expect(text.contains("slant check:  editorial error, attributed info, quoted info (the default configuration)"))
        for example in rule.examples.match + rule.examples.noMatch { #expect(text.contains("  - \(example)\n")) }
        if let link = rule.link { #expect(text.contains("Link:         \(link)")) }
    }

    @Test func builtInRulesAreExplained() throws {
        let text = try explain("slant.unused-suppression")
        #expect(text.contains("Defined in:   built in"))
        #expect(text.contains("suppresses nothing"))
        #expect(text.contains("slant check:  warning (the default configuration)"))
    }

    @Test func unknownRuleExitsTwo() {
        #expect(throws: ExitCode(2)) { try explain("loaded.agression") }
        #expect(
            ClosestMatch.find("loaded.agression", among: CheckFixtures.lexicon.lexicon.rules.map(\.id)) == "loaded.aggression")
        #expect(ClosestMatch.find("aggression", among: ["loaded.aggression", "loaded.war-crimes"]) == "loaded.aggression")
        #expect(ClosestMatch.find("zzzzzz", among: ["loaded.aggression"]) == nil)
    }
}
