import Foundation
import SlantBatch
import Testing

@testable import SlantReporters

/// The reports render the same comparison: links and escaping in Markdown, quoting in CSV,
/// versioned JSON, and the accounting at the end.
@Suite struct ComparisonReporterTests {
    static let comparison: Comparison = {
        let directory = try! TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("corpus.jsonl")
        try! TestCorpus.write(TestCorpus.jsonLines(0..<24) + "{\"broken\n", to: file)
        let statistics = try! TestCorpus.run([file.path])
        return ComparisonBuilder.build(statistics, settings: ComparisonSettings(seed: 1, resamples: 100, minimumArticles: 5))
    }()

    let context = ComparisonContext(inputs: ["corpus.jsonl"], evidenceFolder: "articles")

    @Test func markdownLinksEveryOutletAndEscapesNames() {
        let markdown = MarkdownComparisonReporter().render(Self.comparison, context: context)
        for section in [
            "## Method and definitions", "## Outlets", "## Rankings", "## Most characteristic terms", "## Accounting",
        ] {
            #expect(markdown.contains(section))
        }
        let slug = OutletSlug.make("Gazette | Weekly")
        #expect(markdown.contains("[Gazette \\| Weekly](articles/\(slug).jsonl)"))
        #expect(markdown.contains("```mermaid\nxychart-beta horizontal"))
        #expect(markdown.contains("Records read: **25** = audited **24** + skipped **1** (balances)"))
        #expect(markdown.contains("malformed-json"))
        // Every ranked figure is printed with its interval.
        let rankingRows = markdown.split(separator: "\n").filter { $0.hasPrefix("| 1 | ") }
        #expect(!rankingRows.isEmpty)
        for row in rankingRows { #expect(row.contains("[")) }
    }

    @Test func markdownWithoutEvidenceHasNoLinks() {
        let markdown = MarkdownComparisonReporter().render(
            Self.comparison, context: ComparisonContext(inputs: ["-"], evidenceFolder: nil))
        #expect(!markdown.contains("](articles/"))
    }

    @Test func csvHasOneRowPerOutletAndMeasure() {
        let csv = CSVComparisonReporter().render(Self.comparison, context: context)
        let lines = csv.split(separator: "\n")
        #expect(lines.count == 1 + (Self.comparison.outlets.count + 1) * Self.comparison.measures.count)
        #expect(CSVComparisonReporter.quoted("a,b") == "\"a,b\"")
        #expect(CSVComparisonReporter.quoted("say \"x\"") == "\"say \"\"x\"\"\"")
    }

    @Test func jsonRoundTrips() throws {
        let json = JSONComparisonReporter().render(Self.comparison, context: context)
        let decoded = try JSONDecoder().decode(Comparison.self, from: Data(json.utf8))
        #expect(decoded == Self.comparison)
        #expect(json.contains("\"schemaVersion\" : 4"))
    }

    /// The off-topic list is encoded a few entries at a time and spliced into the rest
    /// (`OffTopicJSONList`, to bound the encoder's memory on large corpora): the bytes must be
    /// those of encoding the comparison whole, whatever the piece size, with titles that need
    /// escaping and an article whose title comes from its headline.
    @Test func jsonWithTheOffTopicListInPiecesIsTheWholeEncoding() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("c.jsonl")
        let story = TopicRelevanceTests.electionStory
        let lines = [
            TestCorpus.jsonLine(["id": "e", "outlet": "Herald", "title": "Say \"no\" / \\ \u{1}", "text": story]),
            TestCorpus.jsonLine(["id": "a", "outlet": "Herald", "title": "Zürich", "text": story]),
            TestCorpus.jsonLine(["id": "c", "outlet": "Courier", "text": story]),
            TestCorpus.jsonLine(["id": "b", "outlet": "Courier", "title": "Senate", "text": story]),
            TestCorpus.jsonLine(["id": "d", "outlet": "Herald", "title": "Gaza", "text": TopicRelevanceTests.gazaStory]),
            TestCorpus.jsonLine(["id": "f", "outlet": "Gazette", "title": "Polls", "text": story]),
        ]
        try TestCorpus.write(lines.joined(separator: "\n") + "\n", to: file)
        let comparison = ComparisonBuilder.build(
            try TestCorpus.run([file.path], minimumRelevance: 0.25),
            settings: ComparisonSettings(resamples: 10, minimumArticles: 1))
        #expect(comparison.accounting.offTopicArticles.count == 5)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let whole = String(decoding: try encoder.encode(comparison), as: UTF8.self) + "\n"
        #expect(whole.contains("\"offTopicArticles\" : [\n      {"))
        // The pieces are really spliced in (no fallback to encoding the comparison whole).
        let spliced = try #require(OffTopicJSONList(chunk: 2).render(comparison, encoder: encoder))
        #expect(String(decoding: spliced, as: UTF8.self) + "\n" == whole)
        for chunk in [1, 2, 5, 1000] {
            #expect(JSONComparisonReporter(offTopicChunk: chunk).render(comparison, context: context) == whole)
        }
    }
}
