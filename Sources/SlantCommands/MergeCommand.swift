import ArgumentParser
import Foundation
import SlantBatch
import SlantReporters

/// `slant merge PART...`: combine partial results of `slant compare --partial` into one
/// comparison, identical to what a single run over all the parts' inputs writes.
struct MergeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge",
        abstract: "Merge partial results of `slant compare --partial` into one comparison.",
        discussion: """
            Each file holds one or more partial results, one per line (- reads standard input), so the outputs of \
            many map tasks can be concatenated. Give the same --seed, --resamples, --min-articles and --min-count as a single run \
            would have, and the JSON report is byte-identical to that run's. Per-article evidence stays with the \
            map tasks' --output folders.
            """)

    @Argument(help: "Partial-results files (one JSON object per line); - for standard input.")
    var parts: [String]

    @OptionGroup var comparison: ComparisonOptions

    @Option(help: ArgumentHelp("Also write the merged partial results to FILE, to merge further.", valueName: "FILE"))
    var partial: String?

    func validate() throws {
        guard !parts.isEmpty else { throw ValidationError("give at least one partial-results file") }
    }

    func run() throws {
        var loaded: [(file: String, statistics: CorpusStatistics)] = []
        let inputFiles = InputFiles(parts)
        do {
            try ComparisonOutput.refuseReplacingInputs(inputFiles, options: comparison, partial: partial)
            for file in parts {
                let data: Data
                if file == "-" {
                    do {
                        data = Data(try StandardStreams.readInput())
                    } catch {
                        throw MergeProblem(file: file, message: error.reason)
                    }
                } else {
                    guard let contents = FileManager.default.contents(atPath: file) else {
                        throw MergeProblem(file: file, message: "cannot read the file")
                    }
                    data = contents
                }
                let lines = data.split(separator: UInt8(ascii: "\n")).filter { $0.contains { $0 > 0x20 } }
                if lines.isEmpty { throw MergeProblem(file: file, message: "holds no partial results") }
                for (index, line) in lines.enumerated() {
                    let name = lines.count > 1 ? "\(file) (part \(index + 1))" : file
                    loaded.append((name, try CorpusStatistics.decode(Data(line), file: name)))
                }
            }
            // Large outlets fold their articles into sums resampled with this seed, as parts may have.
            let merged = try CorpusStatistics.merged(
                loaded, resampling: Resampling(seed: comparison.settings.seed, resamples: comparison.settings.resamples))
            // The reports are staged and moved into place together, by one run at a time.
            let folder = try StagedOutputFolder.open(comparison.output, inputs: inputFiles)
            defer { folder?.close() }
            let staging = folder?.staging
            if let partial { try ComparisonOutput.writePartial(merged, to: partial, inputs: inputFiles) }
            if partial == nil || comparison.output != nil {
                let result = ComparisonBuilder.build(merged, settings: comparison.settings)
                try ComparisonOutput.write(
                    result, options: comparison, context: ComparisonContext(inputs: parts, evidenceFolder: nil), staging: staging)
                try staging?.commit(evidenceFolder: nil)
            }
            ComparisonOutput.reportProblems(merged.accounting)
        } catch let problem as MergeProblem {
            printError(problem.description)
            throw ExitCode(2)
        }
    }
}
