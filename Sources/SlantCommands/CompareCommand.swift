import ArgumentParser
import Foundation
import SlantBatch
import SlantCore
import SlantReporters

/// `slant compare INPUT...`: audit a corpus on all cores and compare its outlets.
struct CompareCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "compare",
        abstract: "Compare how outlets frame the conflict across a corpus, with intervals and per-article evidence.",
        discussion: """
            Inputs: JSON Lines (.jsonl), CSV/TSV with a header row, directories of .txt/.md articles (outlet from \
            YAML front matter or a sidecar manifest), single article files, and - for standard input (JSON Lines \
            unless --input-format says otherwise). Bad records are skipped, listed and counted; the run goes on.
            """)

    @Argument(help: "Corpus files or directories; - for standard input.")
    var inputs: [String]

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var comparison: ComparisonOptions
    @OptionGroup var events: EventOptions

    @Option(
        help: ArgumentHelp(
            "Write per-outlet sufficient statistics to FILE (- for standard output) for `slant merge`.", valueName: "FILE"))
    var partial: String?

    @Option(
        help: ArgumentHelp(
            "Instead of comparing, write to FILE the lines found alone in at least --boilerplate-min-articles articles of one outlet (JSON, to read and then use with --boilerplate).",
            valueName: "FILE"))
    var findBoilerplate: String?

    @Option(help: ArgumentHelp("The number of an outlet's articles a line must be in for --find-boilerplate.", valueName: "N"))
    var boilerplateMinArticles: Int = BoilerplateFinder.defaultMinimumArticles

    @Flag(
        help: "Compress the evidence files with gzip (articles/<outlet>.jsonl.gz), on the workers; the report links to them.")
    var gzipEvidence = false

    @Option(help: "Worker threads, \(RunLimits.jobs.lowerBound) to \(RunLimits.jobs.upperBound); the default is one per core.")
    var jobs: Int = min(ProcessInfo.processInfo.activeProcessorCount, RunLimits.jobs.upperBound)

    @Flag(
        help: """
            Print on standard error the time per phase (the audit's phases summed over the workers, then the run's own \
            steps) and the slowest rules on the first \(BatchBenchmark.sampleSize) articles.
            """)
    var benchmark = false

    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        guard !inputs.isEmpty else {
            throw ValidationError("give at least one corpus file or directory, or - for standard input")
        }
        guard inputs.filter({ $0 == "-" }).count <= 1 else { throw ValidationError("standard input (-) can be read only once") }
        guard RunLimits.jobs.contains(jobs) else {
            throw ValidationError("--jobs must be from \(RunLimits.jobs.lowerBound) to \(RunLimits.jobs.upperBound)")
        }
        if gzipEvidence && comparison.output == nil { throw ValidationError("--gzip-evidence needs --output DIR") }
        guard boilerplateMinArticles >= 2 else { throw ValidationError("--boilerplate-min-articles must be at least 2") }
        if findBoilerplate != nil && (partial != nil || comparison.output != nil || corpus.boilerplate != nil) {
            throw ValidationError("--find-boilerplate writes only the table: drop --partial, --output and --boilerplate")
        }
    }

    func run() throws {
        let inputFiles = InputFiles(inputs)
        if inputs.contains("-") && StandardStreams.closedAtStart.contains(STDIN_FILENO) {
            printError("-: cannot read: standard input is closed")
            throw ExitCode(2)
        }
        try ComparisonOutput.refuseReplacingInputs(inputFiles, options: comparison, partial: partial)
        // Lines an article repeats (captions, credits) are boilerplate: dropped like debris.
        let aliases: OutletAliases
        let boilerplate: BoilerplateTable?
        do {
            aliases =
                try corpus.outletAliases.map { path throws(MergeProblem) in try OutletAliases.load(path) } ?? OutletAliases()
            boilerplate = try corpus.boilerplate.map { path throws(MergeProblem) in try BoilerplateTable.load(path) }
            if let boilerplate, let path = corpus.boilerplate, boilerplate.groupField != corpus.by {
                throw MergeProblem(
                    file: path, message: "groups by \"\(boilerplate.groupField)\", this run by \"\(corpus.by)\"")
            }
        } catch let problem as MergeProblem {
            printError(problem.description)
            throw ExitCode(2)
        }
        if let findBoilerplate {
            try writeBoilerplate(to: findBoilerplate, files: inputFiles, aliases: aliases)
            return
        }
        let auditor = Auditor(compiled: try lexicons.load(), dropsRepeatedLines: true)
        // Nothing in --output changes until the run is complete: evidence and reports are staged
        // in a hidden folder inside it and moved into place at the end, by one run at a time.
        let folder = try StagedOutputFolder.open(comparison.output, inputs: inputFiles)
        defer { folder?.close() }
        let staging = folder?.staging
        var fields = corpus.fields
        fields.event = events.eventField
        let options = BatchOptions(
            fields: fields, format: corpus.inputFormat, manifest: corpus.manifest, maxRecordBytes: corpus.maxRecordBytes,
            jobs: jobs, evidenceDirectory: staging?.path, compressesEvidence: gzipEvidence,
            minimumRelevance: corpus.minRelevance, periodGranularity: corpus.byPeriod, aliases: aliases,
            opinion: corpus.opinionMarking, findsNearDuplicates: corpus.nearDuplicates, boilerplate: boilerplate,
            events: events.settings,
            resampling: Resampling(seed: comparison.settings.seed, resamples: comparison.settings.resamples))
        let progress = ProgressBar()
        let measured = benchmark ? BatchBenchmark() : nil
        var steps: [(name: String, seconds: Double)] = []
        func step<Result>(_ name: String, _ work: () throws -> Result) rethrows -> Result {
            let start = PhaseTimings.now()
            defer { steps.append((name, Double(PhaseTimings.now() - start) / 1e9)) }
            return try work()
        }
        let statistics = try step("run: reading and auditing, wall clock on \(jobs) worker(s)") {
            try BatchRunner(auditor: auditor, options: options).run(inputs, benchmark: measured) { progress.update($0) }
        }
        progress.finish()
        if let partial {
            try step("run: writing partial results") {
                try ComparisonOutput.writePartial(statistics, to: partial, inputs: inputFiles)
            }
        }
        // With --partial and no --output the partial results are the product; no report.
        if partial == nil || comparison.output != nil {
            let result = step("run: comparison, bootstrap intervals, characteristic terms") {
                ComparisonBuilder.build(statistics, settings: comparison.settings)
            }
            let context = ComparisonContext(
                inputs: inputs, evidenceFolder: comparison.output == nil ? nil : BatchOptions.evidenceFolder,
                evidenceExtension: options.evidenceExtension)
            try step("run: writing reports") {
                try ComparisonOutput.write(result, options: comparison, context: context, staging: staging)
                try staging?.commit(evidenceFolder: BatchOptions.evidenceFolder)
            }
        }
        if let measured {
            let workerPhases = BenchmarkReport.phases(measured.seconds).map {
                (name: "audit: \($0.name), CPU over workers", $0.seconds)
            }
            BenchmarkReport.print(
                BenchmarkReport.lines(phases: workerPhases + steps, lexicon: auditor.compiled, texts: measured.sample))
        }
        ComparisonOutput.reportProblems(statistics.accounting)
        if !statistics.accounting.inputFailures.isEmpty { throw ExitCode(2) }
    }

    /// `--find-boilerplate FILE`: one pass over the corpus, no audit; skipped records are named
    /// on standard error, since there is no report to list them.
    private func writeBoilerplate(to path: String, files: InputFiles, aliases: OutletAliases) throws {
        if path != "-" { try files.refuseOverwriting(path) }
        let options = BatchOptions(
            fields: corpus.fields, format: corpus.inputFormat, manifest: corpus.manifest, maxRecordBytes: corpus.maxRecordBytes,
            jobs: 1, aliases: aliases, opinion: corpus.opinionMarking)
        let (table, accounting) = BoilerplateFinder(options: options, minimumArticles: boilerplateMinArticles).find(inputs)
        for record in accounting.skippedRecords {
            printWarning("\(record.location): skipped (\(record.reason.rawValue)): \(record.detail)")
        }
        let data = try table.encoded()
        if path == "-" {
            try StandardStreams.write(data)
        } else {
            try AtomicFileWriter.write(data, to: path)
        }
        if accounting.skipped > 0 {
            printWarning(
                "\(accounting.read) records read: \(accounting.audited) counted, \(accounting.skipped) skipped (listed above)")
        }
        for failure in accounting.inputFailures { printError("\(failure.location): \(failure.problem)") }
        if !accounting.inputFailures.isEmpty { throw ExitCode(2) }
    }
}
