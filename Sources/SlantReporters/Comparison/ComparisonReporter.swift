import SlantBatch

/// Renders an outlet comparison. One type per format; all render the same `Comparison`.
public protocol ComparisonReporter: Sendable {
    /// The `--format` value that selects this reporter.
    static var identifier: String { get }
    static var fileExtension: String { get }
    func render(_ comparison: Comparison, context: ComparisonContext) -> String
    /// The same report a piece at a time: a reporter whose report grows with the corpus (the
    /// off-topic list) writes it as it makes it, so the whole report is never in memory.
    func write(_ comparison: Comparison, context: ComparisonContext, to output: (String) throws -> Void) throws
}

extension ComparisonReporter {
    public func write(_ comparison: Comparison, context: ComparisonContext, to output: (String) throws -> Void) throws {
        try output(render(comparison, context: context))
    }
}

/// What a report says about its surroundings rather than its data.
public struct ComparisonContext: Sendable {
    /// The inputs as given on the command line.
    public var inputs: [String]
    /// The folder holding `<slug>.jsonl` evidence files, relative to the report; nil when no
    /// evidence was written (report on standard output, or a merge).
    public var evidenceFolder: String?
    /// "jsonl", or "jsonl.gz" when the evidence files were compressed.
    public var evidenceExtension: String

    public init(inputs: [String], evidenceFolder: String?, evidenceExtension: String = "jsonl") {
        self.inputs = inputs
        self.evidenceFolder = evidenceFolder
        self.evidenceExtension = evidenceExtension
    }
}

public enum ComparisonReporters {
    public static let all: [any ComparisonReporter.Type] = [
        MarkdownComparisonReporter.self, JSONComparisonReporter.self, CSVComparisonReporter.self,
    ]

    public static func reporter(for identifier: String) -> (any ComparisonReporter)? {
        switch identifier {
        case MarkdownComparisonReporter.identifier: MarkdownComparisonReporter()
        case JSONComparisonReporter.identifier: JSONComparisonReporter()
        case CSVComparisonReporter.identifier: CSVComparisonReporter()
        default: nil
        }
    }
}
