/// Confidence intervals for an outlet's measures by the percentile bootstrap over articles:
/// draw as many articles as the outlet has, with replacement, add up their counts, compute
/// every measure from the sums (a ratio of sums, as for the point estimate), repeat; the
/// interval is the 2.5th and 97.5th percentiles of the resampled values.
struct ArticleBootstrap: Sendable {
    let measures: [MeasureDefinition]
    let resamples: Int
    let seed: UInt64
    let confidence: Double

    /// The summed counts of each resample of `outlet` (row-major, `resamples` x field count),
    /// drawn from its articles in canonical order whatever order they were added in; `label`
    /// names it for the seed.
    func resampledSums(_ outlet: OutletStatistics, label: String) -> [Int64] {
        let count = outlet.articleCount
        let width = outlet.fieldCount
        var sums = [Int64](repeating: 0, count: resamples * width)
        guard count > 0 else { return sums }
        let order = outlet.canonicalOrder()
        var generator = SplitMix64(seed: SplitMix64.seed(seed, label: label))
        for resample in 0..<resamples {
            for _ in 0..<count {
                outlet.add(Int(order[generator.next(below: count)]), into: &sums, offset: resample * width)
            }
        }
        return sums
    }

    /// The intervals of an outlet of one article: every resample draws that article, so each
    /// interval is its value, as `intervals(resampledSums(...))` would find after `resamples`
    /// draws (40,000 one-article outlets spent minutes drawing them).
    func singleArticleIntervals(_ row: [Int64]) -> [BootstrapInterval?] {
        measures.map { measure in
            measure.formula.evaluate(row).map { BootstrapInterval(low: $0, high: $0, definedResamples: resamples) }
        }
    }

    /// One interval per measure (nil where the measure was defined in no resample).
    func intervals(_ sums: [Int64], fieldCount width: Int) -> [BootstrapInterval?] {
        var samples = [[Double]](repeating: [], count: measures.count)
        for resample in 0..<resamples {
            let row = Array(sums[resample * width..<(resample + 1) * width])
            for (index, measure) in measures.enumerated() {
                if let value = measure.formula.evaluate(row) { samples[index].append(value) }
            }
        }
        let tail = (1 - confidence) / 2
        return samples.map { values in
            guard !values.isEmpty else { return nil }
            let sorted = values.sorted()
            return BootstrapInterval(
                low: Percentile.of(sorted, tail), high: Percentile.of(sorted, 1 - tail), definedResamples: values.count)
        }
    }
}
