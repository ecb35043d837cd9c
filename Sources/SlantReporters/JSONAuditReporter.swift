import Foundation
import SlantCore

/// The audit as versioned JSON (`schemaVersion`), keys sorted so equal audits are equal bytes.
public struct JSONAuditReporter: AuditReporter {
    public static let identifier = "json"
    public static let fileExtension = "json"

    public init() {}

    public func render(_ audit: ArticleAudit) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(audit) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
