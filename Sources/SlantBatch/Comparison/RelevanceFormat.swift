/// Relevance as reports print it: two decimals, as the threshold is given.
public enum RelevanceFormat {
    public static func value(_ relevance: Double) -> String {
        let hundredths = Int((relevance * 100).rounded())
        let digits = String(hundredths % 100)
        return "\(hundredths / 100)." + (digits.count == 1 ? "0" + digits : digits)
    }
}
