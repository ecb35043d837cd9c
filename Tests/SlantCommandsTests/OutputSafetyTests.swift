import ArgumentParser
import Foundation
import SlantBatch
import Testing

@testable import SlantCommands

/// No input, earlier result or concurrent run loses data to an output: the regressions of issue 12.
@Suite struct OutputSafetyTests {
    static let article = "Israeli officials said the talks failed. Hamas said the strikes killed 12 people.\n"

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-output-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func run(_ arguments: [String]) throws {
        var command = try SlantCommand.parseAsRoot(arguments)
        try command.run()
    }

    /// `count` one-line JSON records, each outlet `outlets(i)`.
    func corpus(_ count: Int, outlet: (Int) -> String = { "Outlet \($0 % 3)" }) -> String {
        (0..<count).map {
            "{\"id\": \"a\($0)\", \"outlet\": \"\(outlet($0))\", \"text\": \"\(Self.article.dropLast()) Story \($0).\"}\n"
        }
        .joined()
    }

    func hiddenLeftovers(_ folder: URL) throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasPrefix(".") }
    }

    @Test func compareKeepsACorpusStoredInItsOutputFolder() throws {
        let output = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let articles = output.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles, withIntermediateDirectories: true)
        let corpus = articles.appendingPathComponent("corpus.jsonl")
        let text = self.corpus(6)
        try text.write(to: corpus, atomically: true, encoding: .utf8)
        let stale = articles.appendingPathComponent("gone-outlet-00000000.jsonl")
        try "{}\n".write(to: stale, atomically: true, encoding: .utf8)

        try run(["compare", corpus.path, "--output", output.path, "--format", "json", "--resamples", "10"])

        #expect(try String(contentsOf: corpus, encoding: .utf8) == text)
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("comparison.json")))
        let accounting = (report as? [String: Any])?["accounting"] as? [String: Any]
        #expect(accounting?["audited"] as? Int == 6)
        let evidence = try FileManager.default.contentsOfDirectory(atPath: articles.path).sorted()
        #expect(evidence == ["corpus.jsonl"] + (0..<3).map { OutletSlug.make("Outlet \($0)") + ".jsonl" }.sorted())
        #expect(try hiddenLeftovers(output).isEmpty)
    }

    @Test func compareRefusesToWriteEvidenceOverAnInput() throws {
        let output = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        try run(["compare", try writeCorpus(in: output, 3), "--output", output.path, "--resamples", "5"])
        let before = try String(contentsOf: output.appendingPathComponent("comparison.md"), encoding: .utf8)
        // A corpus saved under the very name of an outlet's evidence file.
        let input = output.appendingPathComponent("articles/\(OutletSlug.make("Outlet 0")).jsonl")
        let text = corpus(4)
        try text.write(to: input, atomically: true, encoding: .utf8)
        #expect(throws: OutputProblem.self) { try run(["compare", input.path, "--output", output.path, "--resamples", "5"]) }
        #expect(try String(contentsOf: input, encoding: .utf8) == text)
        #expect(try String(contentsOf: output.appendingPathComponent("comparison.md"), encoding: .utf8) == before)
        #expect(try hiddenLeftovers(output).isEmpty)
    }

    func writeCorpus(in folder: URL, _ count: Int) throws -> String {
        let path = folder.appendingPathComponent("corpus-\(UUID().uuidString).jsonl")
        try corpus(count).write(to: path, atomically: true, encoding: .utf8)
        return path.path
    }

    @Test func auditRefusesToReplaceAnArticleWithItsReportAndGoesOn() throws {
        let drafts = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: drafts) }
        let story = drafts.appendingPathComponent("story.md")
        let other = drafts.appendingPathComponent("other.txt")
        try Self.article.write(to: story, atomically: true, encoding: .utf8)
        try Self.article.write(to: other, atomically: true, encoding: .utf8)
        #expect(throws: ExitCode(2)) { try run(["audit", story.path, other.path, "--output", drafts.path]) }
        #expect(try String(contentsOf: story, encoding: .utf8) == Self.article)
        #expect(try String(contentsOf: drafts.appendingPathComponent("other.md"), encoding: .utf8).hasPrefix("# Framing audit"))
        #expect(try hiddenLeftovers(drafts).isEmpty)
    }

    @Test func mergeRefusesToReplaceAPartOfItsInput() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let part = folder.appendingPathComponent("part.json").path
        try run(["compare", try writeCorpus(in: folder, 3), "--partial", part])
        let before = try Data(contentsOf: URL(fileURLWithPath: part))
        #expect(throws: OutputProblem.self) { try run(["merge", part, "--partial", part]) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: part)) == before)
    }

    @Test func aSecondRunIntoTheSameFolderFailsWhileTheFirstHoldsIt() throws {
        let output = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let corpus = try writeCorpus(in: output, 3)
        let first = try OutputLock(directory: output.path)
        do {
            try run(["compare", corpus, "--output", output.path, "--resamples", "5"])
            Issue.record("the second run went ahead")
        } catch let problem as OutputProblem {
            #expect(problem.description.contains("another slant run is writing to this folder (pid \(getpid()))"))
        }
        #expect(!FileManager.default.fileExists(atPath: output.appendingPathComponent("comparison.md").path))
        first.release()
        // A lock file left by a run that died holds no lock.
        try "99999\n".write(to: output.appendingPathComponent(OutputLock.fileName), atomically: true, encoding: .utf8)
        try run(["compare", corpus, "--output", output.path, "--resamples", "5"])
        #expect(FileManager.default.fileExists(atPath: output.appendingPathComponent("comparison.md").path))
        #expect(try hiddenLeftovers(output).isEmpty)
    }

    @Test func atomicWritesReplaceWholeFilesAndNameTheReasonOfAFailure() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("report.md").path
        try AtomicFileWriter.write("first\n", to: path)
        chmod(path, 0o640)
        try AtomicFileWriter.write(Data("second\n".utf8), to: path)
        #expect(try String(contentsOfFile: path, encoding: .utf8) == "second\n")
        #expect((try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int) == 0o640)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path) == ["report.md"])

        let missing = folder.appendingPathComponent("no-such/report.md").path
        #expect(
            throws: OutputProblem(path: missing, reason: "cannot write: No such directory (\(folder.path)/no-such)", code: ENOENT)
        ) {
            try AtomicFileWriter.write("x", to: missing)
        }
        #expect(throws: OutputProblem(path: folder.path, reason: "cannot write: Is a directory", code: EISDIR)) {
            try AtomicFileWriter.write("x", to: folder.path)
        }
        #expect(throws: OutputProblem(path: path, reason: "cannot write: Not a directory")) {
            try OutputDirectory.create("\(path)/x")
        }
    }

    /// A one-character output path ("--output o", "--partial p") crashed the process with SIGILL
    /// in Foundation's `deletingLastPathComponent` before anything was written; its parent is the
    /// current folder. Longer paths keep Foundation's answers.
    @Test func oneCharacterPathsHaveTheCurrentFolderAsParent() {
        for path in ["o", "o/", "o//", "é"] { #expect(ParentPath.of(path) == "", "\(path)") }
        #expect(ParentPath.of("/") == "/")
        #expect(ParentPath.of("//") == "/")
        #expect(ParentPath.of("/o") == "/")
        #expect(ParentPath.of("ab") == "")
        #expect(ParentPath.of("ab/c") == "ab")
        #expect(ParentPath.of("/tmp/out/") == "/tmp")
        #expect(OutputProblem.describe(errno: ENOENT, path: "r") == "No such directory (.)")
    }

    @Test func baselineWriteFailureNamesTheReasonWithoutFoundationText() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let article = folder.appendingPathComponent("story.txt")
        try Self.article.write(to: article, atomically: true, encoding: .utf8)
        var check = try SlantCommand.parseAsRoot(["check", article.path, "--write-baseline", "missing/b.json"]) as! CheckCommand
        #expect(throws: ExitCode(2)) { _ = try check.execute(workingDirectory: folder.path) }
        check = try SlantCommand.parseAsRoot(["check", article.path, "--write-baseline", article.path]) as! CheckCommand
        #expect(throws: ExitCode(2)) { _ = try check.execute(workingDirectory: folder.path) }
        #expect(try String(contentsOf: article, encoding: .utf8) == Self.article)
    }

    @Test(arguments: [
        ["compare", "c.jsonl", "--jobs", "100000"], ["compare", "c.jsonl", "--jobs", "0"],
        ["compare", "c.jsonl", "--resamples", "100000000"], ["merge", "p.json", "--resamples", "-1"],
    ])
    func runSizesBeyondTheLimitsAreUsageErrors(arguments: [String]) {
        #expect(throws: (any Error).self) { try SlantCommand.parseAsRoot(arguments) }
    }

    @Test func runSizesAtTheLimitsAreAccepted() throws {
        _ = try SlantCommand.parseAsRoot(["compare", "c.jsonl", "--jobs", "256", "--resamples", "100000"])
        _ = try SlantCommand.parseAsRoot(["compare", "c.jsonl", "--jobs", "1", "--resamples", "0"])
    }

    /// More outlets than the usual limit of 1,024 open files: every record accounted for, one
    /// compressed evidence file each. (It was 5,000 outlets, which cost CI time and proved no more.)
    @Test func fifteenHundredOutletsAreAllAuditedAndCompressed() throws {
        let output = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: output) }
        let corpus = output.appendingPathComponent("many.jsonl")
        let outlets = 1_500
        try self.corpus(outlets, outlet: { "Outlet \($0)" }).write(to: corpus, atomically: true, encoding: .utf8)
        try run(["compare", corpus.path, "--output", output.path, "--format", "json", "--gzip-evidence", "--resamples", "0"])
        let report = try JSONSerialization.jsonObject(with: Data(contentsOf: output.appendingPathComponent("comparison.json")))
        let accounting = (report as? [String: Any])?["accounting"] as? [String: Any]
        #expect(accounting?["read"] as? Int == outlets)
        #expect(accounting?["audited"] as? Int == outlets)
        #expect(((report as? [String: Any])?["outlets"] as? [Any])?.count == outlets)
        let evidence = try FileManager.default.contentsOfDirectory(atPath: output.appendingPathComponent("articles").path)
        #expect(evidence.count == outlets)
        #expect(evidence.allSatisfy { $0.hasSuffix(".jsonl.gz") })
        #expect(try hiddenLeftovers(output).isEmpty)
    }
}
