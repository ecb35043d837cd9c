/// Converts between UTF-8 byte offsets (slant's findings) and LSP positions: zero-based lines,
/// and characters counted in UTF-16 code units, so an emoji is two and "é" one.
struct LineIndex {
    let bytes: [UInt8]
    /// Byte offset where each line starts; a line ends at "\n", "\r\n" or a lone "\r", as in LSP.
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        var index = 0
        while index < bytes.count {
            if bytes[index] == 0x0A || (bytes[index] == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                starts.append(index + 1)
            }
            index += 1
        }
        lineStarts = starts
    }

    func position(of offset: Int) -> (line: Int, character: Int) {
        let offset = min(max(0, offset), bytes.count)
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var character = 0
        for byte in bytes[lineStarts[low]..<offset] { character += Self.utf16Units(leadingByte: byte) }
        return (low, character)
    }

    /// The byte offset of an LSP position; past a line's end means its end, past the last line the text's end.
    func offset(line: Int, character: Int) -> Int {
        guard line >= 0 else { return 0 }
        guard line < lineStarts.count else { return bytes.count }
        let lineEnd = line + 1 < lineStarts.count ? lineStarts[line + 1] : bytes.count
        var offset = lineStarts[line]
        var units = 0
        while offset < lineEnd, units < character, bytes[offset] != 0x0A, bytes[offset] != 0x0D {
            units += Self.utf16Units(leadingByte: bytes[offset])
            offset += 1
            while offset < lineEnd, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
        }
        return offset
    }

    /// UTF-16 code units of the scalar a UTF-8 byte starts: 0 for a continuation byte, 2 for a
    /// four-byte scalar (outside the Basic Multilingual Plane), else 1.
    static func utf16Units(leadingByte byte: UInt8) -> Int {
        if byte & 0xC0 == 0x80 { return 0 }
        return byte >= 0xF0 ? 2 : 1
    }
}
