/// The bootstrap's seed and number of resamples. A run that knows them (`slant compare`) adds
/// large outlets' articles into `ResampledSums` as they arrive instead of keeping them, so its
/// partial results hold those sums and can be merged only with the same seed and resamples.
public struct Resampling: Sendable, Hashable, Codable {
    public let seed: UInt64
    public let resamples: Int

    public init(seed: UInt64, resamples: Int) {
        self.seed = seed
        self.resamples = resamples
    }
}
