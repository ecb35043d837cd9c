/// An outlet's articles that were added into resampled sums instead of kept (`Folding`): those
/// that are wire copy apart, so the outlet's figures without wire copy need no article either.
public struct FoldedArticles: Sendable, Hashable, Codable {
    public internal(set) var own: ResampledSums
    /// Nil until a wire story is folded.
    public internal(set) var wire: ResampledSums?

    init(fieldCount: Int, resamples: Int) {
        own = ResampledSums(fieldCount: fieldCount, resamples: resamples)
    }

    var articles: Int { own.articles + (wire?.articles ?? 0) }

    mutating func add(_ other: FoldedArticles) {
        own.add(other.own)
        if let otherWire = other.wire {
            if wire == nil { wire = ResampledSums(fieldCount: own.fieldCount, resamples: own.resamples) }
            wire!.add(otherWire)
        }
    }
}
