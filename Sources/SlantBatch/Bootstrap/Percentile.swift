/// Sample quantiles by linear interpolation between order statistics (Hyndman and Fan's type
/// 7, R's default).
enum Percentile {
    /// `sorted` must be in ascending order and non-empty; `probability` in 0...1.
    static func of(_ sorted: [Double], _ probability: Double) -> Double {
        let position = Double(sorted.count - 1) * probability
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, sorted.count - 1)
        return sorted[lower] + (position - Double(lower)) * (sorted[upper] - sorted[lower])
    }
}
