import FuzzSupport
import PCRE2
import SlantCore

/// Markdown, HTML and plain-text extraction (`slant check`'s first step), then the whole check of
/// the input as HTML (when it opens with `<`) or Markdown. Beyond "no crash": every analysed byte
/// maps to a place inside the file; verbatim pieces copy the file's bytes exactly; Markdown keeps
/// every offset (it only blanks bytes to spaces); directive comments and findings lie inside the
/// file, at the line:column their bytes start on.
enum ProseFuzzTarget {
    static let checker = Checker(compiled: DefaultLexicon.compiled, configuration: CheckConfiguration())

    static func check(_ bytes: [UInt8]) {
        guard let file = try? InputDecoder.decode(bytes, name: "fuzz") else { return }
        let locations = ReferenceLocation(file.bytes)
        for markup in MarkupKind.allCases {
            let prose = ProseExtractor.extract(file, markup: markup)
            checkMapping(prose, of: file, locations: locations)
            if markup == .markdown { checkBlanking(prose.prose.bytes, of: file.bytes) }
        }
        // One whole check per input: the audit in it is most of the time.
        let markup: MarkupKind = bytes.first == UInt8(ascii: "<") ? .html : .markdown
        if let checked = try? checker.check(file, path: "fuzz", markup: markup, scratch: DefaultLexicon.scratch) {
            for finding in checked.findings + checked.suppressed.map(\.finding) {
                Invariant.require(
                    0 <= finding.start && finding.start <= finding.end && finding.end <= file.bytes.count,
                    "\(markup): finding \(finding.ruleID) at \(finding.start)..<\(finding.end) outside the file")
                // Article-level findings (no text) point at the article's first line, not at bytes.
                guard !finding.text.isEmpty else { continue }
                let expected = locations[finding.start]
                Invariant.require(
                    finding.location == expected,
                    "\(markup): finding \(finding.ruleID) at byte \(finding.start) located at \(finding.location), not \(expected)"
                )
                Invariant.require(
                    finding.endLocation >= finding.location, "\(markup): finding \(finding.ruleID) ends before it starts")
            }
        }
    }

    /// The analysed text's origin covers it exactly, in order, and every piece stands for bytes
    /// of the file.
    static func checkMapping(_ prose: ProseText, of file: SourceText, locations: ReferenceLocation) {
        let markup = prose.markup
        for candidate in prose.candidates {
            Invariant.require(
                candidate.fileRange.lowerBound >= 0 && candidate.fileRange.upperBound <= file.bytes.count,
                "\(markup): directive candidate at \(candidate.fileRange) outside the file")
        }
        let text = prose.prose
        guard let origin = text.origin else {
            Invariant.require(text.bytes == file.bytes, "\(markup): changed text without an origin")
            return
        }
        Invariant.require(origin.file.bytes == file.bytes, "\(markup): the origin is another file")
        var covered = 0
        for piece in origin.pieces {
            Invariant.require(
                piece.text.lowerBound == covered, "\(markup): piece \(piece) does not follow the previous one at \(covered)")
            covered = piece.text.upperBound
            Invariant.require(
                piece.file.lowerBound >= 0 && piece.file.upperBound <= file.bytes.count,
                "\(markup): piece \(piece) stands for bytes outside the file of \(file.bytes.count)")
            if piece.verbatim {
                // Markdown's one piece keeps every offset but blanks markup: `checkBlanking` checks its bytes.
                Invariant.require(
                    piece.text.count == piece.file.count
                        && (markup == .markdown || text.bytes[piece.text] == file.bytes[piece.file]),
                    "\(markup): verbatim piece \(piece) does not copy the file")
            }
        }
        Invariant.require(covered == text.bytes.count, "\(markup): pieces cover \(covered) of \(text.bytes.count) bytes")
        for offset in 0...text.bytes.count {
            let fileOffset = origin.fileOffset(of: offset)
            Invariant.require(
                (0...file.bytes.count).contains(fileOffset),
                "\(markup): analysed byte \(offset) maps to \(fileOffset), outside the file")
            guard ReferenceLocation.isScalarBoundary(offset, in: text.bytes) else { continue }
            let expected = locations[fileOffset]
            Invariant.require(
                text.location(of: offset) == expected,
                "\(markup): analysed byte \(offset) (file byte \(fileOffset)) located at \(text.location(of: offset)), not \(expected)"
            )
        }
    }

    /// Markdown is blanked in place: same length, each byte kept or made a space, line breaks kept.
    static func checkBlanking(_ blanked: [UInt8], of file: [UInt8]) {
        Invariant.require(
            blanked.count == file.count, "markdown: \(blanked.count) analysed bytes for a file of \(file.count)")
        for (offset, (kept, original)) in zip(blanked, file).enumerated() {
            Invariant.require(
                kept == original || (kept == 0x20 && original != UInt8(ascii: "\n")),
                "markdown: byte \(offset) \(original) became \(kept)")
        }
    }
}
