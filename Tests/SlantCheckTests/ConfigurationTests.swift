import Foundation
import SlantCore
import Testing

/// `.slant.yml`: every key does what the documentation says, and every mistake is an error with
/// the file and line.
@Suite struct ConfigurationTests {
    func parseProblem(_ yaml: String) -> ConfigurationProblem? {
        do {
            _ = try CheckFixtures.configuration(yaml, file: "desk/.slant.yml")
            return nil
        } catch {
            return error as? ConfigurationProblem
        }
    }

    @Test func unknownKeyIsReportedWithItsLine() throws {
        let problem = try #require(parseProblem("voices:\n  editorial: error\nthreshold:\n  min_voice_ratio: 0.5\n"))
        #expect(problem.file == "desk/.slant.yml")
        #expect(problem.line == 3)
        #expect(problem.message.contains("unknown key 'threshold'"))
        #expect(problem.description.hasPrefix("desk/.slant.yml:3: "))
    }

    @Test func unknownNestedKeyIsReportedWithItsLine() throws {
        let problem = try #require(parseProblem("thresholds:\n  min_voice_ratio: 0.5\n  max_voice_gap: 0.2\n"))
        #expect(problem.line == 3)
        #expect(problem.message.contains("unknown key 'max_voice_gap' in thresholds"))
    }

    @Test(arguments: [
        ("voices:\n  editorial: fatal\n", 2, "expected one of error | warning | info | rule | off"),
        ("\n\nthresholds:\n  min_voice_ratio: 1.5\n", 4, "expected a number from 0 to 1"),
        ("thresholds:\n  max_editorial_loaded_per_1000_words: many\n", 2, "must be a number"),
        ("severity:\n  loaded.aggression: critical\n", 2, "expected one of info | warning | error"),
        ("categories: [loaded-term, slur]\n", 1, "expected one of"),
        ("require_suppression_reason: maybe\n", 1, "must be true or false"),
        ("disable: verb.vowed\n", 1, "must be a list"),
        ("voices: [editorial]\n", 1, "must be a mapping"),
        ("packs:\n  - loaded-terms\n  - [nested]\n", 3, "must be a string"),
    ])
    func badValueIsReportedWithItsLine(yaml: String, line: Int, message: String) throws {
        let problem = try #require(parseProblem(yaml))
        #expect(problem.line == line, "\(problem)")
        #expect(problem.message.contains(message), "\(problem)")
    }

    @Test func yamlSyntaxErrorHasALine() throws {
        let problem = try #require(parseProblem("voices:\n  editorial: error\n bad indentation: [\n"))
        #expect(problem.line != nil)
        #expect(problem.message.hasPrefix("YAML"))
    }

    @Test func unknownRuleAndPackNamesAreProblemsWithSuggestions() throws {
        let configuration = try CheckFixtures.configuration(
            "disable:\n  - verb.vowed\n  - loaded.agression\n  - nothing.*\nseverity:\n  label.militnts: error\npacks: [loaded-term]\n"
        )
        let problems = configuration.problems(against: CheckFixtures.lexicon.lexicon)
        #expect(problems.count == 4)
        #expect(problems[0].line == 3 && problems[0].message.contains("did you mean 'loaded.aggression'"))
        #expect(problems[1].line == 4 && problems[1].message.contains("no rule matches 'nothing.*'"))
        #expect(problems[2].line == 6 && problems[2].message.contains("did you mean 'label.militants'"))
        #expect(problems[3].line == 7 && problems[3].message.contains("did you mean 'loaded-terms'"))
    }

    @Test func emptyFileGivesTheDefaults() throws {
        let configuration = try CheckFixtures.configuration("# nothing yet\n")
        #expect(configuration.voices == CheckConfiguration.defaults.voices)
        #expect(configuration.requireSuppressionReason)
    }

    static let article = """
        The militant group crossed the border, the army said.

        Hamas said Israeli aggression had to end.

        Both Israel and Hamas must demonstrate restraint. Hamas vowed to fight on.
        """

    func severities(_ yaml: String) throws -> [String: Severity] {
        let file = try CheckFixtures.check(Self.article, configuration: try CheckFixtures.configuration(yaml))
        return Dictionary(file.findings.map { ($0.ruleID, $0.severity) }, uniquingKeysWith: { first, _ in first })
    }

    @Test func defaultsMakeEditorialFindingsErrorsAndQuotedOnesInfo() throws {
        let found = try severities("")
        #expect(found["prescriptive.must-action"] == .error)
        #expect(found["loaded.aggression"] == .info)  // Hamas's words
        #expect(found["verb.vowed"] == .info)  // an info rule stays info
        #expect(found["verb.said"] == nil)  // neutral verbs are not findings
    }

