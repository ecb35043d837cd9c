import Foundation
import SlantBatch
import SlantCore
import Testing

/// A record's text reaches the audit exactly as the JSON string's value, so every evidence
/// offset points at the bytes it quotes. Foundation's JSONSerialization dropped a U+FEFF that
/// followed an escape (`\n`, `\"`) or opened the string: every offset after it was 3 bytes early.
@Suite struct RecordFidelityTests {
    static let byteOrderMark = "\u{FEFF}"

    /// From the shared corpus (israel-palestine.jsonl line 206, Vox): a U+FEFF after `\n\n`.
    static let realExcerpt =
        "Hook has been serving as the US special representative for Iran, spearheading the president’s campaign "
        + "against the country and thoroughly change its behavior.\n\n\u{FEFF}Trump and Pompeo may be the faces of US "
        + "foreign policy, then, but Hook is the one working behind the scenes to turn the president’s scattershot "
        + "impulses into a meaningful strategy toward the country.\n\n“He’s the translator,” said R.C. Hammond."

    /// `text` as a JSON string with `\n` and `\"` escaped and everything else (U+FEFF included) raw.
    static func jsonString(_ text: String) -> String {
        "\""
            + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
            .replacingOccurrences(of: "\n", with: "\\n") + "\""
    }

    static func line(outlet: String = "\"Daily Planet\"", id: String, text: String) -> String {
        "{\"id\": \"\(id)\", \"outlet\": \(outlet), \"text\": \(jsonString(text))}"
    }

    /// Every span object (`start`, `end`, `text`) anywhere in an evidence line.
    static func spans(in value: Any) -> [(start: Int, end: Int, text: String)] {
        if let object = value as? [String: Any] {
            var found: [(Int, Int, String)] = []
            if let start = object["start"] as? Int, let end = object["end"] as? Int, let text = object["text"] as? String {
                found.append((start, end, text))
            }
            return found + object.values.flatMap(spans(in:))
        }
        if let array = value as? [Any] { return array.flatMap(spans(in:)) }
        return []
    }

    @Test func aByteOrderMarkInsideTheTextIsKeptAndEveryOffsetPointsAtItsText() throws {
        let texts = [
            "real": Self.realExcerpt,
            "after-quote": "Hamas said \"no\"\u{FEFF} to the plan. Israeli forces killed 12 Palestinians in Gaza, medics said.",
            "opening": "\u{FEFF}Netanyahu said Israel would continue its operation against the terrorists.\n\nHamas said so.",
            "twice": "Headline\n\n\u{FEFF}\u{FEFF}The United Nations said it was deeply concerned about the brutal violence.",
        ]
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("bom.jsonl")
        try TestCorpus.write(
            texts.keys.sorted().map { Self.line(id: $0, text: texts[$0]!) }.joined(separator: "\n") + "\n", to: file)
        let output = directory.appendingPathComponent("out").path
        let statistics = try TestCorpus.run([file.path], evidence: output)
        #expect(statistics.accounting.audited == texts.count)
        let evidence = try String(
            contentsOfFile: output + "/articles/" + OutletSlug.make("Daily Planet") + ".jsonl", encoding: .utf8)
        var checked = 0
        var afterMark = 0
        for line in evidence.split(separator: "\n") {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
            let id = try #require(object["id"] as? String)
            let bytes = Array(texts[id]!.utf8)
            // The input's SHA-256 is that of the string's value, mark and all.
            let direct = TestCorpus.auditor.audit(try InputDecoder.decode(bytes, name: id))
            #expect(object["sha256"] as? String == direct.input.sha256, "\(id)")
            let markOffset = texts[id]!.utf8.count - texts[id]!.split(separator: "\u{FEFF}", maxSplits: 1).last!.utf8.count
            for span in Self.spans(in: object) {
                #expect(String(decoding: bytes[span.start..<span.end], as: UTF8.self) == span.text, "\(id) \(span)")
                checked += 1
                if span.start >= markOffset { afterMark += 1 }
            }
        }
        #expect(checked > 10)
        #expect(afterMark > 5)
    }

