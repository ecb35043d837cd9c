import Foundation
import SlantCore

/// The whole check run as versioned JSON (`schemaVersion`), keys sorted: equal runs, equal bytes.
public struct JSONCheckReporter: CheckReporter {
    public static let identifier = "json"

    public init() {}

    public func render(_ report: CheckReport) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(report) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
