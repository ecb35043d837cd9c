import ArgumentParser
import Dispatch
import Foundation
import SlantBatch
import SlantCore
import SlantReporters

/// `slant audit FILE...`: one report per article.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Write a framing audit report for each article (\"-\" reads standard input).")

    @Argument(help: "Article text files (UTF-8); \"-\" for standard input.")
    var files: [String]

    @Option(
        help: "Report format: markdown, json, or html (a self-contained page with the findings marked on the article).")
    var format: String = MarkdownAuditReporter.identifier

    @Option(
        help: ArgumentHelp("Write each report to DIR/<article name>.<md|json|html> instead of standard output.", valueName: "DIR")
    )
    var output: String?

    @Flag(help: "Print the time spent in each phase and the slowest rules to standard error.")
    var benchmark = false

    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        guard AuditReporters.reporter(for: format) != nil else {
            throw ValidationError(
                "unknown format '\(format)'; use one of: \(AuditReporters.all.map { $0.identifier }.joined(separator: ", "))")
        }
        guard !files.isEmpty else { throw ValidationError("give at least one article file, or - for standard input") }
    }

    func run() throws {
        let compiled = try lexicons.load()
        // One side pack per article: the one given with --sides, or the one its parties point to.
        let auditor = SidePackAuditor(lexicon: compiled.lexicon, compiled: compiled, chosen: lexicons.sides)
        let reporter = AuditReporters.reporter(for: format, rules: compiled.lexicon.rules)!
        let fileExtension = type(of: reporter).fileExtension
        if let output { try OutputDirectory.create(output) }
        // No report may replace an article, this run's or another input's ("story.md" audited into its own folder).
        let inputs = output == nil ? nil : InputFiles(files)
        var failures = 0
        var usedNames: Set<String> = []
        let timings = benchmark ? PhaseTimings() : nil
        var audited: [SourceText] = []
        // Articles read in order (names and refusals decided as they come), then audited,
        // rendered and written on all cores a batch at a time: writing hundreds of report files
        // one after another left a core idle while the other waited on the file system.
        var batch: [(source: SourceText, path: String?)] = []
        func flush() throws {
            defer { batch.removeAll(keepingCapacity: true) }
            guard let output else {
                for (source, _) in batch {
                    let audit = auditor.audit(source, timings: timings)
                    if benchmark { audited.append(source) }
                    let renderStart = DispatchTime.now().uptimeNanoseconds
                    let report = reporter.render(audit, source: source)
                    timings?.add("report rendering", since: renderStart)
                    // Standard output failing fails every later report too: stop here.
                    try StandardStreams.write(report)
                }
                return
            }
            _ = output
            let problems = ParallelMap.map(batch) { item -> String? in
                let report = reporter.render(auditor.audit(item.source), source: item.source)
                do throws(OutputProblem) {
                    try AtomicFileWriter.write(report, to: item.path!)
                    return nil
                } catch {
                    return error.description
                }
            }
            // Reported in input order, whichever worker met them.
            for case let problem? in problems {
                printError(problem)
                failures += 1
            }
        }
        for file in files {
            let name = output == nil ? nil : uniqueName(for: file, extension: fileExtension, used: &usedNames)
            let path = name.map { (output! as NSString).appendingPathComponent($0) }
            do {
                if let path { try inputs?.refuseOverwriting(path) }
                batch.append((try StandardStreams.readArticle(file), path))
            } catch {
                printError("\(error)")
                failures += 1
                // The name goes to the next input that needs it, as if this one had not been given.
                if let name { usedNames.remove(name) }
                continue
            }
            // One at a time for standard output and --benchmark (timed phase by phase); batches for files.
            if output == nil || benchmark || batch.count == Self.batchSize { try flush() }
        }
        try flush()
        if let timings {
            BenchmarkReport.print(
                BenchmarkReport.lines(
                    phases: BenchmarkReport.phases(timings.seconds), lexicon: auditor.primary.compiled, texts: audited))
        }
        if failures > 0 {
            printError("\(failures) of \(files.count) input(s) could not be audited")
            throw ExitCode(2)
        }
    }

    /// Articles audited together on all cores when writing report files: enough to keep the
    /// cores busy, few enough that their texts and reports stay small in memory.
    static let batchSize = 64

    /// "dir/cairo-talks.txt" -> "cairo-talks.md"; a second input with the same name gets "-2".
    private func uniqueName(for file: String, extension fileExtension: String, used: inout Set<String>) -> String {
        let base = file == "-" ? "stdin" : ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var name = "\(base).\(fileExtension)"
        var counter = 2
        while used.contains(name) {
            name = "\(base)-\(counter).\(fileExtension)"
            counter += 1
        }
        used.insert(name)
        return name
    }
}
