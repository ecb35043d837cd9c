import Foundation
import Testing

@testable import SlantBatch

@Suite struct StatisticsTests {
    func key(_ id: String) -> ArticleKey { ArticleKey(idHash: ArticleKey.hash(id), textHash: 1) }

    @Test func countsArePackedAndUnpackedExactly() throws {
        var outlet = OutletStatistics(name: "X", fieldCount: 4)
        outlet.add(key: key("a"), values: [1, 0, 16_777_215, 0], terms: ["loaded.x": 2])
        outlet.add(key: key("b"), values: [0, 0, 0, 0], terms: [:])
        outlet.add(key: key("c"), values: [1, 2_000_000_000, 3, 16_777_214], terms: ["loaded.x": 1, "loaded.y": 1])
        #expect(outlet.values(of: 0) == [1, 0, 16_777_215, 0])
        #expect(outlet.values(of: 1) == [0, 0, 0, 0])
        #expect(outlet.values(of: 2) == [1, 2_000_000_000, 3, 16_777_214])
        #expect(outlet.totals() == [2, 2_000_000_000, 16_777_218, 16_777_214])
        #expect(outlet.terms == ["loaded.x": 3, "loaded.y": 1])
        let decoded = try JSONDecoder().decode(OutletStatistics.self, from: try JSONEncoder().encode(outlet))
        #expect(decoded == outlet)
    }

    /// The Poisson bootstrap's sums depend on the articles, not on the order they came in or on
    /// how the outlet was split and merged.
    @Test func resampledSumsDoNotDependOnArrivalOrderOrSplit() {
        var first = OutletStatistics(name: "X", fieldCount: 2)
        var second = OutletStatistics(name: "X", fieldCount: 2)
        let rows: [(String, [Int32])] = [("a", [1, 5]), ("b", [1, 0]), ("c", [1, 9]), ("d", [1, 2])]
        for (id, values) in rows { first.add(key: key(id), values: values, terms: [:]) }
        for (id, values) in rows.reversed() { second.add(key: key(id), values: values, terms: [:]) }
        #expect(first != second)
        let bootstrap = ArticleBootstrap(measures: [], resamples: 50, seed: 7, confidence: 0.95)
        let sums = bootstrap.resampledSums(first, label: "X")
        #expect(bootstrap.resampledSums(second, label: "X") == sums)
        var merged = OutletStatistics(name: "X", fieldCount: 2)
        var tail = OutletStatistics(name: "X", fieldCount: 2)
        for (id, values) in rows.prefix(1) { merged.add(key: key(id), values: values, terms: [:]) }
        for (id, values) in rows.dropFirst() { tail.add(key: key(id), values: values, terms: [:]) }
        merged.merge(tail)
        #expect(bootstrap.resampledSums(merged, label: "X") == sums)
        #expect(sums.articles == 4 && sums.totals == [4, 16])
    }

    @Test func percentilesInterpolateBetweenOrderStatistics() {
        let values = [1.0, 2, 3, 4]
        #expect(Percentile.of(values, 0) == 1)
        #expect(Percentile.of(values, 1) == 4)
        #expect(Percentile.of(values, 0.25) == 1.75)
        #expect(Percentile.of([5], 0.975) == 5)
        // Values with counts: the same as the list with each value repeated.
        let counted: [(value: Double, count: Int)] = [(1, 3), (2, 1), (7, 4)]
        let expanded = counted.flatMap { Array(repeating: $0.value, count: $0.count) }
        for probability in [0, 0.025, 0.3, 0.5, 0.975, 1] {
            #expect(Percentile.of(counted: counted, probability) == Percentile.of(expanded, probability))
        }
    }

    @Test func formulasAreUndefinedWithoutADenominator() {
        #expect(MeasureFormula.ratio(numerator: 0, denominator: 1, scale: 1000).evaluate([3, 0]) == nil)
        #expect(MeasureFormula.ratio(numerator: 0, denominator: 1, scale: 1000).evaluate([3, 600]) == 5)
        #expect(MeasureFormula.smoothedRatio(numerator: 0, denominator: 1).evaluate([0, 0]) == nil)
        #expect(MeasureFormula.smoothedRatio(numerator: 0, denominator: 1).evaluate([2, 0]) == 3)
        let gap = MeasureFormula.difference(
            .ratio(numerator: 0, denominator: 1, scale: 1), .ratio(numerator: 2, denominator: 3, scale: 1))
        #expect(gap.evaluate([1, 2, 1, 4]) == 0.25)
        #expect(gap.evaluate([1, 2, 1, 0]) == nil)
        #expect(gap.fields == [0, 1, 2, 3])
    }

