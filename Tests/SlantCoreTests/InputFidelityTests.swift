import Foundation
import PCRE2
import TestSupport
import Testing

@testable import SlantCore

/// What `InputDecoder` and `SourceText` make of a file's bytes: line:column as an editor shows
/// them whatever the line breaks or signature, accurate errors, and pipes read as streams.
@Suite struct InputFidelityTests {
    static let byteOrderMark: [UInt8] = [0xEF, 0xBB, 0xBF]

    @Test func columnsOnTheFirstLineCountFromTheCharacterAfterAByteOrderMark() throws {
        let text = "Hamas said so.\nIsrael said no."
        let source = try InputDecoder.decode(Self.byteOrderMark + Array(text.utf8), name: "bom.txt")
        #expect(source.location(of: 3) == SourceLocation(line: 1, column: 1))
        #expect(source.location(of: 3 + 6) == SourceLocation(line: 1, column: 7))
        #expect(source.location(of: 3 + 15 + 7) == SourceLocation(line: 2, column: 8))
        // The same findings, at the same line:column, as the file without the mark.
        let plain = TestLexicons.audit(text)
        let signed = Auditor(compiled: TestLexicons.defaults).audit(source)
        #expect(!plain.findings.isEmpty)
        #expect(signed.findings.map(\.span.location) == plain.findings.map(\.span.location))
        #expect(signed.findings.map(\.span.start) == plain.findings.map { $0.span.start + 3 })
    }

    @Test func invalidUTF8AfterAByteOrderMarkHasTheEditorsColumn() {
        let bytes = Self.byteOrderMark + Array("abc ".utf8) + [0xE9]
        #expect(throws: InputProblem.invalidUTF8(file: "x", byteOffset: 7, location: SourceLocation(line: 1, column: 5))) {
            try InputDecoder.decode(bytes, name: "x")
        }
    }

    @Test func theInputHashIsOfTheBytesAsRead() throws {
        let bytes = Self.byteOrderMark + Array("Hamas said so.".utf8)
        let audit = Auditor(compiled: TestLexicons.defaults).audit(try InputDecoder.decode(bytes, name: "x"))
        #expect(audit.input.sha256 == SHA256Hex.of(bytes))
    }

    @Test(arguments: ["\n", "\r\n", "\r"])
    func everyLineBreakConventionGivesTheSameLinesAndParagraphs(lineBreak: String) throws {
        let paragraphs = [
            "Talks collapse", "Hamas said the talks failed.",
            "Israeli forces killed 12 Palestinians in Gaza on Tuesday, the Gaza health ministry said.",
            "Netanyahu said Israel would continue its operation against the terrorists.",
        ]
        let unix = TestLexicons.audit(paragraphs.joined(separator: "\n\n"))
        let text = paragraphs.joined(separator: lineBreak + lineBreak)
        let source = try InputDecoder.decode(Array(text.utf8), name: "x")
        try #require(source.lineStarts.count == 7)
        #expect(source.text(source.lineRange(3)) == paragraphs[1])
        #expect(source.text(source.lineRange(2)) == "")
        let audit = Auditor(compiled: TestLexicons.defaults).audit(source)
        #expect(audit.input.paragraphs == unix.input.paragraphs)
        #expect(audit.input.sentences == unix.input.sentences)
        #expect(audit.findings.map(\.span.location) == unix.findings.map(\.span.location))
        #expect(audit.findings.map(\.ruleID) == unix.findings.map(\.ruleID))
    }

    @Test func invalidUTF8IsLocatedWithLoneCarriageReturnsAsLineBreaks() {
        let bytes = Array("one\rtwo\r\nthree ".utf8) + [0xE9]
        #expect(throws: InputProblem.invalidUTF8(file: "x", byteOffset: 15, location: SourceLocation(line: 3, column: 7))) {
            try InputDecoder.decode(bytes, name: "x")
        }
    }

    @Test(arguments: [
        ([UInt8]([0xFF, 0xFE]), true, "UTF-16"), ([0xFE, 0xFF], false, "UTF-16"), ([], true, "UTF-16LE"), ([], false, "UTF-16BE"),
    ])
    func utf16IsNamedWithTheConversion(mark: [UInt8], littleEndian: Bool, encoding: String) {
        let units = Array("Hamas said the talks failed.\n".utf16)
        let bytes =
            mark + units.flatMap { littleEndian ? [UInt8($0 & 0xFF), UInt8($0 >> 8)] : [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        do {
            _ = try InputDecoder.decode(bytes, name: "u.txt")
            Issue.record("UTF-16 was decoded")
        } catch {
            #expect(error.description.contains("u.txt: "))
            #expect(error.description.contains("is \(encoding), not UTF-8"))
            #expect(error.description.contains("iconv -f \(encoding) -t UTF-8"))
        }
    }

    @Test func aUTF8TextWithAFewNULsIsStillBinaryNotUTF16() {
        #expect(throws: InputProblem.binary(file: "b", byteOffset: 3)) {
            try InputDecoder.decode(Array("abc".utf8) + [0] + Array("defghijkl".utf8), name: "b")
        }
    }

    @Test func aNamedPipeIsReadToItsEnd() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-fifo-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let fifo = directory.appendingPathComponent("article").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let text = String(repeating: "Hamas said the talks failed. ", count: 5000)
        let writer = Thread {
            // Opening blocks until the reader opens its end; nil if it never will.
            guard let handle = FileHandle(forWritingAtPath: fifo) else { return }
            handle.write(Data(text.utf8))
            try? handle.close()
        }
        writer.start()
        let source = try InputDecoder.read(path: fifo)
        #expect(source.bytes == Array(text.utf8))
    }

    @Test func aProcessSubstitutionIsReadToItsEnd() throws {
        var descriptors: [Int32] = [0, 0]
        #expect(pipe(&descriptors) == 0)
        defer { close(descriptors[0]) }
        let bytes = Array("Hamas said the talks failed.\n".utf8)
        #expect(write(descriptors[1], bytes, bytes.count) == bytes.count)
        close(descriptors[1])
        let source = try InputDecoder.read(path: "/dev/fd/\(descriptors[0])")
        #expect(source.bytes == bytes)
    }

    @Test func aReadFailureSaysWhatWentWrong() throws {
        // A path through a regular file: open(2) says ENOTDIR, which FileManager reported as
        // "no such file" before.
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("slant-plain-\(UUID().uuidString)").path
        #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        defer { try? FileManager.default.removeItem(atPath: file) }
        #expect(throws: InputProblem.unreadable(file: file + "/a.txt", reason: "not a directory")) {
            try InputDecoder.read(path: file + "/a.txt")
        }
    }
}
