/// Confidence intervals for an outlet's measures by the percentile bootstrap over articles:
/// draw as many articles as the outlet has, with replacement, add up their counts, compute
/// every measure from the sums (a ratio of sums, as for the point estimate), repeat; the
/// interval is the 2.5th and 97.5th percentiles of the resampled values.
struct ArticleBootstrap {
    let measures: [MeasureDefinition]
    let resamples: Int
    let seed: UInt64
    let confidence: Double

    /// One interval per measure (nil where the measure was defined in no resample). `outlet`
    /// must be in canonical order and `label` names it for the seed.
    func intervals(_ outlet: OutletStatistics, label: String) -> [BootstrapInterval?] {
        let count = outlet.articleCount
        let width = outlet.fieldCount
        guard count > 0, resamples > 0 else { return measures.map { _ in nil } }
        var generator = SplitMix64(seed: SplitMix64.seed(seed, label: label))
        var samples = [[Double]](repeating: [], count: measures.count)
        for index in samples.indices { samples[index].reserveCapacity(resamples) }
        var sums = [Int64](repeating: 0, count: width)
        outlet.values.withUnsafeBufferPointer { values in
            for _ in 0..<resamples {
                for field in 0..<width { sums[field] = 0 }
                for _ in 0..<count {
                    let row = generator.next(below: count) * width
                    for field in 0..<width { sums[field] &+= Int64(values[row + field]) }
                }
                for (index, measure) in measures.enumerated() {
                    if let value = measure.formula.evaluate(sums) { samples[index].append(value) }
                }
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
