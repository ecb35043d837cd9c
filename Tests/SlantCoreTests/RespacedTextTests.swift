import Foundation
import PCRE2
import TestSupport
import Testing

@testable import SlantCore

/// The same articles re-wrapped at 72 columns, with tabs, no-break or double spaces between
/// words, or zero-width spaces inside them: the fast scanner still agrees with the reference,
/// and both find what they find in the article as written, pattern by pattern.
@Suite struct RespacedTextTests {
    static let lexicon = TestLexicons.defaults
    static let reference = SequentialPatternScanner(patterns: lexicon.patterns.all)
    static let fast = PrefilteredPatternScanner(patterns: lexicon.patterns.all)

    /// The bundled sample, and every `match` example of the lexicon, twelve to a paragraph.
    static let articles: [String] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Examples/cairo-talks.txt")
        let sample = try! String(contentsOf: url.standardized, encoding: .utf8)
        let examples =
            lexicon.rules.flatMap(\.rule.examples.match) + lexicon.sides.flatMap(\.examples.match)
        let sentences = examples.map { LexiconExampleRunner.stripMarkers($0).text }
        let paragraphs = stride(from: 0, to: sentences.count, by: 12).map {
            sentences[$0..<min($0 + 12, sentences.count)].joined(separator: " ")
        }
        // Ten paragraphs to an article; a last paragraph left alone joins the article before it,
        // since an article without a blank line reads each line as a paragraph (and a re-wrapped
        // phrase then rightly stops at the line's end).
        var starts = Array(stride(from: 0, to: paragraphs.count, by: 10))
        if starts.count > 1, paragraphs.count - starts[starts.count - 1] == 1 { starts.removeLast() }
        return [sample]
            + starts.indices.map { index in
                let end = index + 1 < starts.count ? starts[index + 1] : paragraphs.count
                return paragraphs[starts[index]..<end].joined(separator: "\n\n")
            }
    }()

    /// Each paragraph's words filled into lines of at most `width` characters.
    static func rewrapped(_ text: String, width: Int = 72, lineBreak: String = "\n") -> String {
        text.components(separatedBy: "\n\n").map { paragraph in
            var lines: [String] = []
            var line = ""
            for word in paragraph.split(whereSeparator: \.isWhitespace) {
                if !line.isEmpty, line.count + 1 + word.count > width {
                    lines.append(line)
                    line = ""
                }
                line += (line.isEmpty ? "" : " ") + word
            }
            return (lines + [line]).joined(separator: lineBreak)
        }.joined(separator: lineBreak + lineBreak)
    }

    /// Each space between two words replaced by `separator`.
    static func respaced(_ text: String, with separator: String) -> String {
        text.replacingOccurrences(of: " ", with: separator)
    }

    /// A zero-width space after the third letter of every word of six or more.
    static func withInvisibleCharacters(_ text: String, _ invisible: String = "\u{200B}") -> String {
        text.components(separatedBy: " ").map { word in
            guard word.count >= 6, word.prefix(4).allSatisfy(\.isLetter) else { return word }
            return String(word.prefix(3)) + invisible + String(word.dropFirst(3))
        }.joined(separator: " ")
    }

    static let variants: [(name: String, make: @Sendable (String) -> String)] = [
        ("re-wrapped at 72", { rewrapped($0) }),
        ("re-wrapped at 40 with CRLF", { rewrapped($0, width: 40, lineBreak: "\r\n") }),
        ("tabs", { respaced($0, with: "\t") }),
        ("no-break spaces", { respaced($0, with: "\u{A0}") }),
        ("double spaces", { respaced($0, with: "  ") }),
        ("thin and narrow no-break spaces", { respaced($0, with: "\u{2009}\u{202F}") }),
        ("zero-width spaces in words", { withInvisibleCharacters($0) }),
        ("soft hyphens in re-wrapped words", { rewrapped(withInvisibleCharacters($0, "\u{AD}")) }),
    ]

    /// Per pattern, the text of each match read as the patterns read it.
    static func matchedTexts(_ scan: PatternScan, in text: ValidUTF8) -> [[String]] {
        scan.matches.map { $0.map { String(MatchingText(ValidUTF8(text[$0] + "\n\n")).text.string.dropLast(2)) } }
    }

    static func expectSameMatches(in articles: [String]) {
        let scratch = MatchScratch()
        for (number, article) in articles.enumerated() {
            let asWritten = ValidUTF8(article)
            let expected = matchedTexts(fast.scan(asWritten, scratch: scratch), in: asWritten)
            #expect(expected.contains { !$0.isEmpty })
            for (name, make) in variants {
                let text = ValidUTF8(make(article))
                let scan = fast.scan(text, scratch: scratch)
                #expect(scan == reference.scan(text, scratch: scratch), "article \(number), \(name): fast differs from reference")
                let found = matchedTexts(scan, in: text)
                let differing = found.indices.filter { found[$0] != expected[$0] }
                #expect(
                    differing.isEmpty,
                    "article \(number), \(name): \(differing.prefix(3).map { "\(lexicon.patterns.all[$0].pattern): \(found[$0]) instead of \(expected[$0])" })"
                )
            }
        }
    }

    @Test func sameMatchesInRespacedSampleAndExamples() {
        #expect(Self.articles.count >= 4)
        Self.expectSameMatches(in: Self.articles)
    }

    /// The first 30 articles of the Article-Bias-Prediction sample (Data/abp).
    /// Articles with blank lines between paragraphs: in a text without any, every line is a
    /// paragraph (as the segmenter reads it), so re-wrapping one makes new paragraphs, which no
    /// phrase crosses by design.
    @Test func sameMatchesInRespacedRealArticles() {
        let articles = RealArticles.first(40).filter { $0.contains("\n\n") }.prefix(30)
        #expect(articles.count == 30, "needs 30 articles with blank lines in Data/abp/sample-500.jsonl.gz")
        Self.expectSameMatches(in: Array(articles))
    }

    /// Spans found in re-spaced text point at the bytes of the text as given.
    @Test func findingsPointAtTheArticlesBytes() throws {
        let article =
            "Talks resume in Cairo\n\nHamas said the militant\ngroup's ter\u{AD}ror attacks and the terror\u{A0}\u{A0}attacks\tcontinued.\n"
        let audit = TestLexicons.audit(article)
        let bytes = Array(article.utf8)
        let spans = audit.findings.map(\.span)
        #expect(!spans.isEmpty)
        for span in spans {
            #expect(String(decoding: bytes[span.start..<span.end], as: UTF8.self) == span.text)
        }
        #expect(spans.contains { $0.text == "terror\u{A0}\u{A0}attacks" })
        #expect(spans.contains { $0.text == "militant\ngroup" })
    }
}
