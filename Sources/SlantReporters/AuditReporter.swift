import SlantCore

/// Renders one article's audit. One type per format, each with golden-file tests.
public protocol AuditReporter: Sendable {
    /// The `--format` value that selects this reporter.
    static var identifier: String { get }
    static var fileExtension: String { get }
    func render(_ audit: ArticleAudit) -> String
    /// The report with the article it audits at hand: the HTML page marks its findings on the
    /// text. Formats that show only the audit's own spans render `render(audit)`.
    func render(_ audit: ArticleAudit, source: SourceText) -> String
}

extension AuditReporter {
    public func render(_ audit: ArticleAudit, source: SourceText) -> String { render(audit) }
}

public enum AuditReporters {
    public static let all: [any AuditReporter.Type] = [
        MarkdownAuditReporter.self, JSONAuditReporter.self, HTMLAuditReporter.self,
    ]

    /// `rules`: the lexicon's rules, whose rationale and source the HTML page shows.
    public static func reporter(for identifier: String, rules: [LexiconRule] = []) -> (any AuditReporter)? {
        switch identifier {
        case MarkdownAuditReporter.identifier: MarkdownAuditReporter()
        case JSONAuditReporter.identifier: JSONAuditReporter()
        case HTMLAuditReporter.identifier: HTMLAuditReporter(rules: rules)
        default: nil
        }
    }
}
