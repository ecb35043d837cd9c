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
}
