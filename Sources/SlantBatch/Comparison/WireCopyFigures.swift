/// A ranked outlet that ran wire copy (`WireCopy`): its key figures over its own articles only,
/// beside the figures over all of them in `OutletFigures`.
public struct WireCopyFigures: Sendable, Codable, Hashable {
    public let outlet: String
    public let slug: String
    public let articles: Int
    public let wireArticles: Int
    /// One per charted measure, in the order of `Comparison.measures`' charted ones; computed
    /// over the articles that are not wire copy.
    public let withoutWireCopy: [Figure]
}
