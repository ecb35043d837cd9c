import Foundation
import Testing

/// Standard output that cannot be written and standard input that is closed are errors with a
/// reason and exit code 2 in every command that uses them (they were `try!` traps, exit 132);
/// an interrupted compare leaves the previous results whole.
@Suite struct StandardStreamTests {
    static let sample = SlantProcess.root.appendingPathComponent("Examples/cairo-talks.txt").path

    /// Fails, never skips, without the binary: `make test` builds it first.
    init() throws {
        try #require(SlantProcess.available, "needs the built .build/debug/slant (`make build`)")
    }

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-streams-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// Each command's report, given what it reads in `folder`.
    func commands(in folder: URL) throws -> [[String]] {
        let corpus = folder.appendingPathComponent("corpus.jsonl").path
        let article = try String(contentsOfFile: Self.sample, encoding: .utf8)
        let record = try JSONSerialization.data(withJSONObject: ["outlet": "A", "text": article])
        try (record + Data("\n".utf8)).write(to: URL(fileURLWithPath: corpus))
        let part = folder.appendingPathComponent("part.json").path
        #expect(try SlantProcess.run(["compare", corpus, "--partial", part, "--resamples", "5"]).exitCode == 0)
        return [
            ["audit", Self.sample], ["check", Self.sample], ["compare", corpus, "--resamples", "5"],
            ["merge", part, "--resamples", "5"], ["explain", "loaded.aggression"],
        ]
    }

    @Test func aFullDiskOnStandardOutputIsAnErrorWithItsReason() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in try commands(in: folder) {
            let outcome = try SlantProcess.run(command, output: .file("/dev/full", flags: O_WRONLY))
            #expect(outcome.exitCode == 2, "\(command)")
            #expect(outcome.standardError.contains("cannot write to standard output: No space left on device"), "\(command)")
        }
    }

    @Test func aClosedStandardOutputIsAnErrorWithItsReason() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        for command in try commands(in: folder) {
            let outcome = try SlantProcess.run(command, output: .closed)
            #expect(outcome.exitCode == 2, "\(command)")
            #expect(outcome.standardError.contains("cannot write to standard output: it is closed"), "\(command)")
        }
    }

    @Test(arguments: ["audit", "check", "compare", "merge"])
    func aClosedStandardInputIsAnErrorWithItsReason(command: String) throws {
        let outcome = try SlantProcess.run([command, "-"], input: .closed)
        #expect(outcome.exitCode == 2)
        #expect(outcome.standardError.contains("-: cannot read: standard input is closed"))
    }

    /// Terminated at some point of a run that replaces earlier results: either the run finished,
    /// or the earlier reports and evidence are there unchanged; never a temporary file or a lock.
    @Test func anInterruptedCompareLeavesThePreviousResultsWhole() throws {
        let folder = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("out")
        let article = try String(contentsOfFile: Self.sample, encoding: .utf8)
        func corpus(_ name: String, _ count: Int) throws -> String {
            let path = folder.appendingPathComponent(name).path
            var lines = Data()
            for index in 0..<count {
                lines += try JSONSerialization.data(withJSONObject: [
                    "outlet": "Outlet \(index % 7)", "text": article + " \(index)",
                ])
                lines += Data("\n".utf8)
            }
            try lines.write(to: URL(fileURLWithPath: path))
            return path
        }
        let small = try corpus("small.jsonl", 3)
        let large = try corpus("large.jsonl", 400)
        let arguments = ["--output", output.path, "--format", "markdown,json", "--resamples", "20", "--jobs", "1"]
        #expect(try SlantProcess.run(["compare", small] + arguments).exitCode == 0)
        let snapshot = try self.snapshot(output)
        for delay in [0.3, 1.5] {
            let process = try SlantProcess(["compare", large] + arguments)
            Thread.sleep(forTimeInterval: delay)
            kill(process.pid, SIGTERM)
            let outcome = process.wait()
            let names = try FileManager.default.contentsOfDirectory(atPath: output.path)
            #expect(!names.contains { $0.hasPrefix(".") }, "left behind: \(names)")
            if outcome.exitCode == 0 {
                #expect(try self.snapshot(output) != snapshot)
                break
            }
            #expect(outcome.exitCode == 128 + SIGTERM || outcome.signal == SIGTERM)
            #expect(try self.snapshot(output) == snapshot)
        }
    }

    /// Every file under `folder` and its bytes.
    func snapshot(_ folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path)! {
            var isDirectory: ObjCBool = false
            let full = folder.appendingPathComponent(path)
            if FileManager.default.fileExists(atPath: full.path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[path] = try Data(contentsOf: full)
            }
        }
        return files
    }
}
