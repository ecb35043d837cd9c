import Foundation
import SlantBatch

/// The comparison as versioned JSON (`schemaVersion`), keys sorted: equal comparisons are equal
/// bytes, which is what the split-then-merge guarantee is checked against.
public struct JSONComparisonReporter: ComparisonReporter {
    public static let identifier = "json"
    public static let fileExtension = "json"

    /// Off-topic entries encoded at a time (`OffTopicJSONList`).
    let offTopicChunk: Int

    public init() {
        self.init(offTopicChunk: 1000)
    }

    init(offTopicChunk: Int) {
        self.offTopicChunk = offTopicChunk
    }

    public func render(_ comparison: Comparison, context: ComparisonContext) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The off-topic list, which grows with the corpus, a piece at a time; the rest whole.
        if !comparison.accounting.offTopicArticles.isEmpty,
            let bytes = OffTopicJSONList(chunk: offTopicChunk).render(comparison, encoder: encoder)
        {
            return String(decoding: bytes, as: UTF8.self) + "\n"
        }
        guard let data = try? encoder.encode(comparison) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
