/// The choices a comparison depends on besides its data. A merge given the same settings as a
/// single run gives the same bytes.
public struct ComparisonSettings: Sendable, Hashable {
    public static let defaultSeed: UInt64 = 20_240_607
    public static let defaultResamples = 1000
    public static let defaultMinimumArticles = 10
    public static let defaultMinimumCount = 10

    public var seed: UInt64
    public var resamples: Int
    /// Outlets with fewer articles are listed with their figures but not ranked.
    public var minimumArticles: Int
    /// Figures resting on fewer events (mentions, verbs, thousands of words) are shown, marked,
    /// and not ranked.
    public var minimumCount: Int
    public var confidence: Double
    /// Characteristic terms shown per outlet.
    public var termsPerOutlet: Int

    public init(
        seed: UInt64 = defaultSeed, resamples: Int = defaultResamples, minimumArticles: Int = defaultMinimumArticles,
        minimumCount: Int = defaultMinimumCount, confidence: Double = 0.95, termsPerOutlet: Int = 5
    ) {
        self.seed = seed
        self.resamples = resamples
        self.minimumArticles = minimumArticles
        self.minimumCount = minimumCount
        self.confidence = confidence
        self.termsPerOutlet = termsPerOutlet
    }
}