    @Test func voicesChangeWhatEachVoiceIs() throws {
        let found = try severities("voices:\n  editorial: rule\n  attributed: error\n")
        #expect(found["prescriptive.must-action"] == .warning)  // the rule's own severity
        #expect(found["loaded.aggression"] == .error)
        let silent = try severities("voices:\n  attributed: off\n")
        #expect(silent["loaded.aggression"] == nil)
    }

    @Test func disableAndSeverityOverrides() throws {
        let found = try severities("disable: [verb.*]\nseverity:\n  prescriptive.must-action: warning\n  verb.vowed: error\n")
        #expect(found["verb.vowed"] == nil)
        #expect(found["prescriptive.must-action"] == .warning)
        // An override applies in checked voices only: quoted and attributed words stay info.
        let attributed = try severities("severity:\n  loaded.aggression: error\n")
        #expect(attributed["loaded.aggression"] == .info)
    }

    @Test func packsAndCategoriesSelectWhatIsReported() throws {
        let packs = try severities("packs: [editorializing]\n")
        #expect(Set(packs.keys) == ["prescriptive.must-action"])
        let categories = try severities("categories: [label]\n")
        #expect(Set(categories.keys) == ["label.militant-group"])
    }

    /// Both parties quoted twice, one with neutral verbs only, the other with none: the verb gap
    /// (1.0) crosses a configured maximum; mirrored.
    @Test(arguments: [("Israeli", "Palestinian"), ("Palestinian", "Israeli")])
    func verbGapThresholdBecomesAnArticleFinding(neutral: String, loaded: String) throws {
        let text = """
            Talks in Cairo

            The \(neutral) foreign minister said the talks would resume on Sunday. The \(neutral) envoy told reporters \
            that the crossings would stay open.

            The \(loaded) foreign minister claimed the talks had failed. The \(loaded) envoy insisted that the \
            crossings were shut.
            """
        let configuration = try CheckFixtures.configuration("thresholds:\n  max_verb_neutrality_gap: 0.1\n")
        let file = try CheckFixtures.check(text, configuration: configuration)
        let gap = file.findings.first { $0.ruleID == "slant.verb-neutrality-gap" }
        #expect(gap?.message.contains("neutral-verb gap 1.00") == true)
    }

    @Test func thresholdsBecomeArticleFindingsAtTheStartOfTheText() throws {
        let configuration = try CheckFixtures.configuration(
            "thresholds:\n  min_voice_ratio: 0.6\n  max_verb_neutrality_gap: 0.1\n  max_editorial_loaded_per_1000_words: 2\nseverity:\n  slant.voice-balance: error\n"
        )
        let file = try CheckFixtures.check(file: CheckFixtures.sample, configuration: configuration)
        let article = file.findings.filter { $0.category == "check" }
        // The sample's Israeli side has one attribution: no verb gap to measure (two per party).
        #expect(article.map(\.ruleID) == ["slant.editorial-loaded-language", "slant.voice-balance"])
        #expect(article.allSatisfy { $0.location == SourceLocation(line: 1, column: 1) && $0.lineText.isEmpty })
        #expect(article.first { $0.ruleID == "slant.voice-balance" }?.severity == .error)
        #expect(
            article.first { $0.ruleID == "slant.voice-balance" }?.message.contains("ratio 0.53 is below the minimum 0.60") == true
        )
        #expect(article.first { $0.ruleID == "slant.editorial-loaded-language" }?.severity == .warning)
        // Limits the article meets give no finding.
        let loose = try CheckFixtures.configuration(
            "thresholds:\n  min_voice_ratio: 0.5\n  max_editorial_loaded_per_1000_words: 10\n")
        #expect(
            try CheckFixtures.check(file: CheckFixtures.sample, configuration: loose).findings.allSatisfy {
                $0.category != "check"
            })
    }

    @Test func lexiconDirectoriesAreRelativeToTheConfigurationFile() throws {
        let configuration = try CheckConfigurationLoader.parse(
            "lexicons: [house]\n", file: "/desk/.slant.yml", directory: "/desk")
        #expect(configuration.lexiconDirectories == ["/desk/house"])
    }

    /// The example in docs/pre-publication-checks.md parses and names only rules and packs that exist.
    @Test func documentedExampleIsValid() throws {
        let docs = try String(
            contentsOf: CheckFixtures.root.appendingPathComponent("docs/pre-publication-checks.md"), encoding: .utf8)
        let start = try #require(docs.range(of: "```yaml\n# .slant.yml"))
        let end = try #require(docs.range(of: "```", range: start.upperBound..<docs.endIndex))
        let yaml = String(docs[docs.index(start.lowerBound, offsetBy: 8)..<end.lowerBound])
        let configuration = try CheckFixtures.configuration(yaml)
        #expect(configuration.problems(against: CheckFixtures.lexicon.lexicon).isEmpty)
        #expect(configuration.thresholds.minVoiceRatio == 0.5)
        #expect(configuration.voices[.editorial] == .error)
        #expect(configuration.isDisabled("casualty.casualties"))
    }
}
