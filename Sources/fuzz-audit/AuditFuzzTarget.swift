import Foundation
import FuzzSupport
import PCRE2
import SlantCore
import SlantReporters

/// Text decoding, segmentation and the whole audit with the default lexicons, then both reports.
/// Beyond "no crash": every span of the report points at its own bytes and line:column; the fast
/// scanner finds what the reference scanner finds; the JSON report is byte for byte what
/// Foundation's encoder writes.
enum AuditFuzzTarget {
    static let sequential = SequentialPatternScanner(patterns: DefaultLexicon.compiled.patterns.all)
    static let prefiltered = PrefilteredPatternScanner(patterns: DefaultLexicon.compiled.patterns.all)

    static func check(_ bytes: [UInt8]) {
        let source: SourceText
        do {
            source = try InputDecoder.decode(bytes, name: "fuzz.txt")
        } catch {
            checkRejection(error, of: bytes)
            return
        }
        let scratch = DefaultLexicon.scratch
        let audit = DefaultLexicon.auditor.audit(source, scratch: scratch)
        Invariant.require(audit.input.bytes == source.bytes.count, "the report counts \(audit.input.bytes) bytes")
        SpanInvariants.check(audit, of: source)
        for dropped in audit.droppedLines {
            Invariant.require(
                (1...source.lineStarts.count).contains(dropped.line)
                    && source.text(source.lineRange(dropped.line)).contains(dropped.text),
                "dropped line \(dropped.line) \(String(reflecting: dropped.text)) is not that line of the text")
        }
        let fast = prefiltered.scan(source.utf8, scratch: scratch)
        let reference = sequential.scan(source.utf8, scratch: scratch)
        Invariant.require(fast == reference, "the prefiltered scan differs: \(difference(fast, reference))")
        let json = JSONAuditReporter().renderBytes(audit)
        let foundation = Array(JSONAuditReporter.foundationRender(audit).utf8)
        Invariant.require(json == foundation, "SortedJSON differs from Foundation: \(difference(json, foundation))")
        _ = MarkdownAuditReporter().render(audit)
        // The page lays out marks over any spans the engine makes (overlapping, at the text's ends).
        _ = HTMLAuditReporter().render(audit, source: source)
    }

    /// A rejected input must be rejected for a true reason, at the place it names.
    static func checkRejection(_ problem: InputProblem, of bytes: [UInt8]) {
        switch problem {
        case .binary(_, let offset):
            Invariant.require(bytes.indices.contains(offset) && bytes[offset] == 0, "no NUL byte at \(offset)")
        case .invalidUTF8(_, let offset, let location):
            Invariant.require(
                (try? ValidUTF8(validating: bytes)) == nil && bytes.indices.contains(offset),
                "valid UTF-8 rejected at \(offset)")
            Invariant.require(
                (try? ValidUTF8(validating: Array(bytes[..<offset]))) != nil,
                "the bytes before the reported offset \(offset) are not valid UTF-8 either")
            // Counted as an editor shows the text: a byte-order mark takes no column, as in the
            // locations of a report.
            let mark = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
            let expected = ReferenceLocation.of(offset, in: bytes, byteOrderMarkLength: mark)
            Invariant.require(location == expected, "invalid UTF-8 at \(offset) reported at \(location), not \(expected)")
        case .empty:
            // A byte-order mark is not text either.
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes.dropFirst(3) : bytes[...]
            Invariant.require(body.allSatisfy { [0x20, 0x09, 0x0A, 0x0D, 0x0B, 0x0C].contains($0) }, "text rejected as empty")
        case .unreadable:
            Invariant.require(false, "bytes in memory reported unreadable: \(problem)")
        }
    }

    private static func difference(_ fast: PatternScan, _ reference: PatternScan) -> String {
        for index in reference.matches.indices where fast.matches[index] != reference.matches[index] {
            return "pattern \(index): \(fast.matches[index]) instead of \(reference.matches[index])"
        }
        return "failures \(fast.failures) instead of \(reference.failures)"
    }

    private static func difference(_ bytes: [UInt8], _ expected: [UInt8]) -> String {
        let first =
            zip(bytes, expected).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(bytes.count, expected.count)
        func around(_ text: [UInt8]) -> String {
            String(reflecting: String(decoding: text[max(0, first - 60)..<min(text.count, first + 60)], as: UTF8.self))
        }
        return "at byte \(first): \(around(bytes)) instead of \(around(expected))"
    }
}
