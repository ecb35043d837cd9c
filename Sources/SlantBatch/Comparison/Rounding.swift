/// Figures are written with six decimals: far below any interval's width, and short enough
/// to read in the JSON.
enum Rounding {
    static func value(_ value: Double) -> Double {
        (value * 1_000_000).rounded() / 1_000_000
    }
}
