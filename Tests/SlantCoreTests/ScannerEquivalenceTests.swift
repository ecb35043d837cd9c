import Foundation
import PCRE2
import TestSupport
import Testing

@testable import SlantCore

/// The fast prefiltered scanner must give exactly the reference's answers.
@Suite struct ScannerEquivalenceTests {
    static let lexicon = TestLexicons.defaults
    static let reference = SequentialPatternScanner(patterns: lexicon.patterns.all)
    static let fast = PrefilteredPatternScanner(patterns: lexicon.patterns.all)

    /// The first 200 articles of the Article-Bias-Prediction sample (Data/abp).
    static let articles = RealArticles.first(200)

    @Test func mostPatternsTakeTheFastPath() {
        #expect(Self.fast.prefilteredCount * 10 >= Self.lexicon.patterns.all.count * 8)
    }

    @Test func sameMatchesOnTwoHundredRealArticles() throws {
        #expect(Self.articles.count == 200, "needs Data/abp/sample-500.jsonl.gz")
        let scratch = MatchScratch()
        for (number, article) in Self.articles.enumerated() {
            let text = ValidUTF8(article)
            let expected = Self.reference.scan(text, scratch: scratch)
            let actual = Self.fast.scan(text, scratch: scratch)
            #expect(actual == expected, "article \(number) differs")
        }
    }

    @Test func sameMatchesAtUnicodeAndPunctuationBoundaries() {
        let tricky = [
            "Éisraeli aggression; «aggression» — ISRAELI AGGRESSION, naïve-aggression, aggression’s 3aggression _aggression",
            "ſlaughter and ſlaughtered; KILLED killed Killed; Hamas-run Hamas’ Hamas's (Hamas) \"Hamas\" Hamas_",
            "said.said,said—said–said'said’said “said” 7said killed1 k i l l e d",
            // The Kelvin sign matches a caseless "k", the long s a caseless "s".
            "\u{212A}illed and \u{212A}ILLED; \u{17F}aid ſtrikes; Ĳ",
        ]
        let scratch = MatchScratch()
        for text in tricky.map(ValidUTF8.init) {
            #expect(Self.fast.scan(text, scratch: scratch) == Self.reference.scan(text, scratch: scratch))
        }
    }

    @Test func wholeAuditsAgreeByteForByte() throws {
        let fastAuditor = Auditor(compiled: Self.lexicon)
        let referenceAuditor = Auditor(compiled: Self.lexicon, scanMethod: .sequential)
        for (number, article) in Self.articles.prefix(50).enumerated() {
            guard let source = try? InputDecoder.decode(Array(article.utf8), name: "a\(number)") else { continue }
            let fast = fastAuditor.audit(source)
            let reference = referenceAuditor.audit(source)
            #expect(fast.findings == reference.findings && fast.attributions == reference.attributions, "article \(number)")
        }
    }
}
