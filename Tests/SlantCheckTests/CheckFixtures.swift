import ArgumentParser
import Foundation
import SlantCore
import SlantDefaultLexicons
import TestSupport

@testable import SlantCommands

/// Paths, lexicons and runners shared by the check tests.
enum CheckFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let folder = "Tests/SlantCheckTests/Fixtures"
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")
    static let sample = "Examples/cairo-talks.txt"

    static let lexicon = DefaultLexicon.compiled

    static func path(_ name: String) -> String { "\(folder)/\(name)" }

    static func read(_ relativePath: String) throws -> SourceText {
        try InputDecoder.read(path: root.appendingPathComponent(relativePath).path)
    }

    /// Checks text written in the test, as a file named `name` (its extension picks the markup).
    static func check(
        _ text: String, name: String = "story.txt", configuration: CheckConfiguration = .defaults
    ) throws -> CheckedFile {
        let source = try InputDecoder.decode(Array(text.utf8), name: name)
        return try Checker(compiled: lexicon, configuration: configuration).check(
            source, path: name, markup: MarkupKind.detect(path: name, bytes: source.bytes))
    }

    /// Checks a file of the repository (path relative to its root).
    static func check(file relativePath: String, markup: MarkupKind? = nil, configuration: CheckConfiguration = .defaults)
        throws -> CheckedFile
    {
        let source = try read(relativePath)
        return try Checker(compiled: lexicon, configuration: configuration).check(
            source, path: relativePath, markup: markup ?? MarkupKind.detect(path: relativePath, bytes: source.bytes))
    }

    static func configuration(_ yaml: String, file: String = ".slant.yml") throws -> CheckConfiguration {
        try CheckConfigurationLoader.parse(yaml, file: file, directory: "")
    }

    /// `slant check ARGUMENTS` run from `directory` (the repository root by default): output and exit code.
    /// Usage, configuration and input errors surface as a thrown `ExitCode` or a parse error.
    static func runCheck(_ arguments: [String], in directory: URL = root) throws -> (output: String, exitCode: Int32) {
        let parsed = try SlantCommand.parseAsRoot(["check"] + arguments)
        guard let command = parsed as? CheckCommand else { throw ValidationError("not a check command") }
        return try command.execute(workingDirectory: directory.path)
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-check-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// (rule, voice, matched text) of each finding: what must agree between two versions of an article.
    static func signature(_ findings: [CheckFinding]) -> [String] {
        findings.map { "\($0.ruleID) | \($0.voice?.rawValue ?? "-") | \($0.severity.rawValue) | \($0.text)" }
    }
}