    @Test func bootstrapIntervalsAreSeededAndBracketTheEstimate() {
        var outlet = OutletStatistics(name: "X", fieldCount: 2)
        for index in 0..<40 { outlet.add(key: key("a\(index)"), values: [Int32(index % 7), 100], terms: [:]) }
        let measure = MeasureDefinition(
            id: "m", title: "m", unit: .perThousandWords, formulaText: "", reading: "", charted: false,
            formula: .ratio(numerator: 0, denominator: 1, scale: 1000))
        let bootstrap = ArticleBootstrap(measures: [measure], resamples: 500, seed: 3, confidence: 0.95)
        let sums = bootstrap.resampledSums(outlet, label: "X")
        let interval = bootstrap.intervals(sums.sums, fieldCount: 2)[0]!
        let estimate = measure.formula.evaluate(outlet.totals())!
        #expect(interval.low < estimate && estimate < interval.high)
        #expect(interval.definedResamples == 500)
        #expect(bootstrap.resampledSums(outlet, label: "X") == sums)
        #expect(bootstrap.resampledSums(outlet, label: "Y") != sums)
    }

    @Test func slugsAreSafeStableAndDistinct() {
        let slug = OutletSlug.make("CNN (Web News)")
        #expect(slug.hasPrefix("cnn-web-news-"))
        #expect(slug == OutletSlug.make("CNN (Web News)"))
        #expect(OutletSlug.make("CNN") != OutletSlug.make("cnn"))
        for name in ["../../etc/passwd", "Le Monde — édition", "", "A|B [x](y)", "\u{0}"] {
            let made = OutletSlug.make(name)
            #expect(made.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") })
            #expect(!made.hasPrefix("-"))
        }
    }

    @Test func characteristicTermsFindWhatAnOutletOveruses() {
        func outlet(_ name: String, _ terms: [String: Int]) -> OutletStatistics {
            var statistics = OutletStatistics(name: name, fieldCount: 1)
            statistics.add(key: key(name), values: [1], terms: terms)
            return statistics
        }
        let outlets = [
            outlet("A", ["loaded.x": 40, "loaded.y": 10]), outlet("B", ["loaded.x": 2, "loaded.y": 40]),
            outlet("C", ["loaded.x": 3, "loaded.y": 45]),
        ]
        let scored = CharacteristicTerms.compute(outlets, reported: ["A", "B"], limit: 5)
        #expect(scored.map(\.outlet) == ["A", "B"])
        #expect(scored[0].terms.map(\.rule) == ["loaded.x"])
        #expect(scored[0].terms[0].count == 40 && scored[0].terms[0].otherCount == 5)
        #expect(scored[0].terms[0].zScore >= CharacteristicTerms.threshold)
        #expect(scored[1].terms.map(\.rule) == ["loaded.y"])
    }
}

/// An outlet of one article evaluates each measure once per distinct weight instead of once
/// per resample: its intervals are the ones the bootstrap finds.
@Suite struct SingleArticleBootstrapTests {
    @Test(arguments: [0, 1, 7])
    func shortcutEqualsTheBootstrap(variant: Int) {
        let layout = FigureLayout(sides: TestCorpus.lexicon.sides.map(SideDescription.init))
        let measures = MeasureCatalog.measures(for: layout)
        var outlet = OutletStatistics(name: "One \(variant)", fieldCount: layout.fields.count)
        let row = (0..<layout.fields.count).map { Int32(($0 * 7 + variant * 3) % 11) }
        outlet.add(key: ArticleKey(idHash: ArticleKey.hash("a\(variant)"), textHash: 1), values: row, terms: [:])
        let bootstrap = ArticleBootstrap(measures: measures, resamples: 200, seed: 7, confidence: 0.95)
        let full = bootstrap.intervals(
            bootstrap.resampledSums(outlet, label: outlet.name).sums, fieldCount: layout.fields.count)
        let (key, values) = try! #require(outlet.onlyArticle)
        #expect(bootstrap.singleArticleIntervals(values, weights: bootstrap.weights(label: outlet.name, key: key)) == full)
        #expect(full.contains { $0 != nil })
    }
}
