import Foundation
import PCRE2
import TestSupport
import Testing

@testable import SlantCore

/// Inputs that used to cost the square of their size: a line with no sentence punctuation,
/// and a pattern that stays under the match limit at every attempt.
@Suite struct BoundedWorkTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    /// The sample article without `.`, `!`, `?` or line breaks, repeated to `bytes`: one sentence.
    static func unpunctuatedLine(bytes: Int) throws -> String {
        let sample = try String(contentsOf: root.appendingPathComponent("Examples/cairo-talks.txt"), encoding: .utf8)
        let words = sample.filter { !".!?".contains($0) }.split(whereSeparator: \.isNewline).joined(separator: " ")
        var line = ""
        while line.utf8.count < bytes { line += words + " " }
        return line
    }

    @Test func aLongSentenceIsCutIntoPiecesBetweenWords() {
        let word = "abcdefghi "
        let text = String(repeating: word, count: 1_000) + "end"
        let bytes = Array(text.utf8)
        var pieces: [Range<Int>] = []
        let cut = SentenceLengthLimit.forEachPiece(of: 0..<bytes.count, in: bytes) { pieces.append($0) }
        #expect(cut)
        #expect(pieces.allSatisfy { $0.count <= SentenceLengthLimit.maximumBytes })
        // Every word is in exactly one piece, whole.
        let rejoined = pieces.map { String(decoding: bytes[$0], as: UTF8.self) }.joined(separator: " ")
        #expect(rejoined == text)
    }

    @Test func oneWordLongerThanAPieceIsCutAtACharacterBoundary() {
        let text = String(repeating: "é", count: 5_000)
        let bytes = Array(text.utf8)
        var pieces: [Range<Int>] = []
        SentenceLengthLimit.forEachPiece(of: 0..<bytes.count, in: bytes) { pieces.append($0) }
        #expect(pieces.count == 3)
        #expect(pieces.allSatisfy { $0.count <= SentenceLengthLimit.maximumBytes && bytes[$0.lowerBound] == 0xC3 })
        #expect(pieces.map(\.count).reduce(0, +) == bytes.count)
    }

    @Test func shortSentencesAreLeftWhole() {
        let document = TestLexicons.document("Hamas said it would fight. Israel said it would respond.")
        #expect(document.sentences.count == 2)
        #expect(document.longSentences == 0)
    }

    /// The case at 1 MB: each casualty word and reporting verb used to repeat the whole
    /// line in the JSON (1 GB of it); the line is now analysed in bounded pieces and each
    /// mention carries a bounded excerpt.
    @Test func anUnpunctuatedMegabyteLineIsAnalysedInBoundedPieces() throws {
        let line = try Self.unpunctuatedLine(bytes: 1_000_000)
        let audit = TestLexicons.audit(line)
        let document = TestLexicons.document(line)
        #expect(document.longSentences == 1)
        #expect(document.sentences.count >= line.utf8.count / SentenceLengthLimit.maximumBytes)
        #expect(document.sentences.allSatisfy { $0.range.count <= SentenceLengthLimit.maximumBytes })
        #expect(audit.limits.longSentences == 1)
        #expect(audit.casualties.count > 100)
        #expect(audit.attributions.count > 100)
        let excerptBytes = TextExcerpt.maximumBytes
        #expect(audit.casualties.allSatisfy { $0.sentence.text.utf8.count <= excerptBytes })
        #expect(audit.attributions.allSatisfy { $0.paraphrases.allSatisfy { $0.text.utf8.count <= excerptBytes } })
        #expect(audit.casualties.contains { $0.sentence.text.hasSuffix(TextExcerpt.ellipsis) })
    }

    @Test func anExcerptKeepsTheSpanAndCutsItsTextAfterAWord() throws {
        let text = String(repeating: "killed in Gaza ", count: 40)
        let source = try InputDecoder.decode(Array(text.utf8), name: "t.txt")
        let span = TextExcerpt.span(0..<text.utf8.count - 1, in: source)
        #expect(span.start == 0 && span.end == text.utf8.count - 1)
        #expect(span.text.utf8.count <= TextExcerpt.maximumBytes)
        #expect(span.text.hasSuffix("Gaza…") || span.text.hasSuffix("in…") || span.text.hasSuffix("killed…"))
        #expect(TextExcerpt.span(0..<6, in: source).text == "killed")
    }

    /// A user pattern under the match limit at every start, on a text with thousands of starts:
    /// stopped by its step budget and reported; the other rules' findings stay.
    @Test func aPatternOverItsStepBudgetIsReportedAndTheAuditGoesOn() {
        let text = TestLexicons.pack(
            rules: TestLexicons.rule(id: "test.budget", pattern: "(a+)+b").replacingOccurrences(
                of: "['a foo here', 'foo']", with: "['ab', 'aab']"
            )
            .replacingOccurrences(of: "['food', 'bar']", with: "['b', 'c']") + TestLexicons.rule())
        let (compiled, problems) = TestLexicons.compile([("t.yml", text)])
        #expect(problems.isEmpty, "\(problems)")
        let article = "foo " + String(repeating: "aaaaaaaaaaaaaa ", count: 3_000) + "b"
        let audit = TestLexicons.audit(article, lexicon: compiled)
        #expect(audit.limits.ruleLimitHits.map(\.ruleID) == ["test.budget"])
        #expect(audit.limits.ruleLimitHits.first?.reason.contains("step budget") == true)
        #expect(audit.findings.contains { $0.ruleID == "test.rule" })
    }

    /// The budget changes nothing for the default lexicon on a real article: the same matches
    /// with and without it.
    @Test func theBudgetLeavesOrdinaryMatchingAlone() throws {
        let sample = try String(contentsOf: Self.root.appendingPathComponent("Examples/cairo-talks.txt"), encoding: .utf8)
        let text = ValidUTF8(sample)
        let scanner = PrefilteredPatternScanner(patterns: TestLexicons.defaults.patterns.all)
        let scratch = MatchScratch()
        let plain = scanner.scan(text, scratch: scratch)
        let budgeted = scratch.withStepBudget { scanner.scan(text, scratch: scratch) }
        #expect(budgeted == plain)
        #expect(budgeted.failures.isEmpty)
    }
}

/// The same on real articles: no ordinary pattern comes near its budget.
@Suite struct StepBudgetRealArticleTests {
    @Test func theBudgetLeavesOrdinaryMatchingAloneOnRealArticles() {
        let articles = RealArticles.first(200)
        #expect(articles.count == 200, "needs Data/abp/sample-500.jsonl.gz")
        let scanner = PrefilteredPatternScanner(patterns: TestLexicons.defaults.patterns.all)
        let scratch = MatchScratch()
        for (number, article) in articles.enumerated() {
            let text = ValidUTF8(article)
            let plain = scanner.scan(text, scratch: scratch)
            let budgeted = scratch.withStepBudget { scanner.scan(text, scratch: scratch) }
            #expect(budgeted == plain, "article \(number)")
        }
    }
}
