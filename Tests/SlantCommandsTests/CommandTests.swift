import ArgumentParser
import Foundation
import TestSupport
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

    /// The page marks the article it was given: the command passes each article's text to the
    /// reporter (the audit alone holds no text), batched or not, and documents the format.
    @Test func auditWritesTheAnnotatedPage() throws {
        let output = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let sample = Self.root.appendingPathComponent("Examples/cairo-talks.txt").path
        let other = output.appendingPathComponent("other.txt")
        try "Hamas militants fired rockets, the Israeli military said.\n".write(to: other, atomically: true, encoding: .utf8)
        try run(["audit", sample, other.path, "--format", "html", "--output", output.path])
        let page = try String(contentsOf: output.appendingPathComponent("cairo-talks.html"), encoding: .utf8)
        #expect(page.contains("<div class=\"text\">The negotiations between Israel and Hamas"))
        #expect(page.contains("data-kind=\"finding\" data-rule=\"label.militant-group\""))
        let otherPage = try String(contentsOf: output.appendingPathComponent("other.html"), encoding: .utf8)
        #expect(otherPage.contains("data-rule=\"label.militants\""))
        #expect(AuditCommand.helpMessage().contains("html"))
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

    /// Reports written a batch at a time on all cores are the ones each article gets alone.
    @Test func batchedReportFilesEqualSingleAudits() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let texts = try BundledData.jsonLines(RealArticles.file).prefix(AuditCommand.batchSize + 9).map { line in
            (try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any])["text"] as! String
        }
        var paths: [String] = []
        for (index, text) in texts.enumerated() {
            let path = folder.appendingPathComponent(String(format: "article-%03d.txt", index)).path
            try text.write(toFile: path, atomically: true, encoding: .utf8)
            paths.append(path)
        }
        let together = folder.appendingPathComponent("together")
        try run(["audit"] + paths + ["--format", "json", "--output", together.path])
        for (index, path) in paths.enumerated() where index % 9 == 0 {
            let alone = folder.appendingPathComponent("alone-\(index)")
            try run(["audit", path, "--format", "json", "--output", alone.path])
            let name = String(format: "article-%03d.json", index)
            let expected = try Data(contentsOf: alone.appendingPathComponent(name))
            #expect(try Data(contentsOf: together.appendingPathComponent(name)) == expected, "\(name)")
        }
        let written = try FileManager.default.contentsOfDirectory(atPath: together.path).filter { $0.hasSuffix(".json") }
        #expect(written.count == texts.count)
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

    /// `--house-style FILE` reaches the audit: the newsroom's term is a finding, and the report
    /// says which house style made it.
    @Test func auditAppliesAHouseStyleFile() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let style = directory.appendingPathComponent("house.yml")
        try
            "rules:\n  label.militants: {polarity: pejorative}\nterms:\n  - term: sustainable peace\n    use: [lasting ceasefire]\n"
            .write(to: style, atomically: true, encoding: .utf8)
        let sample = Self.root.appendingPathComponent("Examples/cairo-talks.txt").path
        try run(["audit", sample, "--house-style", style.path, "--output", directory.path])
        let report = try String(contentsOf: directory.appendingPathComponent("cairo-talks.md"), encoding: .utf8)
        #expect(report.contains("`house.sustainable-peace`"))
        #expect(report.contains("militants (pejorative, 3:440)"))
        // The pack's version changes with the lexicon; the house-style suffix is what is tested.
        #expect(report.range(of: #"actor-labels [0-9]+\.[0-9]+\.[0-9]+\+house\."#, options: .regularExpression) != nil)
        let broken = directory.appendingPathComponent("broken.yml")
        try "rules:\n  label.nothing: {severity: info}\n".write(to: broken, atomically: true, encoding: .utf8)
        #expect(throws: ExitCode(2)) { try run(["audit", sample, "--house-style", broken.path]) }
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
