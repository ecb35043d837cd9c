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

    /// The same for values given with how often each occurs (ascending, counts positive): the
    /// quantile of the list with each value repeated that often, without making the list.
    static func of(counted: [(value: Double, count: Int)], _ probability: Double) -> Double {
        let total = counted.reduce(0) { $0 + $1.count }
        func element(_ position: Int) -> Double {
            var seen = 0
            for (value, count) in counted {
                seen += count
                if position < seen { return value }
            }
            return counted[counted.count - 1].value
        }
        let position = Double(total - 1) * probability
        let lower = Int(position.rounded(.down))
        let upper = min(lower + 1, total - 1)
        let low = element(lower)
        return low + (position - Double(lower)) * (element(upper) - low)
    }
}
