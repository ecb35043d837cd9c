import SlantCore

/// Renders one article's audit. One type per format, each with golden-file tests.
public protocol AuditReporter: Sendable {
    /// The `--format` value that selects this reporter.
    static var identifier: String { get }
    static var fileExtension: String { get }
    func render(_ audit: ArticleAudit) -> String
}

public enum AuditReporters {
    public static let all: [any AuditReporter.Type] = [MarkdownAuditReporter.self, JSONAuditReporter.self]

    public static func reporter(for identifier: String) -> (any AuditReporter)? {
        switch identifier {
        case MarkdownAuditReporter.identifier: MarkdownAuditReporter()
        case JSONAuditReporter.identifier: JSONAuditReporter()
        default: nil
        }
    }
}
