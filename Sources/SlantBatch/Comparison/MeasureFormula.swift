/// A measure as a function of an outlet's summed counts (field positions in the layout), so
/// the same function gives the point estimate and every bootstrap resample.
indirect enum MeasureFormula: Sendable {
    /// scale x sum(numerator) / sum(denominator); undefined when the denominator is zero.
    case ratio(numerator: Int, denominator: Int, scale: Double)
    /// (sum(numerator) + 1) / (sum(denominator) + 1): add-one smoothing keeps the ratio finite.
    /// Undefined when both sums are zero: parity by absence is no finding.
    case smoothedRatio(numerator: Int, denominator: Int)
    /// The first minus the second; undefined when either is.
    case difference(MeasureFormula, MeasureFormula)

    func evaluate(_ sums: [Int64]) -> Double? {
        switch self {
        case .ratio(let numerator, let denominator, let scale):
            sums[denominator] == 0 ? nil : scale * Double(sums[numerator]) / Double(sums[denominator])
        case .smoothedRatio(let numerator, let denominator):
            sums[numerator] == 0 && sums[denominator] == 0
                ? nil : Double(sums[numerator] + 1) / Double(sums[denominator] + 1)
        case .difference(let first, let second):
            first.evaluate(sums).flatMap { a in second.evaluate(sums).map { a - $0 } }
        }
    }

    /// How many events the value rests on, which must reach `--min-count` for the figure to be
    /// ranked: the denominator of a ratio (mentions, reporting verbs, attributed words,
    /// articles), in thousands of words for a rate per 1,000 words; both counts together for
    /// the smoothed ratio (an emotive ratio of 5 from 4 terms against 0 rests on 4); the smaller
    /// of the two sides of a difference.
    func support(_ sums: [Int64]) -> Int64 {
        switch self {
        case .ratio(_, let denominator, let scale): scale == 1000 ? sums[denominator] / 1000 : sums[denominator]
        case .smoothedRatio(let numerator, let denominator): sums[numerator] + sums[denominator]
        case .difference(let first, let second): min(first.support(sums), second.support(sums))
        }
    }

    /// The count whose largest contributors a ranked figure names; nil for a difference, whose
    /// two sides are measures of their own.
    var leadingField: Int? {
        switch self {
        case .ratio(let numerator, _, _), .smoothedRatio(let numerator, _): numerator
        case .difference: nil
        }
    }

    /// The fields the measure reads, in order of first use.
    var fields: [Int] {
        switch self {
        case .ratio(let numerator, let denominator, _), .smoothedRatio(let numerator, let denominator): [numerator, denominator]
        case .difference(let first, let second): first.fields + second.fields.filter { !first.fields.contains($0) }
        }
    }
}
