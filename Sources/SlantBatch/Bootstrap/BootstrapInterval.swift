/// A percentile bootstrap interval and how many resamples it rests on.
public struct BootstrapInterval: Sendable, Hashable, Codable {
    public let low: Double
    public let high: Double
    /// Resamples in which the measure was defined (its denominator was not zero).
    public let definedResamples: Int
}
