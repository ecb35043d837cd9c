import Foundation
import Testing

@testable import SlantBatch
@testable import SlantReporters

/// Issue 14 part 8: the Poisson bootstrap (each article counts a Poisson(1) number of times in
/// each resample, its weights seeded by the outlet's name and the article's key) lets large
/// outlets add their articles into resampled sums as they arrive and forget them.
@Suite struct PoissonBootstrapTests {
    static let layout = FigureLayout(sides: TestCorpus.lexicon.sides.map(SideDescription.init))

    @Test func weightsAreDrawnByInversionOfThePoissonDistribution() {
        #expect(PoissonWeights.weight(0) == 0)
        #expect(PoissonWeights.weight(PoissonWeights.thresholds[0] - 1) == 0)
        #expect(PoissonWeights.weight(PoissonWeights.thresholds[0]) == 1)
        #expect(PoissonWeights.weight(PoissonWeights.thresholds[2]) == 3)
        #expect(PoissonWeights.weight(UInt64.max) == 20)
        #expect(zip(PoissonWeights.thresholds, PoissonWeights.thresholds.dropFirst()).allSatisfy { $0 < $1 })
        // The thresholds are P(X <= k) x 2^64 (to double precision here).
        var cumulative = 0.0
        var factorial = 1.0
        for (k, threshold) in PoissonWeights.thresholds.enumerated().prefix(8) {
            if k > 0 { factorial *= Double(k) }
            cumulative += exp(-1) / factorial
            #expect(abs(Double(threshold) / 18_446_744_073_709_551_616.0 - cumulative) < 1e-12)
        }
        // Deterministic, and about Poisson(1): mean 1, 36.8% zeros.
        var weights = [UInt8](repeating: 0, count: 100_000)
        PoissonWeights.draw(into: &weights, seed: 42)
        var again = [UInt8](repeating: 0, count: 100_000)
        PoissonWeights.draw(into: &again, seed: 42)
        #expect(weights == again)
        let mean = Double(weights.reduce(0) { $0 + Int($1) }) / Double(weights.count)
        let zeros = Double(weights.filter { $0 == 0 }.count) / Double(weights.count)
        #expect(abs(mean - 1) < 0.02)
        #expect(abs(zeros - exp(-1)) < 0.01)
        let key = ArticleKey(idHash: 1, textHash: 2)
        #expect(PoissonWeights.seed(7, key: key) == PoissonWeights.seed(7, key: key))
        #expect(PoissonWeights.seed(7, key: key) != PoissonWeights.seed(8, key: key))
        #expect(PoissonWeights.seed(7, key: key) != PoissonWeights.seed(7, key: ArticleKey(idHash: 1, textHash: 3)))
    }

    /// Adding the sums of two halves equals adding every article in one pass.
    @Test func sumsOfTwoHalvesEqualOnePass() {
        var whole = ResampledSums(fieldCount: 3, resamples: 40)
        var first = ResampledSums(fieldCount: 3, resamples: 40)
        var second = ResampledSums(fieldCount: 3, resamples: 40)
        for article in 0..<25 {
            var weights = [UInt8](repeating: 0, count: 40)
            PoissonWeights.draw(into: &weights, seed: UInt64(article))
            let counts: [(field: Int, count: Int64)] = [(0, 1), (2, Int64(article * 3 + 1))]
            whole.add(counts: counts, weights: weights)
            if article % 3 == 0 {
                first.add(counts: counts, weights: weights)
            } else {
                second.add(counts: counts, weights: weights)
            }
        }
        second.add(first)
        #expect(second == whole)
        #expect(whole.articles == 25 && whole.totals[0] == 25 && whole.totals[1] == 0)
    }

