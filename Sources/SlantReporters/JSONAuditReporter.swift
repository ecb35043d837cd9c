import Foundation
import SlantCore
import SortedJSON

/// The audit as versioned JSON (`schemaVersion`), keys sorted so equal audits are equal bytes.
public struct JSONAuditReporter: AuditReporter {
    public static let identifier = "json"
    public static let fileExtension = "json"

    public init() {}

    public func render(_ audit: ArticleAudit) -> String {
        String(decoding: renderBytes(audit), as: UTF8.self)
    }

    /// The report's bytes. `SortedJSONEncoder` writes what Foundation's encoder would, several
    /// times faster; Foundation remains the fallback (a non-finite number makes both refuse).
    public func renderBytes(_ audit: ArticleAudit) -> [UInt8] {
        // A report is about six times its article's size: reserve that once, not by doubling.
        let capacity = 4096 + 8 * audit.input.bytes
        if var bytes = try? SortedJSONEncoder().encode(audit, capacity: capacity) {
            bytes.append(UInt8(ascii: "\n"))
            return bytes
        }
        return Array(Self.foundationRender(audit).utf8)
    }

    /// The reference rendering, kept for the fallback and for the equivalence tests.
    public static func foundationRender(_ audit: ArticleAudit) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(audit) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
