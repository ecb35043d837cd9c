import Foundation
import SlantBatch

/// The comparison as versioned JSON (`schemaVersion`), keys sorted: equal comparisons are equal
/// bytes, which is what the split-then-merge guarantee is checked against.
public struct JSONComparisonReporter: ComparisonReporter {
    public static let identifier = "json"
    public static let fileExtension = "json"

    public init() {}

    public func render(_ comparison: Comparison, context: ComparisonContext) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(comparison) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