    /// A small outlet's interval against a straightforward computation: weights drawn by
    /// inverting the Poisson distribution in floating point, sums, ratios, then type-7 quantiles.
    @Test func intervalMatchesAReferenceComputation() throws {
        let rows: [(id: String, values: [Int32])] = [("a", [3, 400]), ("b", [0, 250]), ("c", [7, 900]), ("d", [1, 120])]
        var outlet = OutletStatistics(name: "Herald", fieldCount: 2)
        for row in rows { outlet.add(key: ArticleKey(id: row.id, sha256: "ab"), values: row.values, terms: [:]) }
        let measure = MeasureDefinition(
            id: "m", title: "m", unit: .perThousandWords, formulaText: "", reading: "", charted: false,
            formula: .ratio(numerator: 0, denominator: 1, scale: 1000))
        let resamples = 300
        let bootstrap = ArticleBootstrap(measures: [measure], resamples: resamples, seed: 11, confidence: 0.9)
        let interval = try #require(bootstrap.intervals(bootstrap.resampledSums(outlet, label: "Herald").sums, fieldCount: 2)[0])

        func poisson(_ random: UInt64) -> Int64 {
            let uniform = Double(random >> 11) / 9_007_199_254_740_992.0
            var k: Int64 = 0
            var probability = exp(-1.0)
            var cumulative = probability
            while uniform >= cumulative && k < 20 {
                k += 1
                probability /= Double(k)
                cumulative += probability
            }
            return k
        }
        var numerators = [Int64](repeating: 0, count: resamples)
        var denominators = [Int64](repeating: 0, count: resamples)
        let outletSeed = SplitMix64.seed(11, label: "Herald")
        for row in rows {
            var generator = SplitMix64(seed: PoissonWeights.seed(outletSeed, key: ArticleKey(id: row.id, sha256: "ab")))
            for resample in 0..<resamples {
                let weight = poisson(generator.next())
                numerators[resample] += weight * Int64(row.values[0])
                denominators[resample] += weight * Int64(row.values[1])
            }
        }
        let values = zip(numerators, denominators).compactMap { $1 == 0 ? nil : 1000 * Double($0) / Double($1) }.sorted()
        func quantile(_ p: Double) -> Double {
            let position = Double(values.count - 1) * p
            let lower = Int(position)
            let upper = min(lower + 1, values.count - 1)
            return values[lower] + (position - Double(lower)) * (values[upper] - values[lower])
        }
        #expect(interval.definedResamples == values.count)
        #expect(values.count < resamples, "some resample drew none of the four articles")
        #expect(abs(interval.low - quantile(0.05)) < 1e-9)
        #expect(abs(interval.high - quantile(0.95)) < 1e-9)
        #expect(interval.low < interval.high)
    }

    /// Corpus statistics with one large outlet (some wire copy), one small and one of a single
    /// article, made with `resampling` and outlets folding past `threshold` articles.
    static func statistics(
        resampling: Resampling?, threshold: Int? = nil, articles: Range<Int> = 0..<50
    ) -> CorpusStatistics {
        var statistics = CorpusStatistics(groupField: "outlet", lexicons: [], layout: layout, resampling: resampling)
        statistics.foldThreshold = threshold
        let width = layout.fields.count
        let wire = layout.index(of: FigureLayout.wireCopy)!
        for index in articles {
            var values = (0..<width).map { Int32(($0 * 13 + index * 7) % 9 == 0 ? ($0 + index) % 23 : 0) }
            values[0] = 1
            values[1] = Int32(300 + index * 11)
            values[wire] = index % 4 == 0 ? 1 : 0
            let outlet = index < 38 ? "Herald" : index < 49 ? "Courier" : "Gazette"
            statistics.add(
                outlet: outlet, key: ArticleKey(id: "a\(index)", sha256: String(index, radix: 16)), id: "a\(index)",
                title: "Story \(index)", figures: ArticleFigures(values: values, terms: [:]))
        }
        return statistics
    }

    static func report(_ statistics: CorpusStatistics) -> String {
        let comparison = ComparisonBuilder.build(
            statistics, settings: ComparisonSettings(seed: 5, resamples: 60, minimumArticles: 5))
        return JSONComparisonReporter().render(comparison, context: ComparisonContext(inputs: ["c"], evidenceFolder: nil))
    }

    /// Folding large outlets' articles into sums as they arrive gives the same report as keeping
    /// them, and so does a split run whose parts folded, once merged.
    @Test func foldedOutletsGiveTheSameReportAsKeptOnes() throws {
        let resampling = Resampling(seed: 5, resamples: 60)
        let kept = Self.statistics(resampling: nil)
        let folded = Self.statistics(resampling: resampling, threshold: 6)
        #expect(kept.outlets["Herald"]!.folded == nil)
        #expect(folded.outlets["Herald"]!.folded != nil && folded.outlets["Herald"]!.keys.isEmpty)
        #expect(folded.outlets["Herald"]!.folded!.wire != nil)
        #expect(folded.outlets["Gazette"]!.folded == nil)
        #expect(folded.outlets["Herald"]!.totals() == kept.outlets["Herald"]!.totals())
        #expect(folded.outlets["Herald"]!.articleCount == 38)
        let expected = Self.report(kept)
        #expect(expected.contains("\"withoutWireCopy\""))
        #expect(Self.report(folded) == expected)
        // Parts through the partial-results file, merged.
        let parts = try [0..<17, 17..<50].map { range in
            let part = Self.statistics(resampling: resampling, threshold: 6, articles: range)
            return ("part", try CorpusStatistics.decode(try part.encoded(), file: "part"))
        }
        let merged = try CorpusStatistics.merged(parts)
        #expect(Self.report(merged) == expected)
        // Parts resampled otherwise cannot be merged.
        let other = Self.statistics(resampling: Resampling(seed: 6, resamples: 60), threshold: 6, articles: 0..<10)
        #expect(throws: MergeProblem.self) { try CorpusStatistics.merged(parts + [("other", other)]) }
    }
}
