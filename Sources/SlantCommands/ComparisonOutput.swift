import Foundation
import SlantBatch
import SlantReporters

/// Writes a comparison's reports: each format to `DIR/comparison.<ext>`, or the one format to
/// standard output.
enum ComparisonOutput {
    static let baseName = "comparison"

    static func write(_ comparison: Comparison, options: ComparisonOptions, context: ComparisonContext) throws {
        for name in options.formats {
            let reporter = ComparisonReporters.reporter(for: name)!
            let report = reporter.render(comparison, context: context)
            guard let output = options.output else {
                FileHandle.standardOutput.write(Data(report.utf8))
                continue
            }
            let path = (output as NSString).appendingPathComponent("\(baseName).\(type(of: reporter).fileExtension)")
            try Data(report.utf8).write(to: URL(fileURLWithPath: path))
        }
    }

    /// Partial results to a file, or to standard output for "-".
    static func writePartial(_ statistics: CorpusStatistics, to path: String) throws {
        let data = try statistics.encoded()
        if path == "-" {
            FileHandle.standardOutput.write(data)
        } else {
            try data.write(to: URL(fileURLWithPath: path))
        }
    }

    /// A line on standard error when records were skipped or inputs failed; the report has them all.
    static func reportProblems(_ accounting: RecordAccounting) {
        if accounting.skipped > 0 {
            printWarning(
                "\(accounting.read) records read: \(accounting.audited) audited, \(accounting.skipped) skipped (listed in the report's accounting)"
            )
        }
        for failure in accounting.inputFailures { printError("\(failure.location): \(failure.problem)") }
    }
}

func printWarning(_ message: String) {
    FileHandle.standardError.write(Data("slant: warning: \(message)\n".utf8))
}
