import ArgumentParser
import Foundation
import Testing

@testable import SlantCommands

@Suite struct CommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func run(_ arguments: [String]) throws {
        var command = try SlantCommand.parseAsRoot(arguments)
        try command.run()
    }

    @Test func auditWritesOneReportPerArticle() throws {
        let output = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let sample = Self.root.appendingPathComponent("Examples/cairo-talks.txt").path
        try run(["audit", sample, "--format", "json", "--output", output.path])
        let report = try String(contentsOf: output.appendingPathComponent("cairo-talks.json"), encoding: .utf8)
        #expect(report.contains("\"schemaVersion\" : 2"))
    }

    @Test func badInputsAreReportedAndTheRestIsAudited() throws {
        let output = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let empty = output.appendingPathComponent("empty.txt")
        let binary = output.appendingPathComponent("binary.txt")
        try Data().write(to: empty)
        try Data([0x00, 0x01, 0x02]).write(to: binary)
        let sample = Self.root.appendingPathComponent("Examples/cairo-talks.txt").path
        #expect(throws: ExitCode(2)) {
            try run(["audit", empty.path, binary.path, "/nonexistent.txt", sample, "--output", output.path])
        }
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("cairo-talks.md").path))
    }

    @Test func unknownFormatIsAUsageError() {
        #expect(throws: (any Error).self) { try SlantCommand.parseAsRoot(["audit", "x.txt", "--format", "pdf"]) }
    }

    @Test func brokenLexiconStopsWithExitCodeTwo() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "pack: broken\nkind: rules\nversion: 1.0.0\ndescription: d\nrules:\n  - id: x\n    colour: red\n".write(
            to: directory.appendingPathComponent("broken.yml"), atomically: true, encoding: .utf8)
        #expect(throws: ExitCode(2)) { try run(["lexicon", "lint", "--lexicons", directory.path]) }
    }

    @Test func defaultLexiconsLintAndTestCleanly() throws {
        try run(["lexicon", "lint"])
        try run(["lexicon", "test"])
    }

    @Test func sameNamesGetDistinctReports() throws {
        let output = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let first = output.appendingPathComponent("a")
        let second = output.appendingPathComponent("b")
        for folder in [first, second] {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try "Hamas said the talks failed.".write(
                to: folder.appendingPathComponent("story.txt"), atomically: true, encoding: .utf8)
        }
        let reports = output.appendingPathComponent("reports")
        try run([
            "audit", first.appendingPathComponent("story.txt").path, second.appendingPathComponent("story.txt").path, "--output",
            reports.path,
        ])
        let names = try FileManager.default.contentsOfDirectory(atPath: reports.path).sorted()
        #expect(names == ["story-2.md", "story.md"])
    }
}
