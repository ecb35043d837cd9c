import PCRE2
import Testing

@testable import SlantCore

/// `RepeatedLines` keys lines by `HashedBytes`, a digest of eight bytes at a time: lines that
/// differ anywhere, in a full word or in the last few bytes, must stay apart, and equal lines
/// must meet whatever their length.
@Suite struct RepeatedLinesTests {
    static func source(_ text: String) -> SourceText {
        SourceText(name: "t", utf8: ValidUTF8(text))
    }

    @Test func equalBytesAreOneKeyAndAnyDifferentByteIsAnother() {
        let lines = [
            "", "a", "ab", "abcdefg", "abcdefgh", "abcdefghi", "abcdefgh abcdefgh", "abcdefgh abcdefgi",
            "xbcdefgh abcdefgh", "Photo: Reuters", "Photo: Reuters.", "Photo: Reuter", "Photo: Reutersx",
        ]
        let bytes = lines.map { Array($0.utf8)[...] }
        for (i, left) in bytes.enumerated() {
            // A copy in another array at another offset is the same key.
            let copy = ([0x20] + Array(left))[1...]
            #expect(HashedBytes(left) == HashedBytes(copy))
            #expect(Set([HashedBytes(left), HashedBytes(copy)]).count == 1)
            for (j, right) in bytes.enumerated() where j != i {
                #expect(HashedBytes(left) != HashedBytes(right), "\(lines[i]) and \(lines[j])")
            }
        }
        #expect(Set(bytes.map(HashedBytes.init)).count == lines.count)
    }

    @Test func repeatedLinesAreDroppedByContentNotByLengthOrDigestAlone() {
        // Two long lines equal but for their last byte, and a caption repeated: only the
        // caption's copies and the second copy of the long paragraph go.
        let paragraph = String(repeating: "The ceasefire talks resumed in Cairo on Monday. ", count: 5)
        let text = [
            "Headline", "", paragraph + "A", "", "Photo: Reuters", "", paragraph + "B", "", "Photo: Reuters", "",
            paragraph + "A",
        ].joined(separator: "\n")
        let source = Self.source(text)
        var repeated = RepeatedLines(source)
        var dropped: [Int] = []
        for line in 1...source.lineStarts.count {
            let range = ByteScanning.trimmed(source.lineRange(line), in: source.bytes)
            if !range.isEmpty, repeated.drops(range, in: source.bytes) { dropped.append(line) }
        }
        #expect(dropped == [5, 9, 11])
    }
}
