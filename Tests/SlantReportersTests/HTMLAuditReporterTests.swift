import Foundation
import PCRE2
import SlantCore
import TestSupport
import Testing

@testable import SlantReporters

/// The annotated page: escaping, marks over the exact bytes of each span, nesting of
/// overlapping spans, edge-case articles, and a page that loads nothing from anywhere.
@Suite struct HTMLAuditReporterTests {
    static let auditor = Auditor(compiled: DefaultLexicon.compiled)
    static let reporter = HTMLAuditReporter(rules: DefaultLexicon.compiled.lexicon.rules)

    static func page(_ text: String, name: String = "article.txt") throws -> (page: String, audit: ArticleAudit) {
        let source = try InputDecoder.decode(Array(text.utf8), name: name)
        let audit = auditor.audit(source)
        return (reporter.render(audit, source: source), audit)
    }

    /// The opening tags of first pieces of marks, by `data-kind`.
    static func markCounts(_ page: String) -> [String: Int] {
        var counts: [String: Int] = [:]
        let pattern = try! NSRegularExpression(pattern: "<mark id=\"[^\"]+\"[^>]* data-kind=\"([a-z]+)\"")
        for match in pattern.matches(in: page, range: NSRange(page.startIndex..., in: page)) {
            counts[String(page[Range(match.range(at: 1), in: page)!]), default: 0] += 1
        }
        return counts
    }

    @Test func escapesMarkupCharactersInTextAndAttributes() {
        #expect(HTMLEscaping.escape("a < b & c > d") == "a &lt; b &amp; c &gt; d")
        #expect(HTMLEscaping.escape("\"double\" 'single'") == "&quot;double&quot; &#39;single&#39;")
        #expect(HTMLEscaping.escape("&amp;") == "&amp;amp;")
        #expect(HTMLEscaping.escape("plain – “curly” é") == "plain – “curly” é")
        var writer = HTMLWriter()
        writer.attribute("title", "x\" onmouseover='alert(1)' y=\"<b>")
        #expect(writer.string == " title=\"x&quot; onmouseover=&#39;alert(1)&#39; y=&quot;&lt;b&gt;\"")
    }

    @Test func articleMarkupIsShownAsTextNotParsed() throws {
        let (page, _) = try Self.page(
            "Hamas militants <script>alert('x')</script> & \"others\" said the <b>talks</b> failed.\n")
        #expect(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;"))
        #expect(page.contains("&lt;b&gt;talks&lt;/b&gt;"))
        #expect(!page.contains("<script>alert"))
        #expect(!page.contains("<b>talks"))
    }

