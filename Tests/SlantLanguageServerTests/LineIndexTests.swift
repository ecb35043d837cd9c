import Testing

@testable import SlantLanguageServer

/// Byte offsets to LSP positions and back: UTF-16 code units, every kind of line end.
@Suite struct LineIndexTests {
    @Test func emojiAndAccentsCountInUTF16Units() {
        let text = "aé😀b\r\nx\ry"
        let bytes = Array(text.utf8)
        let index = LineIndex(bytes)
        // "a" 1 byte, "é" 2 bytes, "😀" 4 bytes (2 UTF-16 units), "b".
        #expect(index.position(of: 0) == (0, 0))
        #expect(index.position(of: 3) == (0, 2))
        #expect(index.position(of: 7) == (0, 4))
        #expect(index.position(of: 10) == (1, 0))
        #expect(index.position(of: 12) == (2, 0))
        for offset in [0, 1, 3, 7, 8, 10, 12, 13] {
            let position = index.position(of: offset)
            #expect(index.offset(line: position.line, character: position.character) == offset)
        }
        // Past the end of a line: its end, never the next line; past the last line: the end.
        #expect(index.offset(line: 0, character: 99) == 8)
        #expect(index.offset(line: 9, character: 0) == bytes.count)
        // Inside a surrogate pair: the emoji's end, never the middle of its bytes.
        #expect(index.offset(line: 0, character: 3) == 7)
    }
}
