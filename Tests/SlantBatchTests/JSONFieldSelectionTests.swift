import Foundation
import TestSupport
import Testing

@testable import SlantBatch

/// The JSON Lines path reads only the configured fields straight from the line's bytes. It must
/// decide every record exactly as the full parse (`JSONParser.parse`, then the members as a
/// dictionary) decides it: the same article, or the same reason and message.
@Suite struct JSONFieldSelectionTests {
    let decoder = RecordDecoder(fields: CorpusFields())

    /// The record as the full parse reads it: the reference the field selection is held to.
    func reference(_ bytes: [UInt8], fields: CorpusFields = CorpusFields()) -> String {
        let raw = RawRecord(file: "f.jsonl", line: 7, payload: .jsonLine(bytes))
        // Checked before either parse, the same way for both.
        if UTF8Check.firstInvalidOffset(in: bytes) != nil { return "skipped invalidUTF8" }
        let object: JSONValue
        do {
            object = try JSONParser.parse(bytes)
        } catch {
            let (_, column) = UTF8Check.location(of: error.offset, in: bytes)
            return describe(skipped: .malformedJSON, "not valid JSON: \(error.message) (column \(column))", raw)
        }
        guard case .object(let members) = object else {
            return describe(skipped: .notAnObject, "the line is \(object.kind), not a JSON object", raw)
        }
        let values: [String: JSONValue]
        switch JSONRecordFields.unique(members) {
        case .success(let unique): values = unique
        case .failure(let problem): return describe(skipped: .malformedJSON, problem.message, raw)
        }
        guard let textValue = values[fields.text], !textValue.isNull else {
            return describe(skipped: .missingField, "no \"\(fields.text)\" field", raw)
        }
        guard case .string(let text) = textValue else {
            return describe(skipped: .missingField, "field \"\(fields.text)\" must be a string, got \(textValue.kind)", raw)
        }
        switch JSONRecordFields.text(
            of: [fields.group, fields.id, fields.title, fields.date, fields.url], in: values, required: fields.group)
        {
        case .failure(let problem): return describe(skipped: .missingField, problem.message, raw)
        case .success(let metadata):
            guard let group = FieldValue.nonBlank(metadata[fields.group]) else {
                return describe(skipped: .missingField, "no \"\(fields.group)\" to group by", raw)
            }
            return describe(
                CorpusRecord(
                    file: raw.file, line: raw.line, id: FieldValue.nonBlank(metadata[fields.id]), group: group,
                    title: FieldValue.nonBlank(metadata[fields.title]), date: FieldValue.nonBlank(metadata[fields.date]),
                    url: FieldValue.nonBlank(metadata[fields.url]), text: text))
        }
    }

    func describe(skipped reason: SkipReason, _ detail: String, _ raw: RawRecord) -> String {
        "skipped \(reason) \(raw.file):\(raw.line): \(detail)"
    }

    func describe(_ record: CorpusRecord) -> String {
        "article \(record.file):\(record.line) id=\(record.id ?? "-") group=\(record.group) title=\(record.title ?? "-") "
            + "date=\(record.date ?? "-") url=\(record.url ?? "-") text=\(record.text)"
    }

    func selected(_ bytes: [UInt8], fields: CorpusFields = CorpusFields()) -> String {
        let raw = RawRecord(file: "f.jsonl", line: 7, payload: .jsonLine(bytes))
        switch RecordDecoder(fields: fields).decode(raw) {
        case .article(let record): return describe(record)
        case .skipped(let record) where record.reason == .invalidUTF8: return "skipped invalidUTF8"
        case .skipped(let record): return describe(skipped: record.reason, record.detail, raw)
        }
    }

    static let handWritten: [String] = [
        #"{"outlet": "A", "text": "plain"}"#,
        #"{"text": "esc \" \\ \/ \b \f \n \r \t \u00e9 \ud83d\ude00 \u0000 end", "outlet": "\u0041"}"#,
        "\u{FEFF}{\"outlet\": \"B\", \"text\": \"after a byte-order mark\"}",
        #"{"outlet": "A", "text": "x", "outlet": "B"}"#,
        #"{"extra": 1, "text": "x", "outlet": "A", "extra": [2]}"#,
        #"{"outlet": "A", "text": "x", "extra": 1, "extra": 2, "broken": }"#,
        #"{"outlet": "A", "text": "x", "nested": {"a": [1, 2, {"b": "\u12"}]}}"#,
        #"{"outlet": "A", "text": "x", "nested": {"a": [1, 2, {"b": null, "b": true}]}, "n": -0.5e-7}"#,
        #"{"outlet": "A", "text": {"not": "a string"}}"#,
        #"{"outlet": ["A"], "text": "x"}"#,
        #"{"outlet": null, "text": "x"}"#,
        #"{"outlet": "A", "text": null}"#,
        #"{"outlet": "A", "title": null, "id": 17, "date": 1.50, "url": false, "text": "x"}"#,
        #"{"outlet": "A", "id": 17, "date": 2e3, "title": "  spaced  ", "text": "x"}"#,
        #"{"outlet": 12, "text": "x"}"#,
        #"{"outlet": "A"}"#,
        #"{"outlet": "A", "text": "x"} trailing"#,
        #"{"outlet": "A", "text": "x",}"#,
        #"{"outlet" "A", "text": "x"}"#,
        #"{"outlet": "A", "text": "x" "id": 1}"#,
        #"{"outlet": "A", "text": "unterminated}"#,
        "{\"outlet\": \"A\", \"skip\": \"tab\tinside\", \"text\": \"x\"}",
        #"{"outlet": "A", "skip": "\ud800 alone", "text": "x"}"#,
        #"{"outlet": "A", "skip": "\x", "text": "x"}"#,
        #"{"outlet": "A", "skip": tru, "text": "x"}"#,
        #"{"outlet": "A", "skip": 01, "text": "x"}"#,
        #"{"outlet": "A", "skip": -, "text": "x"}"#,
        #"{"outlet": "A", "skip": [1 2], "text": "x"}"#,
        #"{"outlet": "A", "skip": [], "also": {}, "text": "x"}"#,
        #"{"te\u0078t": "escaped key", "outlet": "A"}"#,
        #"{"caf\u00e9": 1, "café": 2, "outlet": "A", "text": "x"}"#,
        "{\"e\u{301}\": 1, \"\u{E9}\": 2, \"outlet\": \"A\", \"text\": \"canonically equal names\"}",
        #"{}"#, #"[1, 2]"#, #""a string""#, #"12"#, #"true"#, #"null"#, #"nul"#, #"{"#, #"{"outlet"#,
        "  {\"outlet\":\"A\",\"text\":\"x\"}  ",
    ]