    @Test func nestedSpansNestAndOverlappingSpansAreCutIntoPieces() {
        typealias Span = MarkLayout.Span
        // Nested: the finding inside the attribution's words.
        #expect(
            MarkLayout.events(for: [Span(range: 0..<10, layer: 0), Span(range: 2..<5, layer: 3)], in: 0..<12) == [
                .open(0, continued: false), .text(0..<2), .open(1, continued: false), .text(2..<5), .close(1),
                .text(5..<10), .close(0), .text(10..<12),
            ])
        // Overlapping: the later span closes with the earlier one and reopens as a continuation.
        #expect(
            MarkLayout.events(for: [Span(range: 0..<5, layer: 0), Span(range: 3..<8, layer: 0)], in: 0..<8) == [
                .open(0, continued: false), .text(0..<3), .open(1, continued: false), .text(3..<5), .close(1), .close(0),
                .open(1, continued: true), .text(5..<8), .close(1),
            ])
        // The same words: the lower layer outside. Adjacent spans: one closes before the next opens.
        #expect(
            MarkLayout.events(
                for: [Span(range: 0..<3, layer: 3), Span(range: 0..<3, layer: 2), Span(range: 3..<4, layer: 0)], in: 0..<4)
                == [
                    .open(1, continued: false), .open(0, continued: false), .text(0..<3), .close(0), .close(1),
                    .open(2, continued: false), .text(3..<4), .close(2),
                ])
    }

    /// Random spans: marks always nest, each span has one first piece, and its pieces cover
    /// exactly its bytes.
    @Test func anySpansGiveWellNestedMarksCoveringTheirBytes() {
        var state: UInt64 = 0x5EED
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            let length = 1 + next(60)
            let spans = (0..<next(12)).map { _ -> MarkLayout.Span in
                let start = next(length)
                return MarkLayout.Span(range: start..<min(length, start + 1 + next(20)), layer: next(4))
            }
            let events = MarkLayout.events(for: spans, in: 0..<length)
            var open: [Int] = []
            var covered = [Set<Int>](repeating: [], count: spans.count)
            var firsts = [Int](repeating: 0, count: spans.count)
            var text: [Int] = []
            for event in events {
                switch event {
                case .open(let index, let continued):
                    open.append(index)
                    if !continued { firsts[index] += 1 }
                case .close(let index):
                    #expect(open.last == index)
                    open.removeLast()
                case .text(let range):
                    text += Array(range)
                    for index in open { covered[index].formUnion(range) }
                }
            }
            #expect(open.isEmpty)
            #expect(text == Array(0..<length))
            for (index, span) in spans.enumerated() {
                #expect(firsts[index] == 1)
                #expect(covered[index] == Set(span.range))
            }
        }
    }

    @Test func emptyArticleGivesAPageWithNoMarks() throws {
        let source = SourceText(name: "empty.txt", utf8: ValidUTF8(""))
        let page = Self.reporter.render(Self.auditor.audit(source), source: source)
        #expect(page.contains("<div class=\"text\"></div>"))
        #expect(Self.markCounts(page).isEmpty)
        #expect(page.contains("No loaded terms found."))
        #expect(page.hasSuffix("</html>\n"))
        #expect(MarkLayout.events(for: [], in: 0..<0).isEmpty)
    }

    @Test func marksCoverTheExactBytesOfNonASCIIText() throws {
        let text =
            "Gaza’s “ceasefire” talks — Ünïcödé 😀\n\nIsraeli officials said Hamas militants committed war crimes in Khan Yūnis.\n"
        let (page, audit) = try Self.page(text)
        #expect(page.contains("Gaza’s “ceasefire” talks — Ünïcödé 😀"))
        #expect(!audit.findings.isEmpty)
        for (index, finding) in audit.findings.enumerated() {
            // The innermost mark of a finding holds exactly its span's text.
            let opening = try #require(page.range(of: "<mark id=\"f\(index)\""))
            let contentStart = try #require(page.range(of: ">", range: opening.upperBound..<page.endIndex)).upperBound
            let contentEnd = try #require(page.range(of: "</mark>", range: contentStart..<page.endIndex)).lowerBound
            let content = page[contentStart..<contentEnd].replacingOccurrences(
                of: "<[^>]+>", with: "", options: .regularExpression)
            #expect(content == HTMLEscaping.escape(finding.span.text), "finding \(index) \(finding.ruleID)")
        }
        #expect(Self.markCounts(page)["finding"] == audit.findings.count)
    }

    /// The decoder blanks a byte-order mark to three spaces so offsets stay the file's: the page
    /// shows the text after it. Line ends are kept as they are (HTML reads \r\n and \r as \n).
    @Test func byteOrderMarkIsNotShownAndLineEndsAreKept() throws {
        let (page, audit) = try Self.page("\u{FEFF}Hamas militants fired rockets.\r\n\r\nThe army said it struck back.\r")
        #expect(page.contains("<div class=\"text\">Hamas <mark id=\"f0\""))
        #expect(page.contains("rockets.\r\n\r\n"))
        #expect(Self.markCounts(page)["finding"] == audit.findings.count)
    }

    @Test func pageLoadsNothingFromTheNetwork() throws {
        let (page, _) = try Self.page(
            "Israeli strikes killed 12 people in Gaza, officials said.\n\nHamas called it a massacre.\n\nAdvertisement\n")
        // Links to follow in the rules section are the only addresses; nothing is fetched.
        let withoutLinks = page.replacingOccurrences(
            of: "<a rel=\"noreferrer\" href=\"[^\"]*\">[^<]*</a>", with: "", options: .regularExpression)
        for resource in ["http://", "https://", "src=", "srcset", "<link", "url(", "@import", "<iframe", "<img", "//fonts"] {
            #expect(!withoutLinks.contains(resource), "the page loads something: \(resource)")
        }
        #expect(
            page.contains(
                "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">"
            ))
    }

    @Test func pageIsDeterministicAndHasTablesLegendAndPrintStyles() throws {
        let text = "Talks stall\n\nThe Israeli military said Hamas militants fired rockets, killing two.\n"
        let (first, audit) = try Self.page(text)
        let (second, _) = try Self.page(text)
        #expect(first == second)
        for part in [
            "id=\"verdict\"", "id=\"voices\"", "id=\"verbs\"", "id=\"labels\"", "id=\"casualties\"", "Legend", "@media print",
            "tabindex=\"0\"", "mark:focus",
        ] {
            #expect(first.contains(part), "missing \(part)")
        }
        // Through the protocol's audit-only entry point (no article text): the tables, no marks.
        let tablesOnly = Self.reporter.render(audit)
        #expect(tablesOnly.contains("The article text was not given") && tablesOnly.contains("id=\"casualties\""))
        #expect(Self.markCounts(tablesOnly).isEmpty)
        #expect(Self.markCounts(first)["casualty"] == audit.casualties.count)
        #expect(Self.markCounts(first)["speaker"] == audit.attributions.filter { $0.speaker != nil }.count)
    }
}
