import Foundation
import SlantCore
import Testing

/// House style (`house_style:` in `.slant.yml`, `--house-style FILE`): a newsroom sets a rule's
/// class and severity and adds its own terms; every mistake is an error with the file and line.
@Suite struct HouseStyleTests {
    static let wire = "Hamas militants fired rockets at Ashkelon on Tuesday."

    /// The lexicon with `yaml`'s house style applied, compiled.
    func restyled(_ yaml: String) throws -> (CompiledLexicon, [LexiconProblem], CheckConfiguration) {
        let configuration = try CheckFixtures.configuration(yaml)
        let style = try #require(configuration.houseStyle)
        let (lexicon, problems) = style.apply(to: CheckFixtures.lexicon.lexicon)
        let (compiled, compileProblems) = CompiledLexicon.compile(lexicon)
        return (compiled, problems + compileProblems, configuration)
    }

    func check(_ text: String, lexicon: CompiledLexicon, configuration: CheckConfiguration) throws -> [CheckFinding] {
        let source = try InputDecoder.decode(Array(text.utf8), name: "story.txt")
        return try Checker(compiled: lexicon, configuration: configuration).check(source, path: "story.txt", markup: .text)
            .findings
    }

    @Test func militantsIsAContestedLabelReportedAsInfoByDefault() throws {
        let findings = try CheckFixtures.check(Self.wire).findings
        let militants = try #require(findings.first { $0.ruleID == "label.militants" })
        #expect(militants.severity == .info)
        #expect(!findings.contains { $0.severity == .error })
    }

    @Test func aNewsroomCanMakeMilitantNeutralAsTheAPUsesIt() throws {
        let (lexicon, problems, configuration) = try restyled(
            "house_style:\n  rules:\n    label.militant*: {polarity: neutral}\n")
        #expect(problems.isEmpty, "\(problems)")
        #expect(
            try check(Self.wire, lexicon: lexicon, configuration: configuration).allSatisfy { $0.ruleID != "label.militants" })
        let version = try #require(lexicon.packVersions.first { $0.name == "actor-labels" }?.version)
        #expect(version.contains("+house."), "a restyled pack says so in every report: \(version)")
    }

    @Test func aNewsroomCanMakeMilitantAnErrorAgain() throws {
        let (lexicon, problems, configuration) = try restyled(
            "house_style:\n  rules:\n    label.militants: {polarity: pejorative, severity: error}\n")
        #expect(problems.isEmpty, "\(problems)")
        let findings = try check(Self.wire, lexicon: lexicon, configuration: configuration)
        #expect(findings.first { $0.ruleID == "label.militants" }?.severity == .error)
        let audit = Auditor(compiled: lexicon).audit(
            try InputDecoder.decode(Array("Hamas militants fired rockets. Israeli forces responded.".utf8), name: "a.txt"))
        #expect(audit.measures.labels.asymmetric)
    }

    @Test func aNewsroomsOwnTermIsFlaggedWithItsPreferredWording() throws {
        let (lexicon, problems, configuration) = try restyled(
            """
            house_style:
              terms:
                - term: illegal alien
                  use: [immigrant in the country illegally]
                  reason: House style since 2013.
            """)
        #expect(problems.isEmpty, "\(problems)")
        let findings = try check(
            "Officials said illegal aliens crossed the river.", lexicon: lexicon, configuration: configuration)
        let finding = try #require(findings.first { $0.ruleID == "house.illegal-alien" })
        #expect(finding.message.contains("immigrant in the country illegally"))
        #expect(
            try check("Officials said alien species crossed the river.", lexicon: lexicon, configuration: configuration)
                .allSatisfy { $0.ruleID != "house.illegal-alien" })
    }

    @Test func aTermIsMatchedAsWholeWordsWithPunctuationTakenLiterally() {
        #expect(HouseTerm.pattern(forTerm: "U.S. citizen") == #"\bU\.S\. citizen(?:s|es)?\b"#)
    }

    @Test(arguments: [
        ("house_style:\n  rules:\n    label.militnts: {polarity: neutral}\n", 3, "no rule with id 'label.militnts'"),
        ("house_style:\n  rules:\n    verb.claimed: {polarity: neutral}\n", 3, "polarity applies to labels only"),
    ])
    func overridesThatChangeNothingAreProblems(yaml: String, line: Int, message: String) throws {
        let (_, problems, _) = try restyled(yaml)
        let problem = try #require(problems.first)
        #expect(problem.line == line, "\(problem)")
        #expect(problem.message.contains(message), "\(problem)")
    }

    @Test(arguments: [
        ("house_style:\n  rules:\n    label.militants: {polarity: friendly}\n", 3, "expected one of"),
        ("house_style:\n  rules:\n    label.militants: {}\n", 3, "sets nothing"),
        ("house_style:\n  terms:\n    - term: regime\n", 3, "missing required key 'use'"),
        ("house_style:\n  terms:\n    - use: [government]\n", 3, "either 'term' or 'patterns'"),
        ("house_style:\n  colours: red\n", 2, "unknown key 'colours'"),
    ])
    func badHouseStyleIsReportedWithItsLine(yaml: String, line: Int, message: String) throws {
        do {
            _ = try CheckFixtures.configuration(yaml, file: "desk/.slant.yml")
            Issue.record("no problem reported for \(yaml)")
        } catch let problem as ConfigurationProblem {
            #expect(problem.file == "desk/.slant.yml")
            #expect(problem.line == line, "\(problem)")
            #expect(problem.message.contains(message), "\(problem)")
        }
    }

    @Test func aHouseStyleFileIsReadOnItsOwnOrFromASlantYml() throws {
        let folder = try CheckFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let own = folder.appendingPathComponent("house.yml")
        try "rules:\n  label.militants: {polarity: neutral}\n".write(to: own, atomically: true, encoding: .utf8)
        let config = folder.appendingPathComponent(".slant.yml")
        try "voices:\n  editorial: error\nhouse_style:\n  rules:\n    label.militants: {polarity: neutral}\n"
            .write(to: config, atomically: true, encoding: .utf8)
        for path in [own.path, config.path] {
            let style = try HouseStyleParser.load(path: path)
            #expect(style.overrides.map(\.rule.name) == ["label.militants"])
            #expect(style.overrides.first?.polarity == .neutral)
        }
    }

    @Test func checkAppliesTheHouseStyleOfItsConfiguration() throws {
        let folder = try CheckFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        try "house_style:\n  terms:\n    - term: slammed\n      use: [criticised]\n      severity: error\n"
            .write(to: folder.appendingPathComponent(".slant.yml"), atomically: true, encoding: .utf8)
        try "The mayor slammed the budget on Monday.\n".write(
            to: folder.appendingPathComponent("story.txt"), atomically: true, encoding: .utf8)
        let (output, exitCode) = try CheckFixtures.runCheck(["story.txt"], in: folder)
        #expect(exitCode == 1)
        #expect(output.contains("house.slammed"))
    }
}
