import PCRE2

/// Builds a text out of pieces of a file and replacements, recording where each byte came from
/// so `TextOrigin` can map findings back to the file.
struct MappedTextBuilder {
    private(set) var bytes: [UInt8] = []
    private(set) var pieces: [TextOrigin.Piece] = []

    /// Copies `range` of the file byte for byte. `range` must start and end on scalar boundaries.
    mutating func copy(_ range: Range<Int>, of file: [UInt8]) {
        guard !range.isEmpty else { return }
        let start = bytes.count
        bytes.append(contentsOf: file[range])
        if let last = pieces.last, last.verbatim, last.file.upperBound == range.lowerBound, last.text.upperBound == start {
            pieces[pieces.count - 1] = TextOrigin.Piece(
                text: last.text.lowerBound..<bytes.count, file: last.file.lowerBound..<range.upperBound, verbatim: true)
        } else {
            pieces.append(TextOrigin.Piece(text: start..<bytes.count, file: range, verbatim: true))
        }
    }

    /// Adds `replacement` (a decoded entity, a space for a run of spaces, a paragraph break)
    /// standing for `range` of the file.
    mutating func insert(_ replacement: String, standingFor range: Range<Int>) {
        guard !replacement.isEmpty else { return }
        let start = bytes.count
        bytes.append(contentsOf: Array(replacement.utf8))
        pieces.append(TextOrigin.Piece(text: start..<bytes.count, file: range, verbatim: false))
    }

    var isEmpty: Bool { bytes.isEmpty }

    var last: UInt8? { bytes.last }

    /// The built text, mapped back to `file`. Pieces are whole scalars, so the bytes are UTF-8.
    func build(for file: SourceText) -> SourceText {
        let utf8 = (try? ValidUTF8(validating: bytes)) ?? ValidUTF8(String(decoding: bytes, as: UTF8.self))
        return SourceText(name: file.name, utf8: utf8, origin: TextOrigin(file: file, pieces: pieces))
    }
}
