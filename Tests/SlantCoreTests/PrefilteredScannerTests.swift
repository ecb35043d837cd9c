import PCRE2
import Testing

@testable import SlantCore

/// The fast scanner's parts, and its answers on pattern sets built to trip it up, always
/// against the one-by-one reference.
@Suite struct PrefilteredScannerTests {
    static func regexes(_ patterns: [(String, Bool)]) -> [Regex] {
        patterns.map { try! Regex($0.0, caseless: $0.1) }
    }

    static func expectSameAsReference(_ patterns: [Regex], on texts: [String], limits: MatchLimits = .default) {
        let fast = PrefilteredPatternScanner(patterns: patterns)
        let reference = SequentialPatternScanner(patterns: patterns)
        let scratch = MatchScratch(limits: limits)
        for text in texts.map(ValidUTF8.init) {
            let expected = reference.scan(text, scratch: scratch)
            let actual = fast.scan(text, scratch: scratch)
            let differing = patterns.indices.filter { actual.matches[$0] != expected.matches[$0] }
            #expect(
                differing.isEmpty,
                "\(differing.prefix(5).map { "\(patterns[$0].pattern): \(actual.matches[$0]) instead of \(expected.matches[$0])" })"
            )
            #expect(Set(actual.failures.keys) == Set(expected.failures.keys))
        }
    }

    @Test func literalPrefixesFollowOptionalItemsGroupsAndSmallClasses() {
        func prefixes(_ pattern: String) -> [String] {
            LiteralPrefixes.of(Array(pattern.utf8)).map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(prefixes("Israeli (?:government|cabinet)\\b") == ["israeli go", "israeli ca"])
        #expect(prefixes("kill(?:s|ed)?\\b") == ["kill", "kills", "killed"])
        #expect(prefixes("(?:Benjamin )?Netanyahu\\b") == ["netanyahu", "benjamin n"])
        #expect(prefixes("(?-i:IDF\\b)") == ["idf"])
        #expect(prefixes("[Kk]\\w+") == ["k"])
        #expect(prefixes("organi[sz]ations?") == ["organisati", "organizati"])
        #expect(prefixes("U\\.S\\.(?!\\w)") == ["u.s."])
        #expect(prefixes("a{1,3}b") == ["a"])
        #expect(prefixes("\\w+ed\\b") == [""])
        #expect(prefixes("\\Qa.b\\E") == [""])
        #expect(prefixes("[^x]y") == [""])
        // A character outside ASCII stands for any such character; the Kelvin sign for `k`.
        #expect(prefixes("T(?:ü|u)rkiye") == ["t\u{FFFD}rkiye", "turkiye"])
        #expect(prefixes("M[ée]decins") == ["m\u{FFFD}decins", "medecins"])
        #expect(prefixes("\u{212A}ill") == ["kill"])
    }

    @Test func requiredLiteralIsTheLongestPlainRunAtTheTopLevel() {
        func required(_ pattern: String) -> String? {
            RequiredLiteral.of(Array(pattern.utf8)).map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(required("[A-Z][a-z]+ Savage\\b") == " Savage")
        #expect(required("(?-i:[A-Z][a-z]+ Savage\\b)") == " Savage")
        #expect(required("(?:the|a) (?:\\w+ )?tolls? of\\b") == "toll")
        #expect(required("[0-9]{1,3}[- ]years?[- ]old\\b") == "year")
        #expect(required("\\Qab\\E") == nil)
        #expect(required("x\\x{41}yz") == nil)
        #expect(required("(?:a|b)+") == nil)
    }

    /// PCRE2 (UTF, UCP, caseless) matches an ASCII pattern character to a character outside
    /// ASCII only for `k` (the Kelvin sign) and `s` (the long s): the trie's walk relies on it.
    @Test func onlyTheKelvinSignAndTheLongSMatchAnASCIICharacterWithoutCase() throws {
        var scalars = String.UnicodeScalarView()
        for value in 0x80...0x10FFFF { if let scalar = Unicode.Scalar(value) { scalars.append(scalar) } }
        let text = ValidUTF8(String(scalars))
        let scratch = MatchScratch()
        for byte in UInt8(0x20)..<UInt8(0x7F) {
            let character = String(UnicodeScalar(byte))
            let escaped = PatternSource.isASCIIAlphanumeric(byte) ? character : "\\" + character
            let found = try Regex(escaped, caseless: true).matches(in: text, scratch: scratch).map { text[$0] }
            let expected = byte | 0x20 == UInt8(ascii: "k") ? ["\u{212A}"] : byte | 0x20 == UInt8(ascii: "s") ? ["\u{17F}"] : []
            #expect(found == expected, "\(character)")
        }
    }

    /// The trie's candidates at each word start must include every member that matches there
    /// (any superset is correct, a subset loses matches): checked on seeded random patterns and
    /// texts full of the characters that trip byte-level reading.
    @Test(arguments: [7, 8, 9] as [UInt64])
    func candidatesIncludeEveryMemberThatMatches(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let words = [
            "kill", "Kill", "\u{212A}ill", "ſaid", "said", "Türkiye", "TÜRKIYE", "Turkiye", "Médecins", "MÉDECINS", "naïve",
            "über", "the", "a", "toll", "Savage", "U.S.", "al-Shifa", "can’t", "can't", "1,200", "7",
        ]
        let pieces = [
            "kill", "\u{212A}ill", "s", "said", "T(?:ü|u)rkiye", "M[ée]decins", "na[iï]ve", "(?:über|uber)", "[Kk]\\w*",
            "the (?:\\w+ )?toll", "U\\.S\\.", "al-\\w+", "can['’]t", "[0-9][0-9,]*", "(?-i:Said)", "(?i:SAID)",
        ]
        var patterns: [Regex] = []
        while patterns.count < 120 {
            let pattern =
                ["", "(?<!\\bthe )"][random.next(below: 2)] + "\\b" + pieces[random.next(below: pieces.count)]
                + ["", "\\b", "(?:s|ed)?", " \\w+", "\\w*"][random.next(below: 5)]
            patterns.append(try Regex(pattern, caseless: random.next(below: 4) > 0))
        }
        let separators = [" ", ", ", "—", "“", "”", "’", "-", "\n", "é", "_", "ſ"]
        let texts = (0..<20).map { _ in
            (0..<150).map { _ in words[random.next(below: words.count)] + separators[random.next(below: separators.count)] }
                .joined()
        }
        let fast = PrefilteredPatternScanner(patterns: patterns)
        let scratch = MatchScratch()
        for text in texts.map(ValidUTF8.init) {
            var candidates: [(member: Int, offset: Int)] = []
            text.bytes.withUnsafeBufferPointer { fast.trie.appendCandidates(in: $0, into: &candidates) }
            let candidateSet = Set(candidates.map { "\($0.member) \($0.offset)" })
            var missing: [String] = []
            for (member, anchored) in fast.anchored.enumerated() {
                guard let anchored else { continue }
                // Only at character starts: PCRE2 must not be started inside a character.
                for offset in 0..<text.count where text.bytes[offset] & 0xC0 != 0x80 {
                    guard try anchored.anchoredMatchEnd(at: offset, in: text, scratch: scratch) != nil,
                        !candidateSet.contains("\(member) \(offset)")
                    else { continue }
                    missing.append("\(patterns[member].pattern) at \(offset)")
                }
            }
            #expect(missing.isEmpty, "\(missing.prefix(5))")
        }
        Self.expectSameAsReference(patterns, on: texts)
    }

    /// Members taken apart by the new rules: characters outside ASCII in a prefix, a member with
    /// no useful prefix gated by the literal it needs, and the Kelvin sign and long s.
    @Test func gatedAndNonASCIIMembersAgreeWithTheReference() {
        let patterns = Self.regexes([
            ("(?-i:\\b[A-Z][a-z]+ Savage\\b)", true), ("\\bT(?:ü|u)rkiye\\b", true), ("\\bM[ée]decins\\b", true),
            ("\\b(?:the|its|a) (?:\\w+ )?tolls? (?:on|of)\\b", true), ("\\bkill\\w*", true), ("\\bsaid\\b", true),
            ("\\b[0-9]{1,3}[- ]years?[- ]old\\b", true),
        ])
        Self.expectSameAsReference(
            patterns,
            on: [
                "Adam Savage and adam Savage; Türkiye, TÜRKIYE, Turkiye, TÜrkiye. Médecins, MÉDECINS, Medecins.",
                "The death toll of the war, its tolls on, a heavy toll on; \u{212A}illed KILL ſaid \u{17F}AID; 7-year-old 12 years old",
                "no literal here at all: killing said Türk",
            ])
    }

    @Test func boundaryIsFoundBehindLookbehindsAndInGroups() {
        func stripped(_ pattern: String, keep: Bool = false) -> String? {
            PatternSource(pattern).withoutLeadingBoundary(keepingLookbehinds: keep).map { String(decoding: $0, as: UTF8.self) }
        }
        #expect(stripped("(?<!\\bthe )\\bmilitants?\\b") == "militants?\\b")
        #expect(stripped("(?<!\\bthe )\\bmilitants?\\b", keep: true) == "(?<!\\bthe )militants?\\b")
        #expect(stripped("(?-i:\\bIDF\\b)") == "(?-i:IDF\\b)")
        #expect(stripped("\\bkilled|\\bdied") == nil)
        #expect(stripped("killed\\b") == nil)
    }

    @Test func constructsThatDependOnTheWholePatternAreRecognised() {
        for pattern in [
            "\\b(a)\\1", "\\bfoo\\K", "\\b(?<name>x)", "\\ba(*SKIP)b", "\\b(?R)", "\\b(?x) a b", "\\b(?C1)x", "\\b(?|a|b)",
        ] {
            #expect(PatternSource(pattern).dependsOnWholePattern, "\(pattern)")
        }
        for pattern in ["\\bfoo\\\\1", "(?<!x)\\ba", "(?<=x)\\ba", "(?-i:\\bIDF)", "(?i)\\ba", "\\b[(*]x"] {
            #expect(!PatternSource(pattern).dependsOnWholePattern, "\(pattern)")
        }
    }

    @Test func overlappingMembersAtTheSamePositionAllMatch() {
        let patterns = Self.regexes([
            ("\\bIsrael\\b", true), ("\\bIsraeli (?:army|military)\\b", true), ("\\bIsr\\w+", true),
            ("(?-i:\\bIDF\\b)", false), ("\\bidf\\b", true), ("(?<!\\bthe )\\bmilitants?\\b", true),
            ("\\b(?:Jabalia|Khan Younis|Rafah|Deir al-Balah|Nuseirat|Maghazi)(?: refugee)? camp\\b", true),
            ("\\bkill(?:s|ed|ing)?\\b", true), ("\\bkil\\w*", true), ("\\b\\w+ed\\b", true),
        ])
        Self.expectSameAsReference(
            patterns,
            on: [
                "Israel and the Israeli army; Israeli military, ISRAELI MILITARY, Israelis. The IDF, idf and Idf.",
                "the militants and militants; THE MILITANT. Rafah refugee camp, khan younis camp, Jabalia  camp.",
                "killed killing kills kill skilled kil killedkilled, killed-killed; émilitants «militants»",
            ])
    }

    @Test func caseSensitiveAndCaselessMembersShareALetterGroup() {
        let patterns = Self.regexes([
            ("(?-i:\\bUN\\b)", false), ("\\bun\\w+", true), ("\\bU\\.N\\.", true), ("(?-i:\\bun)", false),
        ])
        Self.expectSameAsReference(patterns, on: ["The UN, the U.N. and un-named unions; Un UN un UNRWA."])
    }

    /// A member that exhausts the match limit fails alone, as it does in the reference, and
    /// the members of its program still find their matches.
    @Test func aMemberHittingTheMatchLimitFailsAloneAsInTheReference() {
        let patterns = Self.regexes([("\\b(a+)+$", true), ("\\baa\\b", true), ("\\bab\\w*", true)])
        let text = String(repeating: "a", count: 40) + "b aa abc"
        Self.expectSameAsReference(patterns, on: [text], limits: MatchLimits(matchLimit: 10_000))
    }

    /// A lexicon far larger than the default one (1,500 patterns, a letter with only one
    /// pattern, which once lost its capital in the old regex prefilter). Words are taken from real
    /// articles so that many of them match.
    @Test func aLargeLexiconSplitsIntoSeveralProgramsAndStillAgrees() {
        let articles = Array(ScannerEquivalenceTests.articles.prefix(20))
        #expect(articles.count == 20, "needs Data/abp/sample-500.jsonl.gz")
        var words: [String] = []
        var seen: Set<String> = []
        for article in articles {
            for word in article.split(whereSeparator: { !$0.isLetter }) where word.count >= 4 {
                let lower = word.lowercased()
                if lower.allSatisfy(\.isASCII), seen.insert(lower).inserted { words.append(lower) }
            }
        }
        let patterns = words.prefix(1_500).enumerated().map { index, word in
            switch index % 4 {
            case 0: return try! Regex("\\b\(word)(?:s|ed)?\\b")
            case 1: return try! Regex("(?<!\\bthe )\\b\(word)\\b")
            case 2: return try! Regex("\\b\(word.prefix(3))\\w*", caseless: false)
            default: return try! Regex("\\b(?:\(word)|\(word.uppercased())) \\w+")
            }
        }
        let fast = PrefilteredPatternScanner(patterns: patterns)
        #expect(fast.sequential.isEmpty)
        Self.expectSameAsReference(patterns, on: articles)
    }

    /// Many patterns sharing a first letter and long common prefixes.
    @Test func sixHundredPatternsOfOneLetterAgree() {
        let patterns = (0..<600).map { try! Regex("\\bs\($0)x(?:y|yz)?\\b") }
        let text = (0..<600).filter { $0 % 7 == 0 }.map { "s\($0)x S\($0)XYZ s\($0)xy" }.joined(separator: ", ")
        Self.expectSameAsReference(patterns, on: [text])
    }

    /// Seeded random patterns from the constructs lexicons use (literal words, optional
    /// endings, classes, `\w*`, lookbehinds and lookaheads, inline case, alternation in a
    /// group) over random texts made of the same words: the fast path must agree every time.
    @Test(arguments: [20_261_127, 1, 2, 3, 4] as [UInt64])
    func randomPatternsAgreeWithTheReference(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let words = [
            "kill", "killed", "Israel", "israeli", "Hamas", "hamas-run", "said", "say", "the", "a", "of", "Gaza",
            "strike", "strikes", "über", "naïve", "UN", "U.N.", "al-Shifa", "s", "k", "1,200", "7",
        ]
        func word() -> String { words[random.next(below: words.count)] }
        func escaped(_ text: String) -> String {
            text.replacingOccurrences(of: ".", with: "\\.").replacingOccurrences(of: "-", with: "\\-")
        }
        var patterns: [Regex] = []
        while patterns.count < 300 {
            var pattern = ["", "", "(?<!\\bthe )", "(?<=\\bsaid )", "(?<![\\w-])"][random.next(below: 5)] + "\\b"
            pattern +=
                [
                    "(?:\(escaped(word()))|\(escaped(word())))", escaped(word()), "(?i:\(escaped(word())))",
                    "(?-i:\(escaped(word())))", "[Kk]\\w*", "\\d[\\d,]*",
                ][random.next(below: 6)]
            pattern +=
                ["", "(?:s|ed)?", "\\b", "\\w*", " \\w+", "(?= of\\b)", "(?! of\\b)", "(?:\\s+\(escaped(word())))?"][
                    random.next(below: 8)]
            if let regex = try? Regex(pattern, caseless: random.next(below: 3) > 0) { patterns.append(regex) }
        }
        let separators = [" ", " ", " ", ", ", ". ", "\n", "—", " «", "» ", "-", "’s "]
        let texts = (0..<30).map { _ in
            (0..<120).map { _ in word() + separators[random.next(below: separators.count)] }.joined()
        }
        let fast = PrefilteredPatternScanner(patterns: patterns)
        // About one in six starts with `\\d` (any Unicode digit: no first byte) and runs alone.
        #expect(fast.prefilteredCount >= 200)
        let found = SequentialPatternScanner(patterns: patterns).scan(ValidUTF8(texts[0]), scratch: MatchScratch())
        #expect(found.matches.reduce(0) { $0 + $1.count } >= 100)
        Self.expectSameAsReference(patterns, on: texts)
    }

    /// A speed guard: every default pattern takes the fast path (lint lists any that do not).
    @Test func everyDefaultPatternTakesTheFastPath() {
        #expect(TestLexicons.defaults.slowPathPatterns().map(\.description) == [])
    }

    @Test func lintNamesTheFileLineAndRuleOfASlowPattern() {
        let text = TestLexicons.pack(rules: TestLexicons.rule(id: "test.slow", pattern: #"(?<=\bhe )foo"#))
        let (compiled, problems) = TestLexicons.compile([("t.yml", text)])
        #expect(problems.isEmpty)
        let slow = compiled.slowPathPatterns()
        #expect(slow.map(\.owner) == ["rule 'test.slow'"])
        #expect(slow.first?.file == "Lexicons/t.yml")
        #expect(slow.first?.line == compiled.rules.first?.rule.line)
    }
}

/// SplitMix64: a small, seeded generator, so a failing case can be reproduced.
struct SeededRandom {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next(below bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((value ^ (value >> 31)) % UInt64(bound))
    }
}
