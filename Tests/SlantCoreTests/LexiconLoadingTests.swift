import Foundation
import Testing

@testable import SlantCore

@Suite struct LexiconLoadingTests {
    @Test func loadsAValidPack() {
        let (compiled, problems) = TestLexicons.compile([("t.yml", TestLexicons.pack(rules: TestLexicons.rule()))])
        #expect(problems.isEmpty)
        #expect(compiled.rules.map(\.rule.id) == ["test.rule"])
        #expect(LexiconExampleRunner.run(compiled).failures.isEmpty)
    }

    /// `%s` in a rule's message is the matched text; any other `%` stays as written.
    @Test func messagesSubstituteTheMatchedText() throws {
        let cases: [(template: String, expected: String)] = [
            ("loaded", "loaded"), ("%s is loaded", "X is loaded"), ("%s (%s)", "X (X)"), ("100% %%s", "100% %X"),
            ("ends in %", "ends in %"), ("%d %", "%d %"), ("“%s”", "“X”"),
        ]
        for (template, expected) in cases {
            let text = TestLexicons.pack(rules: TestLexicons.rule()).replacingOccurrences(
                of: "message: 'loaded'", with: "message: '\(template)'")
            let (compiled, problems) = TestLexicons.compile([("t.yml", text)])
            #expect(problems.isEmpty)
            #expect(try #require(compiled.rules.first).rule.message(for: "X") == expected, "\(template)")
        }
    }

    @Test func unknownKeyIsAnErrorWithFileAndLine() {
        let text = TestLexicons.pack(rules: TestLexicons.rule(extra: "    colour: red\n"))
        let (_, problems) = TestLexicons.compile([("t.yml", text)])
        #expect(problems.count == 1)
        #expect(problems.first?.description.hasPrefix("Lexicons/t.yml:14: rule 'test.rule': unknown key 'colour'") == true)
    }

