import ArgumentParser
import Foundation
import SlantBatch
import SlantCore
import SlantDefaultLexicons
import SlantReporters

/// `slant check FILE...`: lint-style findings for editors and newsroom CI. Exit code 0 when
/// clean, 1 with errors (or warnings with `--strict`), 2 for usage, configuration or input errors.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check articles before publication: findings with line:column, suggestions and an exit code for CI.",
        discussion:
            "Configuration: .slant.yml in the working directory or above (or --config). See docs/pre-publication-checks.md.")

    @Argument(help: "Articles: plain text, Markdown (.md) or HTML (.html); \"-\" reads standard input.")
    var files: [String] = []

    @Option(help: "Output format: \(CheckReporters.identifiers.joined(separator: ", ")).")
    var format: String = TextCheckReporter.identifier

    @OptionGroup var configFile: ConfigurationOptions

    @Flag(help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Option(help: ArgumentHelp("Leave out the known findings listed in FILE.", valueName: "FILE"))
    var baseline: String?

    @Option(
        name: .customLong("write-baseline"),
        help: ArgumentHelp("Record every current finding in FILE as known, and report against it.", valueName: "FILE"))
    var writeBaseline: String?

    @Option(help: "How inputs are written: auto (by extension, then content), text, markdown or html.")
    var markup: String = "auto"

    @OptionGroup var lexicons: LexiconOptions

    func validate() throws {
        guard CheckReporters.reporter(for: format) != nil else {
            throw ValidationError("unknown format '\(format)'; use one of: \(CheckReporters.identifiers.joined(separator: ", "))")
        }
        guard markup == "auto" || MarkupKind(rawValue: markup) != nil else {
            throw ValidationError("unknown markup '\(markup)'; use auto, text, markdown or html")
        }
        guard !files.isEmpty else { throw ValidationError("give at least one article file, or - for standard input") }
    }

    func run() throws {
        let outcome = try execute()
        try StandardStreams.write(outcome.output)
        if outcome.exitCode != 0 { throw ExitCode(outcome.exitCode) }
    }

    /// The report and the exit code; configuration and lexicon problems are printed and thrown
    /// as exit code 2. Separate from `run()` so tests can read the output. Relative paths are
    /// resolved against `workingDirectory` when one is given (tests run in parallel and cannot
    /// change directory), and are always shown as given.
    func execute(workingDirectory: String? = nil) throws -> (output: String, exitCode: Int32) {
        func resolve(_ path: String) -> String {
            guard let workingDirectory, path != "-", !path.hasPrefix("/") else { return path }
            return (workingDirectory as NSString).appendingPathComponent(path)
        }
        let configuration = try configFile.load(workingDirectory: workingDirectory)
        var lexiconOptions = lexicons
        lexiconOptions.directories = lexicons.directories.map(resolve) + configuration.lexiconDirectories
        let compiled = try lexiconOptions.load(
            houseStyles: configuration.houseStyle.map { [$0] } ?? [], workingDirectory: workingDirectory)
        let problems = configuration.problems(against: compiled.lexicon)
        guard problems.isEmpty else {
            for problem in problems { printError("\(problem)") }
            throw ExitCode(2)
        }
        var knownFindings = try baseline.map { path in
            try orExit { () throws(ConfigurationProblem) in try BaselineFile.load(path: resolve(path)) }
        }
        let checker = Checker(compiled: compiled, configuration: configuration)
        var checked: [CheckedFile] = []
        var unreadable = 0
        for file in files {
            do throws(InputProblem) {
                let source = try StandardStreams.readArticle(resolve(file))
                let kind = MarkupKind(rawValue: markup) ?? MarkupKind.detect(path: file, bytes: source.bytes)
                checked.append(try checker.check(source, path: displayPath(file), markup: kind))
            } catch {
                printError(error.description)
                unreadable += 1
            }
        }
        if let writeBaseline {
            let recorded = BaselineFile(files: checked)
            do {
                // Replaced whole (an interrupted run keeps the old baseline), and never over an article.
                try InputFiles(files.map(resolve)).refuseOverwriting(resolve(writeBaseline))
                try AtomicFileWriter.write(recorded.encoded(), to: resolve(writeBaseline))
            } catch {
                printError("\(writeBaseline): \(error.reason)")
                throw ExitCode(2)
            }
            knownFindings = recorded
        }
        if let knownFindings { checked = checked.map(knownFindings.apply) }
        let report = checker.report(files: checked, unreadable: unreadable)
        let output = CheckReporters.reporter(for: format)!.render(report)
        return (output, report.summary.exitCode(strict: strict))
    }

    /// Runs `body`; a configuration problem is printed with its file and line and ends the run
    /// with exit code 2.
    private func orExit<Value>(_ body: () throws(ConfigurationProblem) -> Value) throws -> Value {
        do {
            return try body()
        } catch {
            printError("\(error)")
            throw ExitCode(2)
        }
    }

    /// The path as given, without "./", so baselines match however the file is named.
    private func displayPath(_ file: String) -> String {
        guard file != "-" else { return "<stdin>" }
        var path = file
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }
}
