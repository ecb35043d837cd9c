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

    /// The fields the measure reads, in order of first use.
    var fields: [Int] {
        switch self {
        case .ratio(let numerator, let denominator, _), .smoothedRatio(let numerator, let denominator): [numerator, denominator]
        case .difference(let first, let second): first.fields + second.fields.filter { !first.fields.contains($0) }
        }
    }
}
