import Foundation
import SlantCore
import Testing

@testable import SlantBatch
@testable import SlantReporters

/// Part 7 of issue 14: a figure resting on fewer than `--min-count` events is shown, marked
/// and not ranked; charts of percentages stop at 100%; each figure names the articles adding
/// most to it, the same after a split and merge.
@Suite struct SmallNumberTests {
    let layout = FigureLayout(sides: TestCorpus.lexicon.sides.map(SideDescription.init))

    /// An article with the given emotive-term counts around each party's dead.
    func add(
        _ statistics: inout CorpusStatistics, outlet: String, id: String, israel: Int32, palestinian: Int32
    ) {
        var values = [Int32](repeating: 0, count: layout.fields.count)
        values[layout.index(of: "articles")!] = 1
        values[layout.index(of: "words")!] = 500
        values[layout.index(of: FigureLayout.emotive("israel"))!] = israel
        values[layout.index(of: FigureLayout.emotive("palestinian"))!] = palestinian
        statistics.add(
            outlet: outlet, key: ArticleKey(id: id, sha256: String(repeating: "0", count: 64)), id: id, title: "Story \(id)",
            figures: ArticleFigures(values: values, terms: [:]))
    }

    func corpus(_ ids: Range<Int>) -> CorpusStatistics {
        var statistics = CorpusStatistics(groupField: "outlet", lexicons: [], layout: layout)
        for index in ids {
            // "Few": 4 emotive terms against 0 in all (ratio 5.00, resting on 4 terms).
            add(&statistics, outlet: "Few", id: "few-\(index)", israel: index == 0 ? 4 : 0, palestinian: 0)
            // "Many": 1, 5, 3, 2, 5 against 2 each: (16 + 1) / (10 + 1), resting on 26 terms.
            add(&statistics, outlet: "Many", id: "many-\(index)", israel: [1, 5, 3, 2, 5][index], palestinian: 2)
        }
        return statistics
    }

    @Test func smallCountsAreShownMarkedAndNotRanked() throws {
        let comparison = ComparisonBuilder.build(
            corpus(0..<5), settings: ComparisonSettings(resamples: 20, minimumArticles: 5, minimumCount: 10))
        let index = try #require(comparison.measures.firstIndex { $0.id == "emotive-ratio" })
        let ranking = comparison.rankings[index]
        #expect(ranking.entries.map(\.outlet) == ["Many"])
        #expect(ranking.entries.first?.value == Rounding.value(17.0 / 11))
        #expect(ranking.belowMinimumCount.map(\.outlet) == ["Few"])
        #expect(ranking.belowMinimumCount.first?.value == 5)
        let few = try #require(comparison.outlets.first { $0.name == "Few" })
        #expect(few.figures[index].support == 4)
        let markdown = MarkdownComparisonReporter().render(
            comparison, context: ComparisonContext(inputs: ["-"], evidenceFolder: "articles"))
        #expect(markdown.contains("| ‡ | [Few](articles/"))
        #expect(markdown.contains("too few (4 < 10)"))
        // With a lower bar both are ranked, the higher ratio first.
        let lenient = ComparisonBuilder.build(
            corpus(0..<5), settings: ComparisonSettings(resamples: 20, minimumArticles: 5, minimumCount: 4))
        #expect(lenient.rankings[index].entries.map(\.outlet) == ["Few", "Many"])
    }

    @Test func leadingArticlesAreTheLargestAndSurviveAMerge() throws {
        let settings = ComparisonSettings(resamples: 20, minimumArticles: 1, minimumCount: 1)
        let single = ComparisonBuilder.build(corpus(0..<5), settings: settings)
        let merged = ComparisonBuilder.build(
            try CorpusStatistics.merged([("b", corpus(3..<5)), ("a", corpus(0..<3))]), settings: settings)
        let index = try #require(single.measures.firstIndex { $0.id == "emotive-per-mention-israel" })
        let many = try #require(single.outlets.first { $0.name == "Many" })
        let leaders = many.figures[index].leadingArticles
        #expect(leaders.map(\.value) == [5, 5, 3])
        #expect(Set(leaders.prefix(2).map(\.id)) == ["many-1", "many-4"])
        #expect(leaders.last?.id == "many-2")
        let mergedMany = try #require(merged.outlets.first { $0.name == "Many" })
        #expect(mergedMany.figures[index].leadingArticles == leaders)
    }

    @Test func percentageChartsStopAtOneHundred() {
        let bars = [(label: "A", value: 100.0), (label: "B", value: 40.0)]
        let bounded = MermaidBarChart(title: "t", axisLabel: "%", bars: bars, ceiling: FigureFormat.chartCeiling(.share))
        #expect(bounded.rendered.contains("0 --> 100\n"))
        let unbounded = MermaidBarChart(title: "t", axisLabel: "%", bars: bars, ceiling: FigureFormat.chartCeiling(.ratio))
        #expect(unbounded.rendered.contains("0 --> 200\n"))
    }
}