    /// A second `patterns:` would otherwise replace the first without a word.
    @Test func duplicateKeyIsAnErrorWithBothLines() {
        let text = TestLexicons.pack(rules: TestLexicons.rule(extra: "    patterns: ['\\bbar\\b']\n"))
        let (_, problems) = TestLexicons.compile([("t.yml", text)])
        #expect(
            problems.map(\.description) == [
                "Lexicons/t.yml:14: duplicate key 'patterns' (first on line 9): a key may appear once in a mapping"
            ])
    }

    @Test func missingRequiredKeyIsNamed() {
        let text = TestLexicons.pack(rules: TestLexicons.rule()).replacingOccurrences(of: "    rationale: 'because'\n", with: "")
        let (_, problems) = TestLexicons.compile([("t.yml", text)])
        #expect(problems.map(\.message) == ["rule is missing required key 'rationale'"])
    }

    @Test func brokenPatternNamesRuleAndOffset() {
        let text = TestLexicons.pack(rules: TestLexicons.rule(pattern: #"\bfoo(?:bar"#))
        let (compiled, problems) = TestLexicons.compile([("t.yml", text)])
        #expect(compiled.rules.isEmpty)
        #expect(problems.count == 1)
        #expect(problems[0].ruleID == "test.rule")
        #expect(problems[0].line == 6)
        #expect(problems[0].message.contains("does not compile: missing closing parenthesis at offset 11"))
    }

    @Test func patternMatchingTheEmptyStringIsRefused() {
        let (_, problems) = TestLexicons.compile([("t.yml", TestLexicons.pack(rules: TestLexicons.rule(pattern: #"\b(?:foo)?"#)))]
        )
        #expect(problems.map(\.message) == [#"pattern '\b(?:foo)?' can match the empty string"#])
    }

    @Test func duplicateIdsAcrossPacksAreReported() {
        let (_, problems) = TestLexicons.compile([
            ("a.yml", TestLexicons.pack(name: "a", rules: TestLexicons.rule())),
            ("b.yml", TestLexicons.pack(name: "b", rules: TestLexicons.rule())),
        ])
        #expect(problems.count == 1)
        #expect(problems[0].message.hasPrefix("duplicate rule id (first defined at Lexicons/a.yml:6)"))
    }

    @Test func categoryKeysAreCheckedAgainstTheCategory() {
        let text = TestLexicons.pack(rules: TestLexicons.rule(extra: "    verb_class: neutral\n"))
        let (_, problems) = TestLexicons.compile([("t.yml", text)])
        #expect(problems.map(\.message) == ["'verb_class' applies only to category 'reporting-verb'"])
    }

    @Test func tooFewExamplesAreReported() {
        let text = TestLexicons.pack(rules: TestLexicons.rule()).replacingOccurrences(of: "['food', 'bar']", with: "['food']")
        let (_, problems) = TestLexicons.compile([("t.yml", text)])
        #expect(problems.map(\.message) == ["needs at least 2 'match' and 2 'no_match' examples (has 2 and 1)"])
    }

    @Test func yamlSyntaxErrorHasALine() {
        let (_, problems) = TestLexicons.compile([("t.yml", "pack: x\nkind: [rules\n")])
        #expect(problems.count == 1)
        #expect(problems[0].line != nil)
        #expect(problems[0].message.hasPrefix("YAML syntax"))
    }

    @Test func failingExamplesAreReportedByTheRunner() {
        let text = TestLexicons.pack(rules: TestLexicons.rule()).replacingOccurrences(
            of: "['food', 'bar']", with: "['food', 'foo bar']")
        let (compiled, problems) = TestLexicons.compile([("t.yml", text)])
        #expect(problems.isEmpty)
        let failures = LexiconExampleRunner.run(compiled).failures
        #expect(failures.map(\.reason) == ["must not match but matched 'foo'"])
    }

    @Test func bracketsDemandTheExactMatch() {
        let text = TestLexicons.pack(rules: TestLexicons.rule()).replacingOccurrences(
            of: "['a foo here', 'foo']", with: "['a [[foo here]]', 'foo']")
        let (compiled, _) = TestLexicons.compile([("t.yml", text)])
        #expect(LexiconExampleRunner.run(compiled).failures.map(\.reason) == ["must match 'foo here' exactly but matched 'foo'"])
    }

    @Test func exceptionsDropMatchesInsideThem() throws {
        let text = TestLexicons.pack(rules: TestLexicons.rule(extra: "    exceptions: ['\\bfoo fighters\\b']\n"))
        let (compiled, problems) = TestLexicons.compile([("t.yml", text)])
        #expect(problems.isEmpty)
        let audit = TestLexicons.audit("The foo fighters played. A foo appeared.", lexicon: compiled)
        #expect(audit.findings.map(\.span.location) == [SourceLocation(line: 1, column: 28)])
    }

    @Test func packsFromADirectoryReplaceDefaultsByName() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-lexicons-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        try TestLexicons.pack(name: "loaded-terms", rules: TestLexicons.rule()).write(
            to: directory.appendingPathComponent("mine.yml"), atomically: true, encoding: .utf8)
        let (lexicon, problems) = Lexicon.load(
            embedded: [("loaded-terms.yml", "pack: loaded-terms\nkind: rules\nversion: 9.9.9\ndescription: d\nrules: []\n")],
            directories: [directory.path])
        #expect(problems.isEmpty)
        #expect(lexicon.packs.map(\.version) == ["1.0.0"])
        #expect(lexicon.rules.map(\.id) == ["test.rule"])
    }

    @Test func missingDirectoryIsAProblem() {
        let (_, problems) = Lexicon.load(embedded: [], directories: ["/nonexistent/slant"])
        #expect(problems.map(\.description) == ["/nonexistent/slant: not a directory"])
    }

    /// The issue's own example: `(a+)+$` over a long run of a's that ends in b.
    @Test func classicCatastrophicPatternIsALimitHitNotAHang() {
        let text = TestLexicons.pack(
            rules: TestLexicons.rule(id: "test.nested", pattern: "(a+)+$").replacingOccurrences(
                of: "['food', 'bar']", with: "['b', 'c']"))
        let (compiled, problems) = TestLexicons.compile([("t.yml", text)])
        #expect(problems.isEmpty)
        let audit = TestLexicons.audit(String(repeating: "a", count: 40_000) + "b", lexicon: compiled)
        #expect(audit.limits.ruleLimitHits.map(\.ruleID) == ["test.nested"])
    }

    @Test func catastrophicPatternIsReportedPerRuleAndTheAuditGoesOn() {
        let text = TestLexicons.pack(
            rules: TestLexicons.rule(id: "test.slow", pattern: #"(\w+\s?)+$"#).replacingOccurrences(
                of: "['a foo here', 'foo']", with: "['foo', 'bar']"
            )
            .replacingOccurrences(of: "['food', 'bar']", with: "['!', '?']") + TestLexicons.rule())
        let (compiled, _) = TestLexicons.compile([("t.yml", text)])
        let article = String(repeating: "word ", count: 3_000) + "foo!"
        let audit = TestLexicons.audit(article, lexicon: compiled)
        #expect(audit.limits.ruleLimitHits.map(\.ruleID) == ["test.slow"])
        #expect(audit.findings.contains { $0.ruleID == "test.rule" })
    }
}

/// A YAML error at the end of a file without a final line break names a line of the file
/// (fuzz-config's reproducer in Fuzz/Crashes/config).
@Suite struct YAMLErrorLineTests {
    @Test func errorAtTheEndOfAFileStaysOnItsLastLine() {
        let (_, problems) = LexiconParser.parse("a: b\nc", file: "pack.yml")
        #expect(problems.first?.line == 2)
        #expect(YAMLErrorLine.line(3, in: "a: b\nc\n") == 2)
        #expect(YAMLErrorLine.line(2, in: "a: b\nc") == 2)
        // libyaml ends a line at a lone CR too.
        #expect(YAMLErrorLine.line(3, in: "a: b\rc") == 2)
        #expect(YAMLErrorLine.line(3, in: "a: b\r\nc\r\n") == 2)
    }

    @Test func configurationErrorAtTheEndStaysInTheFile() {
        #expect(throws: ConfigurationProblem.self) {
            _ = try CheckConfigurationLoader.parse("a: b\nc", file: ".slant.yml", directory: "/tmp")
        }
        do {
            _ = try CheckConfigurationLoader.parse("a: b\nc", file: ".slant.yml", directory: "/tmp")
        } catch {
            #expect(error.line == 2)
        }
    }

    /// YAML's typing of scalars: a null list is refused, a quoted "~" is a string, and YAML's
    /// spellings of booleans read as booleans.
    @Test func yamlNullsQuotedTildesAndBooleans() {
        let nullPatterns = TestLexicons.rule().replacingOccurrences(
            of: #"patterns: ['\bfoo\b']"#, with: "patterns: ~")
        let (_, nullProblems) = TestLexicons.compile([("t.yml", TestLexicons.pack(rules: nullPatterns))])
        #expect(nullProblems.contains { $0.message.contains("'patterns' must be a list of strings") })
        let quotedTilde = TestLexicons.rule(extra: "    emotive: yes\n").replacingOccurrences(
            of: "alternatives: [bar]", with: "alternatives: '~'")
        let (compiled, problems) = TestLexicons.compile([("t.yml", TestLexicons.pack(rules: quotedTilde))])
        #expect(problems.isEmpty)
        #expect(compiled.rules.first?.rule.alternatives == ["~"])
        #expect(compiled.rules.first?.rule.emotive == true)
    }

    /// Scalars lose surrounding white space of every kind, as Foundation's trimming did.
    @Test func stringsAreTrimmedOfUnicodeWhiteSpace() {
        #expect(YAMLNodeReader.trimmed("plain") == "plain")
        #expect(YAMLNodeReader.trimmed("  two words \n") == "two words")
        #expect(YAMLNodeReader.trimmed("\u{00A0}\u{2003}Gaza\u{3000}") == "Gaza")
        #expect(YAMLNodeReader.trimmed(" \t\n ") == "")
        #expect(YAMLNodeReader.trimmed("é ") == "é")
    }
}
