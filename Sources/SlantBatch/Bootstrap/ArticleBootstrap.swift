/// Confidence intervals for an outlet's measures by the Poisson bootstrap over articles (Hanley
/// and MacGibbon 2006; Chamandy et al. 2012): in each resample every article counts a
/// Poisson(1)-distributed number of times (`PoissonWeights`), the weighted counts are summed,
/// every measure is computed from the sums (a ratio of sums, as for the point estimate); the
/// interval is the 2.5th and 97.5th percentiles of the resampled values. Unlike drawing n
/// articles with replacement, this needs no article kept and no order among them, so sums can be
/// added up as articles arrive and across parts of a split corpus.
struct ArticleBootstrap: Sendable {
    let measures: [MeasureDefinition]
    let resamples: Int
    let seed: UInt64
    let confidence: Double

    /// All of `outlet`'s resampled sums, with `label` (the outlet's name) seeding its weights.
    func resampledSums(_ outlet: OutletStatistics, label: String) -> ResampledSums {
        var (own, wire) = outlet.resampled(seed: seed, resamples: resamples, label: label, wireField: nil)
        own.add(wire)
        return own
    }

    /// The weights of an outlet's one article in each resample.
    func weights(label: String, key: ArticleKey) -> [UInt8] {
        var weights = [UInt8](repeating: 0, count: resamples)
        PoissonWeights.draw(into: &weights, seed: PoissonWeights.seed(SplitMix64.seed(seed, label: label), key: key))
        return weights
    }

    /// The intervals of an outlet of one article, whose resamples are its counts times its
    /// weight: each measure is computed once per distinct weight rather than once per resample,
    /// with the same result as `intervals` (40,000 one-article outlets spent minutes otherwise).
    func singleArticleIntervals(_ row: [Int64], weights: [UInt8]) -> [BootstrapInterval?] {
        var resamplesByWeight = [Int](repeating: 0, count: PoissonWeights.thresholds.count + 1)
        for weight in weights { resamplesByWeight[Int(weight)] += 1 }
        let tail = (1 - confidence) / 2
        return measures.map { measure in
            var values: [(value: Double, count: Int)] = []
            for (weight, count) in resamplesByWeight.enumerated() where count > 0 {
                if let value = measure.formula.evaluate(row.map { $0 * Int64(weight) }) { values.append((value, count)) }
            }
            let defined = values.reduce(0) { $0 + $1.count }
            guard defined > 0 else { return nil }
            values.sort { $0.value < $1.value }
            return BootstrapInterval(
                low: Percentile.of(counted: values, tail), high: Percentile.of(counted: values, 1 - tail),
                definedResamples: defined)
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
