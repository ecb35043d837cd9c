import Testing

@testable import SlantBatch

/// The bootstrap draws an outlet's articles in canonical (key) order through a list of
/// positions instead of from a sorted copy of the outlet, which doubled the memory of the
/// largest outlets at the end of a run. The draws must be exactly those from the sorted copy.
@Suite struct CanonicalOrderTests {
    @Test func drawingThroughTheOrderEqualsDrawingFromTheSortedCopy() {
        var outlet = OutletStatistics(name: "X", fieldCount: 3)
        // Keys in no particular order, two sharing a key (ordered by when they were added).
        let ids = (0..<60).map { "article-\(($0 * 37) % 61)" } + ["article-5"]
        for (index, id) in ids.enumerated() {
            outlet.add(
                key: ArticleKey(id: id, sha256: "00"), values: [Int32(index % 5), Int32(100 + index), Int32(index % 2)],
                terms: [:])
        }
        let sorted = outlet.canonical()
        let order = outlet.canonicalOrder()
        #expect(order.map { outlet.values(of: Int($0)) } == (0..<ids.count).map { sorted.values(of: $0) })
        #expect(order != Array(0..<UInt32(ids.count)), "the articles were not added in key order")
        let bootstrap = ArticleBootstrap(measures: [], resamples: 200, seed: 7, confidence: 0.95)
        #expect(bootstrap.resampledSums(outlet, label: "X") == bootstrap.resampledSums(sorted, label: "X"))
    }
}
