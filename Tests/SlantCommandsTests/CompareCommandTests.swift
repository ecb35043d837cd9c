import ArgumentParser
import Foundation
import SlantBatch
import TestSupport
import Testing

@testable import SlantCommands

/// `slant compare` and `slant merge` end to end, on the realistic example's first articles and
/// on a corpus with injected bad records.
@Suite struct CompareCommandTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let example = "abp/israel-palestine.jsonl.gz"

    func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-compare-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func run(_ arguments: [String]) throws {
        var command = try SlantCommand.parseAsRoot(arguments)
        try command.run()
    }

    /// The first `count` lines of the realistic example.
    func exampleLines(_ count: Int) throws -> [String] {
        Array(try BundledData.jsonLines(Self.example).prefix(count))
    }

    /// `--sides us-politics` compares outlets on the Democrats and Republicans; an unknown pack
    /// stops the run with exit code 2 before anything is read.
    @Test func sidesChoosesThePartiesOfTheComparison() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = Array(try BundledData.jsonLines("abp/sample-500.jsonl.gz").prefix(12))
        let corpus = directory.appendingPathComponent("us.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: corpus, atomically: true, encoding: .utf8)
        let output = directory.appendingPathComponent("out")
        try run(["compare", corpus.path, "--sides", "us-politics", "--resamples", "50", "--output", output.path])
        let report = try String(contentsOf: output.appendingPathComponent("comparison.md"), encoding: .utf8)
        #expect(report.contains("Share of attributed words: Democrats"))
        #expect(report.contains("Share of attributed words: Republicans"))
        #expect(!report.contains("Share of attributed words: Israel"))
        #expect(report.contains("us-politics 1.0.0"))
        #expect(throws: ExitCode(2)) { try run(["compare", corpus.path, "--sides", "us-polotics"]) }
    }

    @Test func splitThenMergeWritesTheBytesOfASingleRun() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try exampleLines(60)
        let whole = directory.appendingPathComponent("whole.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: whole, atomically: true, encoding: .utf8)
        let single = directory.appendingPathComponent("single")
        let options = ["--resamples", "300", "--min-articles", "3", "--seed", "11"]
        try run(["compare", whole.path, "--output", single.path, "--format", "json,markdown"] + options)

        var partials: [String] = []
        for (index, range) in [0..<17, 17..<18, 18..<60].enumerated() {
            let part = directory.appendingPathComponent("part\(index).jsonl")
            try (lines[range].joined(separator: "\n") + "\n").write(to: part, atomically: true, encoding: .utf8)
            let partial = directory.appendingPathComponent("part\(index).partial.json").path
            try run(["compare", part.path, "--partial", partial, "--jobs", "\(1 + index % 2)"])
            partials.append(partial)
        }
        let merged = directory.appendingPathComponent("merged")
        try run(["merge"] + partials + ["--output", merged.path, "--format", "json"] + options)

        let expected = try Data(contentsOf: single.appendingPathComponent("comparison.json"))
        let actual = try Data(contentsOf: merged.appendingPathComponent("comparison.json"))
        #expect(actual == expected)
        #expect(expected.count > 10_000)

        // The partials concatenated into one file merge the same way (what a map step's output is).
        let concatenated = directory.appendingPathComponent("all.partials")
        var joined = Data()
        for partial in partials { joined += try Data(contentsOf: URL(fileURLWithPath: partial)) }
        try joined.write(to: concatenated)
        let again = directory.appendingPathComponent("again")
        try run(["merge", concatenated.path, "--output", again.path, "--format", "json"] + options)
        #expect(try Data(contentsOf: again.appendingPathComponent("comparison.json")) == expected)
    }

    /// Issue 14's opinion split, near duplicates and outlet boilerplate through the commands: the
    /// table is written by one run and read by the next, and split-then-merge with all three
    /// writes the bytes of a single run.
    @Test func opinionNearDuplicatesAndBoilerplateSplitAndMergeExactly() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // The example's first 60 articles and the two copies of one AP story (Politico, Fox).
        let all = try BundledData.jsonLines(Self.example)
        let lines =
            Array(all.prefix(60)) + all.filter { $0.contains("\"hLJTwX29AEClgy3a\"") || $0.contains("\"alNaerSF4wSmafd1\"") }
        #expect(lines.count == 62)
        let whole = directory.appendingPathComponent("whole.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: whole, atomically: true, encoding: .utf8)
        let table = directory.appendingPathComponent("boilerplate.json").path
        try run(["compare", whole.path, "--find-boilerplate", table, "--boilerplate-min-articles", "2"])
        #expect(try BoilerplateTable.load(table).groups.contains { !$0.lines.isEmpty })
        let marking = [
            "--opinion-url-pattern", "/(opinions?|columnists|commentary)/", "--near-duplicates", "--boilerplate", table,
        ]
        let options = ["--resamples", "100", "--min-articles", "2", "--seed", "3", "--min-relevance", "0"]
        let single = directory.appendingPathComponent("single")
        try run(["compare", whole.path, "--output", single.path, "--format", "json"] + marking + options)
        var partials: [String] = []
        for (index, range) in [40..<62, 0..<40].enumerated() {
            let part = directory.appendingPathComponent("part\(index).jsonl")
            try (lines[range].joined(separator: "\n") + "\n").write(to: part, atomically: true, encoding: .utf8)
            let partial = directory.appendingPathComponent("part\(index).partial.json").path
            try run(["compare", part.path, "--partial", partial, "--min-relevance", "0"] + marking)
            partials.append(partial)
        }
        let merged = directory.appendingPathComponent("merged")
        try run(["merge"] + partials + ["--output", merged.path, "--format", "json"] + options.dropLast(2))
        let expected = try Data(contentsOf: single.appendingPathComponent("comparison.json"))
        #expect(try Data(contentsOf: merged.appendingPathComponent("comparison.json")) == expected)
        let json = String(decoding: expected, as: UTF8.self)
        #expect(json.contains("\"originalID\" : \"hLJTwX29AEClgy3a\""))
        #expect(json.contains("\"boilerplate\" : {"))
        // A pattern that does not compile is refused before anything is read.
        #expect(throws: (any Error).self) { try run(["compare", whole.path, "--opinion-url-pattern", "/(opinion"]) }
        // A table made for another grouping is refused, naming the file.
        #expect(throws: ExitCode(2)) {
            try run(["compare", whole.path, "--boilerplate", table, "--group-by", "allsides_rating"])
        }
    }

    @Test func badRecordsAreListedAndAnArticleOverAMegabyteIsAudited() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try exampleLines(12).map { Array($0.utf8) }
        // A megabyte and a half of real article text under one outlet: its line spans two of the
        // reader's 1 MB chunks. (It was 5 MB, which proved nothing more and was the slowest test,
        // run three times in CI: here and under both sanitizers.)
        let paragraphs = try exampleLines(40).compactMap {
            (try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])?["text"] as? String
        }
        var big = ""
        var index = 0
        while big.utf8.count < 3 * 1024 * 1024 / 2 {
            big += paragraphs[index % paragraphs.count] + "\n\n"
            index += 1
        }
        let bigLine = try JSONSerialization.data(
            withJSONObject: ["id": "big", "outlet": "Huge Daily", "text": big], options: [.sortedKeys])
        var corpus: [[UInt8]] = Array(lines[0..<5])
        corpus.append(Array("{\"id\": \"broken\", \"outlet\": \"CNN (Web News)\", \"text\": \"unterminated".utf8))  // line 6
        corpus.append(Array("{\"id\": \"no-text\", \"outlet\": \"CNN (Web News)\", \"title\": \"Missing\"}".utf8))  // line 7
        // line 8: "café" in Latin-1
        let latin1 = Array("{\"id\": \"latin1\", \"outlet\": \"BBC News\", \"text\": \"Gaza caf".utf8) + [0xE9]
        corpus.append(latin1 + Array("\"}".utf8))
        corpus.append([UInt8](bigLine))  // line 9
        corpus.append(Array("{\"id\": \"nul\", \"outlet\": \"BBC News\", \"text\": \"\\u0000\\u0001\"}".utf8))  // line 10
        corpus += Array(lines[5..<12])  // lines 11-17
        let file = directory.appendingPathComponent("injected.jsonl")
        try Data(corpus.joined(separator: [0x0A]) + [0x0A]).write(to: file)
        let csv = directory.appendingPathComponent("extra.csv")
        try "id,outlet,text\nc1,Wire,Hamas said the talks failed.\nc2,Wire\n".write(to: csv, atomically: true, encoding: .utf8)

        let output = directory.appendingPathComponent("report")
        try run([
            "compare", file.path, csv.path, "--output", output.path, "--format", "markdown,json,csv", "--resamples", "50",
            "--min-relevance", "0",
        ])

        let comparison = try JSONDecoder().decode(
            Comparison.self, from: try Data(contentsOf: output.appendingPathComponent("comparison.json")))
        let accounting = comparison.accounting
        #expect(accounting.read == 19)
        #expect(accounting.audited == 14)
        #expect(accounting.balances)
        let skipped = accounting.skippedRecords.map {
            "\(($0.file as NSString).lastPathComponent):\($0.line) \($0.reason.rawValue)"
        }
        #expect(
            skipped == [
                "injected.jsonl:6 malformed-json", "injected.jsonl:7 missing-field", "injected.jsonl:8 invalid-utf8",
                "injected.jsonl:10 binary-text", "extra.csv:3 missing-field",
            ])
        #expect(comparison.outlets.first { $0.name == "Huge Daily" }?.articles == 1)
        let markdown = try String(contentsOf: output.appendingPathComponent("comparison.md"), encoding: .utf8)
        #expect(markdown.contains("Records read: **19** = audited **14** + skipped **5** (balances)"))
        for record in accounting.skippedRecords { #expect(markdown.contains("`\(record.location)`")) }
        #expect(markdown.hasSuffix("\n"))
        let huge = output.appendingPathComponent("articles/\(OutletSlug.make("Huge Daily")).jsonl")
        #expect(try Data(contentsOf: huge).count > 100_000)
    }

    @Test func reportGoesToStandardOutputAndFormatsAreChecked() throws {
        #expect(throws: (any Error).self) { try SlantCommand.parseAsRoot(["compare", "x.jsonl", "--format", "pdf"]) }
        #expect(throws: (any Error).self) { try SlantCommand.parseAsRoot(["compare", "x.jsonl", "--format", "json,csv"]) }
        #expect(throws: (any Error).self) { try SlantCommand.parseAsRoot(["compare", "-", "-"]) }
    }

    @Test func mergeRefusesWhatIsNotAPartial() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let bogus = directory.appendingPathComponent("bogus.json")
        try "{\"kind\": \"something-else\"}\n".write(to: bogus, atomically: true, encoding: .utf8)
        #expect(throws: ExitCode(2)) { try run(["merge", bogus.path, "--format", "json"]) }
    }

    @Test func unreadableInputExitsWithTwoAfterReporting() throws {
        let directory = try temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        #expect(throws: ExitCode(2)) {
            try run(["compare", "/nonexistent.jsonl", "--output", directory.path, "--format", "json"])
        }
        #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("comparison.json").path))
    }
}
