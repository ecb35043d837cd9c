import Foundation
import SlantBatch
import SlantReporters

/// Writes a comparison's reports: each format to `DIR/comparison.<ext>` (staged, then moved into
/// place with the evidence), or the one format to standard output.
enum ComparisonOutput {
    static let baseName = "comparison"

    /// The report files `formats` make in the output folder.
    static func reportNames(_ options: ComparisonOptions) -> [String] {
        options.formats.map { "\(baseName).\(type(of: ComparisonReporters.reporter(for: $0)!).fileExtension)" }
    }

    static func write(_ comparison: Comparison, options: ComparisonOptions, context: ComparisonContext, staging: OutputStaging?)
        throws(OutputProblem)
    {
        for name in options.formats {
            let reporter = ComparisonReporters.reporter(for: name)!
            // Written as it is made: the off-topic list of a large corpus would make it large.
            guard let staging else {
                try StandardStreams.write(pieces: { output in try reporter.write(comparison, context: context, to: output.write) }
                )
                continue
            }
            let path = staging.stagedPath("\(baseName).\(type(of: reporter).fileExtension)")
            do {
                try AtomicFileWriter.write(to: path) { output in
                    try reporter.write(comparison, context: context, to: output.write)
                }
            } catch let problem as OutputProblem {
                throw problem
            } catch {
                throw OutputProblem(path: path, reason: "cannot write the report: \(error)")
            }
        }
    }

    /// Partial results to a file (replaced whole, never one of the inputs), or to standard output for "-".
    static func writePartial(_ statistics: CorpusStatistics, to path: String, inputs: InputFiles) throws {
        let data = try statistics.encoded()
        if path == "-" {
            try StandardStreams.write(data)
        } else {
            try inputs.refuseOverwriting(path)
            try AtomicFileWriter.write(data, to: path)
        }
    }

    /// Refuses, before any work, an output folder whose report or partial file would replace an input.
    static func refuseReplacingInputs(_ inputs: InputFiles, options: ComparisonOptions, partial: String?) throws(OutputProblem) {
        if let output = options.output {
            for name in reportNames(options) { try inputs.refuseOverwriting((output as NSString).appendingPathComponent(name)) }
        }
        if let partial, partial != "-" { try inputs.refuseOverwriting(partial) }
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
    StandardStreams.writeError("slant: warning: \(message)\n")
}
