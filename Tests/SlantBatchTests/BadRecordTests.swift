import Foundation
import SlantBatch
import Testing

/// Nothing lost: every bad record is skipped with its file, line and reason, the run goes on,
/// and read = audited + skipped.
@Suite struct BadRecordTests {
    func reasons(_ statistics: CorpusStatistics) -> [String: SkipReason] {
        Dictionary(
            uniqueKeysWithValues: statistics.accounting.skippedRecords.map {
                ("\($0.file.split(separator: "/").last!):\($0.line)", $0.reason)
            })
    }

    @Test func jsonLinesProblemsAreListedWithTheirLines() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        var lines = [
            TestCorpus.jsonLine(0),  // 1
            "{\"outlet\": \"X\", \"text\": ",  // 2 malformed
            "[1, 2]",  // 3 not an object
            "{\"outlet\": \"X\", \"title\": \"no text\"}",  // 4 missing text
            "{\"outlet\": \"X\", \"text\": \"   \"}",  // 5 empty
            "{\"outlet\": \"X\", \"text\": \"a\\u0000b\"}",  // 6 binary
            "{\"text\": \"Hamas said so.\"}",  // 7 no outlet
            "",  // blank: not a record
            TestCorpus.jsonLine(1),  // 9
        ].map { Array($0.utf8) }
        lines.insert(Array("{\"outlet\": \"X\", \"text\": \"caf".utf8) + [0xE9] + Array("\"}".utf8), at: 8)  // 9 invalid UTF-8
        let file = directory.appendingPathComponent("bad.jsonl")
        try Data(lines.joined(separator: [0x0A]) + [0x0A]).write(to: file)
        let statistics = try TestCorpus.run([file.path])
        let accounting = statistics.accounting
        #expect(accounting.read == 9)
        #expect(accounting.audited == 2)
        #expect(accounting.balances)
        #expect(
            reasons(statistics) == [
                "bad.jsonl:2": .malformedJSON, "bad.jsonl:3": .notAnObject, "bad.jsonl:4": .missingField,
                "bad.jsonl:5": .emptyText, "bad.jsonl:6": .binaryText, "bad.jsonl:7": .missingField, "bad.jsonl:9": .invalidUTF8,
            ])
        let utf8 = accounting.skippedRecords.first { $0.reason == .invalidUTF8 }!
        #expect(utf8.detail.contains("column 29"))
    }

    @Test func oversizedRecordsAreSkippedWithoutBeingHeld() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("big.jsonl")
        let big = "{\"outlet\": \"X\", \"text\": \"" + String(repeating: "word ", count: 2000) + "\"}"
        try TestCorpus.write(TestCorpus.jsonLine(0) + "\n" + big + "\n" + TestCorpus.jsonLine(1) + "\n", to: file)
        let statistics = try BatchRunner(
            auditor: TestCorpus.auditor, options: BatchOptions(maxRecordBytes: 5000, jobs: 1)
        ).run([file.path])
        #expect(statistics.accounting.audited == 2)
        #expect(reasons(statistics) == ["big.jsonl:2": .tooLarge])
    }

    @Test func csvRowsAreCheckedAgainstTheHeader() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("corpus.csv")
        let csv = """
            id,outlet,text
            a1,Daily Planet,"Hamas said the talks failed.

            Israel said it would respond, with ""force""."
            a2,The Bugle
            a3,The Bugle,Israeli officials said so.,extra
            a4,Sentinel,Netanyahu said the army would act.
            a5,Sentinel,"never closed

            """
        try TestCorpus.write(csv, to: file)
        let statistics = try TestCorpus.run([file.path])
        #expect(statistics.accounting.audited == 2)
        #expect(
            reasons(statistics) == ["corpus.csv:5": .missingField, "corpus.csv:6": .malformedCSV, "corpus.csv:8": .malformedCSV])
        #expect(statistics.outlets["Daily Planet"]?.keys.map(\.idHash) == [ArticleKey.hash("a1")])
        #expect(statistics.accounting.skippedRecords[0].detail.contains("\"text\""))
    }

    @Test func directoriesTakeMetadataFromFrontMatterOrTheManifest() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let articles = directory.appendingPathComponent("articles")
        try FileManager.default.createDirectory(at: articles.appendingPathComponent("sub"), withIntermediateDirectories: true)
        try TestCorpus.write(
            "---\noutlet: Front Page\ndate: 2024-02-01\n---\nHamas said the talks failed.\n",
            to: articles.appendingPathComponent("a.md"))
        try TestCorpus.write("Israel said it would respond.\n", to: articles.appendingPathComponent("sub/b.txt"))
        try TestCorpus.write("No outlet anywhere.\n", to: articles.appendingPathComponent("c.txt"))
        try TestCorpus.write("---\noutlet: [unclosed\n---\nText.\n", to: articles.appendingPathComponent("d.md"))
        try TestCorpus.write("", to: articles.appendingPathComponent("e.txt"))
        try TestCorpus.write(
            "file,outlet\nsub/b.txt,Manifest Daily\na.md,Overridden\nmissing.txt,Nobody\ne.txt,Manifest Daily\n",
            to: articles.appendingPathComponent("manifest.csv"))
        let evidence = directory.appendingPathComponent("out")
        let statistics = try TestCorpus.run([articles.path], evidence: evidence.path)
        #expect(statistics.outlets.keys.sorted() == ["Front Page", "Manifest Daily"])
        #expect(statistics.outlets["Manifest Daily"]?.keys.map(\.idHash) == [ArticleKey.hash("sub/b.txt")])
        #expect(reasons(statistics) == ["c.txt:1": .missingField, "d.md:1": .malformedFrontMatter, "e.txt:1": .emptyText])
        #expect(statistics.accounting.inputFailures.map(\.line) == [4])
        // Offsets point into the file as it is on disk, front matter included.
        let line = try String(
            contentsOf: evidence.appendingPathComponent("articles/\(OutletSlug.make("Front Page")).jsonl"), encoding: .utf8)
        let record = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
        let finding = (record["findings"] as! [[String: Any]]).first { $0["rule"] as? String == "verb.said" }!
        let span = finding["span"] as! [String: Any]
        #expect(span["line"] as? Int == 5)
        #expect(span["start"] as? Int == 50)
    }

    @Test func unreadableInputsAreAccountedForAndTheRestRuns() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let good = directory.appendingPathComponent("good.jsonl")
        try TestCorpus.write(TestCorpus.jsonLines(0..<2), to: good)
        let array = directory.appendingPathComponent("array.json")
        try TestCorpus.write("[{\"outlet\": \"X\", \"text\": \"y\"}]\n", to: array)
        let statistics = try TestCorpus.run([
            "/nonexistent/corpus.jsonl", array.path, directory.appendingPathComponent("x.pdf").path, good.path,
        ])
        #expect(statistics.accounting.audited == 2)
        #expect(statistics.accounting.inputFailures.count == 3)
    }

    @Test func fieldNamesCanBeChosen() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("corpus.jsonl")
        try TestCorpus.write("{\"body\": \"Hamas said so.\", \"source\": \"Wire\", \"uid\": 17}\n", to: file)
        let statistics = try TestCorpus.run([file.path], fields: CorpusFields(text: "body", group: "source", id: "uid"))
        #expect(statistics.outlets["Wire"]?.keys.map(\.idHash) == [ArticleKey.hash("17")])
    }
}
