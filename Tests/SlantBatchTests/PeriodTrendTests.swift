import Foundation
import SlantReporters
import Testing

@testable import SlantBatch

/// Part 5 of issue 14: `--by-period` gives each key measure per group and period with
/// intervals, undated articles counted apart, the same after a split and merge.
@Suite struct PeriodTrendTests {
    @Test func datesBecomePeriods() {
        #expect(PeriodGranularity.year.period(ofDate: "2014-05-17") == 201_400)
        #expect(PeriodGranularity.quarter.period(ofDate: "2014-05-17T10:00:00Z") == 201_402)
        #expect(PeriodGranularity.month.period(ofDate: "2014/11/02") == 201_411)
        #expect(PeriodGranularity.year.period(ofDate: "2014") == 201_400)
        #expect(PeriodGranularity.month.period(ofDate: "2014") == PeriodGranularity.undated)
        #expect(PeriodGranularity.year.period(ofDate: "3/16") == PeriodGranularity.undated)
        #expect(PeriodGranularity.year.period(ofDate: nil) == PeriodGranularity.undated)
        #expect(PeriodGranularity.month.period(ofDate: "2014-13-01") == PeriodGranularity.undated)
        #expect(PeriodGranularity.quarter.label(201_404) == "2014-Q4")
        #expect(PeriodGranularity.month.label(201_403) == "2014-03")
    }

    /// Two outlets over two years: "Herald" has 2 articles in 2019 (one naming the army's
    /// "terrorists" label twice in editorial voice) and 1 in 2020; "Courier" 1 in 2020 and one
    /// undated.
    func corpus() -> String {
        let loaded = "Strike\n\nThe terrorists fired rockets at Sderot. The terrorists fled into Gaza."
        let plain = "Strike\n\nIsraeli forces struck Gaza overnight. Hamas fired rockets at Israeli towns."
        return [
            TestCorpus.jsonLine(["id": "h1", "outlet": "Herald", "date": "2019-03-01", "text": loaded]),
            TestCorpus.jsonLine(["id": "h2", "outlet": "Herald", "date": "2019-11-30", "text": plain]),
            TestCorpus.jsonLine(["id": "h3", "outlet": "Herald", "date": "2020-01-02", "text": plain]),
            TestCorpus.jsonLine(["id": "c1", "outlet": "Courier", "date": "2020-06-01", "text": plain]),
            TestCorpus.jsonLine(["id": "c2", "outlet": "Courier", "text": loaded]),
        ].joined(separator: "\n") + "\n"
    }

    @Test func measuresPerGroupAndPeriod() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("c.jsonl")
        try TestCorpus.write(corpus(), to: file)
        let statistics = try BatchRunner(
            auditor: TestCorpus.auditor, options: BatchOptions(jobs: 2, periodGranularity: .year)
        ).run([file.path])
        let settings = ComparisonSettings(seed: 3, resamples: 50, minimumArticles: 2, minimumCount: 1)
        let comparison = ComparisonBuilder.build(statistics, settings: settings)
        let trends = try #require(comparison.trends)
        #expect(trends.periods == ["2019", "2020"])
        #expect(trends.groups.map(\.name) == ["All outlets", "Courier", "Herald"])
        #expect(trends.groups.map(\.undated) == [1, 1, 0])
        #expect(trends.groups[0].cells.map(\.articles) == [2, 2])
        #expect(trends.groups[1].cells.map(\.period) == ["2020"])
        let herald = trends.groups[2]
        #expect(herald.cells.map(\.articles) == [2, 1])
        let loaded = try #require(trends.measures.firstIndex(of: "loaded-editorial"))
        let words = try #require(herald.cells[0].figures[loaded].inputs.first { $0.field == "words" }?.sum)
        let hits = try #require(herald.cells[0].figures[loaded].inputs.first { $0.field == "loaded.editorial" }?.sum)
        #expect(hits >= 2)
        #expect(herald.cells[0].figures[loaded].value == Rounding.value(1000 * Double(hits) / Double(words)))
        #expect(herald.cells[1].figures[loaded].inputs.first { $0.field == "loaded.editorial" }?.sum == 0)

        let markdown = MarkdownComparisonReporter().render(
            comparison, context: ComparisonContext(inputs: [file.path], evidenceFolder: nil))
        #expect(markdown.contains("## Over time"))
        #expect(markdown.contains("| **All outlets** | 2 | 2 | 1 |"))
        #expect(markdown.contains("xychart-beta\n"))

        // Split by outlet and merged: the same bytes.
        let parts = try ["Herald", "Courier"].map { outlet -> (file: String, statistics: CorpusStatistics) in
            let part = directory.appendingPathComponent("\(outlet).jsonl")
            let lines = corpus().split(separator: "\n").filter { $0.contains("\"\(outlet)\"") }
            try TestCorpus.write(lines.joined(separator: "\n") + "\n", to: part)
            let statistics = try BatchRunner(
                auditor: TestCorpus.auditor, options: BatchOptions(jobs: 1, periodGranularity: .year)
            ).run([part.path])
            return (part.path, try CorpusStatistics.decode(try statistics.encoded(), file: part.path))
        }
        let merged = ComparisonBuilder.build(try CorpusStatistics.merged(parts), settings: settings)
        let context = ComparisonContext(inputs: [], evidenceFolder: nil)
        #expect(
            JSONComparisonReporter().render(merged, context: context)
                == JSONComparisonReporter().render(comparison, context: context))
        // Parts cut by another period are refused.
        let monthly = try BatchRunner(
            auditor: TestCorpus.auditor, options: BatchOptions(jobs: 1, periodGranularity: .month)
        ).run([file.path])
        #expect(throws: MergeProblem.self) { try CorpusStatistics.merged([("a", statistics), ("b", monthly)]) }
    }
}
