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
        var bytes: [UInt8] = []
        guard (try? write(comparison, context: context, to: { bytes += $0.utf8 })) != nil else { return "{}\n" }
        return String(decoding: bytes, as: UTF8.self)
    }

    public func write(_ comparison: Comparison, context: ComparisonContext, to output: (String) throws -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // The off-topic list, which grows with the corpus, a piece at a time; the rest whole.
        if !comparison.accounting.offTopic.isEmpty,
            try OffTopicJSONList(chunk: offTopicChunk).write(
                comparison, encoder: encoder, to: { try output(String(decoding: $0, as: UTF8.self)) })
        {
            try output("\n")
            return
        }
        try output(String(decoding: try encoder.encode(comparison), as: UTF8.self) + "\n")
    }
}
