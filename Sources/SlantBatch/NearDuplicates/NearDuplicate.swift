/// An article that is a near duplicate of an earlier one from another outlet (`NearDuplicateFinder`):
/// counted as wire copy of the outlet that ran it.
public struct NearDuplicate: Sendable, Codable, Hashable, Comparable {
    public let outlet: String
    public let id: String
    /// The presumed original: the earliest near-duplicate article of another outlet.
    public let originalOutlet: String
    public let originalID: String
    /// The estimated Jaccard similarity of the two texts' word 5-gram shingles, rounded.
    public let similarity: Double

    /// By outlet and id in byte order (then the original), so lists are the same in every run.
    public static func < (lhs: NearDuplicate, rhs: NearDuplicate) -> Bool {
        for (left, right) in [
            (lhs.outlet, rhs.outlet), (lhs.id, rhs.id), (lhs.originalOutlet, rhs.originalOutlet),
            (lhs.originalID, rhs.originalID),
        ] where left != right {
            return Array(left.utf8).lexicographicallyPrecedes(right.utf8)
        }
        return lhs.similarity < rhs.similarity
    }
}
