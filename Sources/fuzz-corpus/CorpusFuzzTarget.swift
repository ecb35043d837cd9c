import Foundation
import FuzzSupport
import SlantBatch
import SlantCore

/// The batch readers: the input is read as a JSON Lines file, as a CSV file and as one article
/// file with front matter, each through `BatchRunner` as `slant compare` runs it. Beyond "no
/// crash": every record read is audited or skipped (read = audited + skipped), skipped records
/// keep input order and name a line of the file, and JSON Lines yields one record per non-blank
/// line.
enum CorpusFuzzTarget {
    /// Small, so inputs of a few kilobytes reach the "too large" path too.
    static let maxRecordBytes = 2048
    /// One file per fuzzing process (`-fork`/`-jobs` run several).
    static let directory = FileManager.default.temporaryDirectory.appendingPathComponent(
        "slant-fuzz-corpus-\(ProcessInfo.processInfo.processIdentifier)")

    static func check(_ bytes: [UInt8]) {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let jsonLines = run(bytes, as: .jsonLines, fileName: "corpus.jsonl")
        let expected = JSONLinesReference.records(in: bytes, maxRecordBytes: maxRecordBytes)
        Invariant.require(
            jsonLines.accounting.read == expected.records,
            "JSON Lines: \(jsonLines.accounting.read) records read, but the file has \(expected.records)")
        Invariant.require(
            jsonLines.accounting.inputFailures.isEmpty || expected.isArray,
            "JSON Lines: input failures \(jsonLines.accounting.inputFailures)")
        _ = run(bytes, as: .csv, fileName: "corpus.csv")
        let article = run(bytes, as: .text, fileName: "article.txt")
        Invariant.require(article.accounting.read == 1, "an article file gave \(article.accounting.read) records")
    }

    private static func run(_ bytes: [UInt8], as format: CorpusFormat, fileName: String) -> CorpusStatistics {
        let path = directory.appendingPathComponent(fileName).path
        Invariant.require(FileManager.default.createFile(atPath: path, contents: Data(bytes)), "cannot write \(path)")
        // With --events, so every article's event keys are taken from the fuzzed text and title too.
        let runner = BatchRunner(
            auditor: DefaultLexicon.auditor,
            options: BatchOptions(format: format, maxRecordBytes: maxRecordBytes, jobs: 1, events: EventSettings()))
        let statistics: CorpusStatistics
        do {
            statistics = try runner.run([path])
        } catch {
            fatalError("\(format): the run failed: \(error)")
        }
        let accounting = statistics.accounting
        let candidates = statistics.events?.candidates.values.reduce(0) { $0 + $1.count } ?? 0
        let ungrouped = statistics.events?.ungrouped.values.reduce(0, +) ?? 0
        Invariant.require(
            candidates + ungrouped == accounting.audited,
            "\(format): \(candidates) event candidates and \(ungrouped) ungrouped for \(accounting.audited) audited articles")
        Invariant.require(
            accounting.balances,
            "\(format): read \(accounting.read) != audited \(accounting.audited) + skipped \(accounting.skipped)")
        // Lines end at "\n", "\r\n" or a lone "\r" (CSV reads Excel's old Macintosh files).
        let lines = LineCount.of(bytes)
        var previous = 0
        for record in accounting.skippedRecords {
            Invariant.require(record.file == path, "\(format): skipped record in \(record.file)")
            Invariant.require(
                (1...lines).contains(record.line) && record.line >= previous,
                "\(format): skipped record at line \(record.line) (file of \(lines) lines, previous \(previous))")
            previous = record.line
        }
        for failure in accounting.inputFailures {
            Invariant.require(
                failure.line.map { (1...lines).contains($0) } ?? true, "\(format): input failure at line \(failure.line!)")
        }
        return statistics
    }
}

/// How many records a JSON Lines file holds, from the format's definition: each line with
/// something other than spaces, tabs and carriage returns, and each line too large to keep (it
/// is still a record, skipped as too large). A first record opening with `[` makes the file a
/// JSON array: no records, an input failure.
enum JSONLinesReference {
    static func records(in bytes: [UInt8], maxRecordBytes: Int) -> (records: Int, isArray: Bool) {
        var lines = bytes.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false)
        if bytes.last == UInt8(ascii: "\n") || bytes.isEmpty { lines.removeLast() }
        var records = 0
        for line in lines {
            if line.count > maxRecordBytes {
                records += 1
                continue
            }
            guard let first = line.first(where: { ![0x20, 0x09, 0x0D].contains($0) }) else { continue }
            if records == 0 && first == UInt8(ascii: "[") { return (0, true) }
            records += 1
        }
        return (records, false)
    }
}
