/// Where the bytes of an analysed text came from when they are not the file itself: an HTML page
/// reduced to its article text, or a text with directive lines taken out. Locations and byte
/// offsets of findings are mapped back through it, so they always point into the file as read.
///
/// A class (immutable, so still `Sendable`) because `SourceText` holds one and it holds the file's
/// own `SourceText`: a struct could not contain itself.
public final class TextOrigin: Sendable {
    /// A run of analysed bytes and the run of file bytes it stands for. A verbatim piece is a
    /// byte-for-byte copy; any other (a decoded entity, a collapsed run of spaces, an inserted
    /// paragraph break) maps as a whole to its file range.
    public struct Piece: Sendable, Hashable {
        public let text: Range<Int>
        public let file: Range<Int>
        public let verbatim: Bool

        public init(text: Range<Int>, file: Range<Int>, verbatim: Bool) {
            self.text = text
            self.file = file
            self.verbatim = verbatim
        }
    }

    /// The file as read.
    public let file: SourceText
    /// Sorted by `text`, contiguous, covering the whole analysed text.
    public let pieces: [Piece]

    public init(file: SourceText, pieces: [Piece]) {
        self.file = file
        self.pieces = pieces
    }

    /// File offset of the analysed byte at `offset` (the file's end for the text's end).
    public func fileOffset(of offset: Int) -> Int {
        guard let piece = piece(containing: offset) else { return pieces.last?.file.upperBound ?? offset }
        return piece.verbatim ? piece.file.lowerBound + (offset - piece.text.lowerBound) : piece.file.lowerBound
    }

    /// File bytes that an analysed range stands for.
    public func fileRange(of range: Range<Int>) -> Range<Int> {
        let start = fileOffset(of: range.lowerBound)
        guard !range.isEmpty, let last = piece(containing: range.upperBound - 1) else { return start..<start }
        let end = last.verbatim ? last.file.lowerBound + (range.upperBound - last.text.lowerBound) : last.file.upperBound
        return start..<max(start, end)
    }

    private func piece(containing offset: Int) -> Piece? {
        var low = 0
        var high = pieces.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if offset < pieces[middle].text.lowerBound {
                high = middle - 1
            } else if offset >= pieces[middle].text.upperBound {
                low = middle + 1
            } else {
                return pieces[middle]
            }
        }
        return nil
    }
}
