import SlantCore

/// Renders the findings of one `slant check` run. One type per `--format`, each with golden tests.
public protocol CheckReporter: Sendable {
    /// The `--format` value that selects this reporter.
    static var identifier: String { get }
    func render(_ report: CheckReport) -> String
}
