import Foundation
import SlantCore
import SlantDefaultLexicons
import Testing

/// `slant check` says when a rule was stopped by a matching limit: a file the rule never
/// finished reading has not passed it.
@Suite struct RuleLimitCheckTests {
    static let pack = """
        pack: test-pack
        kind: rules
        version: 1.0.0
        description: test
        rules:
          - id: test.nested
            category: loaded-term
            severity: error
            patterns: ['(a+)+$']
            message: 'loaded'
            rationale: 'because'
            source: 'Test'
            alternatives: [bar]
            examples:
              match: ['a', 'aa']
              no_match: ['b', 'c']

        """

    static func checker(_ configuration: CheckConfiguration = .defaults) -> Checker {
        let (lexicon, problems) = Lexicon.load(embedded: DefaultLexicons.packs + [("test.yml", pack)])
        precondition(problems.isEmpty, "\(problems)")
        let (compiled, _) = CompiledLexicon.compile(lexicon)
        return Checker(compiled: compiled, configuration: configuration)
    }

    static let story = "Hamas militants fired rockets.\n\n" + String(repeating: "a", count: 40_000) + "b\n"

    @Test func aRuleStoppedByALimitIsAWarningNamingIt() throws {
        let source = try InputDecoder.decode(Array(Self.story.utf8), name: "story.txt")
        let checked = try Self.checker().check(source, path: "story.txt", markup: .text)
        let limits = checked.findings.filter { $0.ruleID == BuiltInCheckRules.ruleLimit }
        #expect(limits.count == 1)
        #expect(limits.first?.severity == .warning)
        #expect(limits.first?.message.contains("'test.nested'") == true)
        #expect(limits.first?.location == SourceLocation(line: 1, column: 1))
        // The other rules still ran.
        #expect(checked.findings.contains { $0.ruleID != BuiltInCheckRules.ruleLimit })
    }

    @Test func theWarningCanBeTurnedOffLikeAnyBuiltInRule() throws {
        let configuration = try CheckConfigurationLoader.parse(
            "disable: [slant.rule-limit]\n", file: ".slant.yml", directory: "")
        let source = try InputDecoder.decode(Array(Self.story.utf8), name: "story.txt")
        let checked = try Self.checker(configuration).check(source, path: "story.txt", markup: .text)
        #expect(!checked.findings.contains { $0.ruleID == BuiltInCheckRules.ruleLimit })
    }

    @Test func theRuleIsKnownToReportersAndConfiguration() {
        #expect(BuiltInCheckRules.info(BuiltInCheckRules.ruleLimit)?.severity == .warning)
    }
}