    @Test(arguments: handWritten)
    func aHandWrittenLineIsDecidedAsTheFullParseDecidesIt(line: String) {
        let bytes = Array(line.utf8)
        #expect(selected(bytes) == reference(bytes), "\(line)")
    }

    /// Every real record, and each cut short, with a byte changed or a bad escape put in at
    /// places drawn by a fixed seed: malformed lines get the same message at the same column.
    @Test func realAndMangledRecordsAreDecidedAsTheFullParseDecidesThem() throws {
        let lines = try BundledData.jsonLines(RealArticles.file).prefix(200).map { Array($0.utf8) }
        #expect(lines.count == 200, "needs \(RealArticles.file)")
        var generator = SplitMix64(seed: 14)
        var checked = 0
        for line in lines {
            var variants = [line]
            for _ in 0..<4 {
                let cut = generator.next(below: line.count)
                variants.append(Array(line[..<cut]))
                var changed = line
                changed[cut] =
                    [UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: ","), 0x09][
                        generator.next(below: 5)]
                variants.append(changed)
                variants.append(Array(line[..<cut]) + Array(#"\u"#.utf8) + Array(line[cut...]))
            }
            for variant in variants {
                #expect(selected(variant) == reference(variant))
                checked += 1
            }
        }
        #expect(checked == 200 * 13)
    }

    @Test func otherFieldNamesAreSelected() {
        let fields = CorpusFields(text: "body", group: "source", title: "headline", date: "published", url: "link", id: "key")
        let line = Array(
            #"{"key": "k1", "source": "S", "headline": "H", "published": "2024", "link": "u", "text": "not this", "body": "this"}"#
                .utf8)
        #expect(selected(line, fields: fields) == reference(line, fields: fields))
        #expect(selected(line, fields: fields).hasSuffix("text=\(Array("this".utf8))"))
    }

    @Test func theTextIsTheStringsExactValue() throws {
        let line = Array(#"{"outlet": "A", "text": "\ud83d\ude00 \u00e9\n\"q\" \u2028 e\u0301"}"#.utf8)
        guard case .object(let values, nil) = try JSONParser.selectFields(["text"], from: line),
            case .string(let text) = values["text"]
        else {
            Issue.record("not selected")
            return
        }
        #expect(text == Array("😀 é\n\"q\" \u{2028} e\u{301}".utf8))
        #expect(values["outlet"] == nil, "a member not asked for is not decoded")
    }

    @Test func aVeryLongLineIsReadWhole() {
        let body = String(repeating: "Gaza \\\"strikes\\\" \\u00e9\\n", count: 100_000)
        let line = Array(("{\"outlet\": \"A\", \"skip\": \"" + body + "\", \"text\": \"" + body + "\"}").utf8)
        #expect(line.count > 4_000_000)
        let outcome = selected(line)
        #expect(outcome == reference(line))
        #expect(outcome.hasPrefix("article"))
    }

    @Test func deepNestingInAFieldNotReadIsStillRefused() {
        let deep = String(repeating: "[", count: 600) + String(repeating: "]", count: 600)
        let line = Array(("{\"outlet\": \"A\", \"text\": \"x\", \"skip\": " + deep + "}").utf8)
        #expect(selected(line) == reference(line))
        #expect(selected(line).contains("nested deeper than 512 levels"))
    }

    /// Through the reader: each bad line is listed with its own line number and the column of
    /// the problem, and the good lines around it are audited.
    @Test func badLinesAreListedWithTheirLineAndColumn() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("lines.jsonl")
        let lines = [
            TestCorpus.jsonLine(0),
            #"{"outlet": "A", "text": "x", "outlet": "B"}"#,
            #"{"outlet": "A", "note": "\q", "text": "x"}"#,
            #"{"outlet": "A", "title": ["list"], "text": "Hamas said so."}"#,
            TestCorpus.jsonLine(1),
        ]
        try TestCorpus.write(lines.joined(separator: "\n") + "\n", to: file)
        let statistics = try TestCorpus.run([file.path])
        #expect(statistics.accounting.audited == 2)
        let skipped = statistics.accounting.skippedRecords.map { "\($0.line) \($0.reason) \($0.detail)" }
        #expect(
            skipped == [
                "2 malformedJSON the field \"outlet\" appears more than once",
                "3 malformedJSON not valid JSON: unknown escape \\q (column 26)",
                "4 missingField field \"title\" must be a string, got an array",
            ])
    }
}
