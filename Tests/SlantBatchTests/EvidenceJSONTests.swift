import Foundation
import SortedJSON
import Testing

@testable import SlantBatch
@testable import SlantCore

/// Evidence lines write their own fields; their synthesized `Encodable` conformance, rendered by
/// Foundation, is the reference they must equal byte for byte.
@Suite struct EvidenceJSONTests {
    static let layout = FigureLayout(sides: TestCorpus.lexicon.sides.map(SideDescription.init))

    static func evidence(_ text: String, index: Int, title: String?) throws -> ArticleEvidence {
        let source = try InputDecoder.decode(Array(text.utf8), name: "corpus.jsonl:\(index)")
        let audit = TestCorpus.auditor.audit(source)
        let record = CorpusRecord(
            file: "corpus.jsonl", line: index + 1, id: index % 2 == 0 ? "a\(index)" : nil, group: "Outlet \\ \"\(index % 3)\"",
            title: title, date: index % 3 == 0 ? "2024-01-0\(index % 9 + 1)" : nil,
            url: index % 2 == 1 ? "https://x.test/a/\(index)" : nil,
            text: Array(text.utf8))
        return ArticleEvidence(
            record: record, id: record.id ?? "sha256:\(index)", audit: audit, figures: ArticleFigures(audit, layout: layout),
            layout: layout)
    }

    @Test func evidenceLinesAreFoundationsBytes() throws {
        var texts = (0..<24).map(TestCorpus.text)
        // Real articles: quotes, curly marks, non-ASCII names, control characters and tabs.
        texts.append(
            "Gaza\u{2019}s \u{201C}ceasefire\u{201D} — Hamas said\tthe \u{1}talks failed.\n\nNetanyahu vowed to \"destroy\" Hamas."
        )
        texts.append("Title only")
        for (index, text) in texts.enumerated() {
            let evidence = try Self.evidence(text, index: index, title: index == 3 ? "A \"quoted\" title / slash" : nil)
            // The fields' own writer, not the fallback (which is Foundation's): a small capacity
            // so that the buffer has to grow.
            let fast = try SortedJSONEncoder(prettyPrinted: false).encode(evidence, capacity: 64) + [UInt8(ascii: "\n")]
            #expect(fast == ArticleEvidence.foundationLine(evidence), "article \(index)")
            #expect(evidence.encodedLine() == fast)
        }
    }
}