    @Test func aByteOrderMarkOpeningTheFileIsNotText() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("signed.jsonl")
        try TestCorpus.write(Self.byteOrderMark + TestCorpus.jsonLine(0) + "\n" + TestCorpus.jsonLine(1) + "\n", to: file)
        let statistics = try TestCorpus.run([file.path])
        #expect(statistics.accounting.audited == 2)
        #expect(statistics.accounting.skipped == 0)
    }

    @Test func anOutletThatIsNotAStringIsSkippedWithItsType() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("types.jsonl")
        let text = "Hamas said the talks failed."
        let lines = [
            Self.line(outlet: "true", id: "a", text: text),  // 1
            Self.line(outlet: "null", id: "b", text: text),  // 2
            Self.line(outlet: "{\"name\": \"X\"}", id: "c", text: text),  // 3
            Self.line(outlet: "[\"X\"]", id: "d", text: text),  // 4
            Self.line(outlet: "17", id: "e", text: text),  // 5: a number is its JSON text
            Self.line(outlet: "1.50", id: "f", text: text),  // 6
            "{\"id\": \"g\", \"outlet\": \"X\", \"outlet\": \"Y\", \"text\": \"Hamas said so.\"}",  // 7
            "{\"id\": false, \"outlet\": \"X\", \"text\": \"Hamas said so.\"}",  // 8
        ]
        try TestCorpus.write(lines.joined(separator: "\n") + "\n", to: file)
        let statistics = try TestCorpus.run([file.path])
        #expect(statistics.accounting.read == 8)
        #expect(Set(statistics.outlets.keys) == ["17", "1.50"])
        let details = Dictionary(uniqueKeysWithValues: statistics.accounting.skippedRecords.map { ($0.line, $0.detail) })
        #expect(details[1] == "field \"outlet\" must be a string, got a boolean")
        #expect(details[2] == "field \"outlet\" must be a string, got null")
        #expect(details[3] == "field \"outlet\" must be a string, got an object")
        #expect(details[4] == "field \"outlet\" must be a string, got an array")
        #expect(details[7] == "the field \"outlet\" appears more than once")
        #expect(details[8] == "field \"id\" must be a string, got a boolean")
        #expect(statistics.accounting.skippedRecords.allSatisfy { $0.file == file.path })
    }

    @Test(arguments: [
        ("le-bom", [UInt8]([0xFF, 0xFE]), true), ("be-bom", [0xFE, 0xFF], false), ("le", [], true), ("be", [], false),
    ])
    func utf16CorporaAreRefusedWithAHint(name: String, mark: [UInt8], littleEndian: Bool) throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("\(name).jsonl")
        let units = Array((TestCorpus.jsonLines(0..<2)).utf16)
        let bytes =
            mark + units.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        try Data(bytes).write(to: file)
        let statistics = try TestCorpus.run([file.path])
        let failure = try #require(statistics.accounting.inputFailures.first)
        #expect(failure.file == file.path)
        #expect(failure.problem.contains("UTF-16") && failure.problem.contains("iconv"))
        #expect(statistics.accounting.read == 0)
    }

    @Test func aUTF16ArticleFileInADirectoryIsSkippedWithAHint() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = "---\noutlet: X\n---\nHamas said the talks failed.\n"
        try Data([0xFF, 0xFE] + Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] })
            .write(to: directory.appendingPathComponent("a.txt"))
        let statistics = try TestCorpus.run([directory.path])
        let skipped = try #require(statistics.accounting.skippedRecords.first)
        #expect(skipped.detail.contains("UTF-16") && skipped.detail.contains("iconv"))
    }

    @Test func aNamedPipeIsReadAsAStream() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("stream.jsonl").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let writer = Thread {
            // Opening blocks until the reader opens its end; nil if it never will.
            guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
            handle.write(Data(TestCorpus.jsonLines(0..<3).utf8))
            try? handle.close()
        }
        writer.start()
        let statistics = try TestCorpus.run([fifo])
        #expect(statistics.accounting.audited == 3)
        #expect(statistics.accounting.inputFailures.isEmpty)
    }

    @Test func aPipeWithoutAnExtensionIsNamedAsSuch() throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        defer { close(descriptors[0]) }
        let path = "/dev/fd/\(descriptors[0])"
        let bytes = Array(TestCorpus.jsonLines(0..<2).utf8)
        #expect(write(descriptors[1], bytes, bytes.count) == bytes.count)
        close(descriptors[1])
        let unknown = try TestCorpus.run([path])
        let failure = try #require(unknown.accounting.inputFailures.first)
        #expect(failure.problem.contains("pipe") && failure.problem.contains("--input-format"))
    }

    @Test func oldMacCSVRowsEndAtALoneCarriageReturn() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("mac.csv")
        let csv = "id,outlet,text\ra1,X,\"Hamas said so.\rIsrael said it would respond.\"\ra2,Y,Netanyahu said so.\ra3,Z\r"
        try TestCorpus.write(csv, to: file)
        let statistics = try TestCorpus.run([file.path])
        #expect(statistics.accounting.read == 3)
        #expect(statistics.accounting.audited == 2)
        #expect(statistics.accounting.skippedRecords.map(\.line) == [5])
    }

    @Test func csvFieldsKeepTheirBytes() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("exact.csv")
        let text = "Headline\r\n\r\n\u{FEFF}Hamas said \"no\".\r\nIsraeli forces killed 12 Palestinians in Gaza, medics said."
        let csv = "id,outlet,text\r\na1,X,\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"\r\n"
        try TestCorpus.write(csv, to: file)
        let output = directory.appendingPathComponent("out").path
        let statistics = try TestCorpus.run([file.path], evidence: output)
        #expect(statistics.accounting.audited == 1)
        let evidence = try String(contentsOfFile: output + "/articles/" + OutletSlug.make("X") + ".jsonl", encoding: .utf8)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(evidence.utf8)) as? [String: Any])
        let direct = TestCorpus.auditor.audit(try InputDecoder.decode(Array(text.utf8), name: "x"))
        #expect(object["sha256"] as? String == direct.input.sha256)
        let spans = Self.spans(in: object)
        #expect(!spans.isEmpty)
        for span in spans { #expect(String(decoding: Array(text.utf8)[span.start..<span.end], as: UTF8.self) == span.text) }
    }

    @Test func aManifestWithAByteOrderMarkNamesItsFirstColumn() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try TestCorpus.write("Hamas said the talks failed.\n", to: directory.appendingPathComponent("a.txt"))
        try TestCorpus.write(
            Self.byteOrderMark + "file,outlet\r\na.txt,X\r\n", to: directory.appendingPathComponent("manifest.csv"))
        let statistics = try TestCorpus.run([directory.path])
        #expect(statistics.accounting.audited == 1)
        #expect(Array(statistics.outlets.keys) == ["X"])
    }
}
