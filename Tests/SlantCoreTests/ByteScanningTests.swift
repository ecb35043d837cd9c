import Testing

@testable import SlantCore

/// The shortcuts must agree with the plain word scan they replace.
@Suite struct ByteScanningTests {
    static let text = Array(
        "Hamas-run ministry: 1,200 dead — “Gaza’s” toll -- rose; élan a-b--c 'quoted' x- -y Khan Younis's camp, naïve  test."
            .utf8)

    /// Long enough (four copies) that the scan window has to grow and to start mid-word.
    @Test func lastWordsEqualTheSuffixOfAllWords() {
        let bytes = Array(Array(repeating: Self.text, count: 4).joined())
        let boundaries = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
        for lower in boundaries where lower % 5 == 0 {
            for upper in boundaries where upper >= lower && upper % 3 == 0 {
                for count in [1, 2, 5] {
                    let expected = ByteScanning.words(in: lower..<upper, of: bytes).suffix(count)
                    #expect(Array(ByteScanning.lastWords(count, in: lower..<upper, of: bytes)) == Array(expected))
                }
            }
        }
    }

    @Test func aLimitKeepsTheFirstWords() {
        let all = ByteScanning.words(in: 0..<Self.text.count, of: Self.text)
        for limit in [1, 3, 5, all.count + 1] {
            #expect(ByteScanning.words(in: 0..<Self.text.count, of: Self.text, limit: limit) == Array(all.prefix(limit)))
        }
    }

    @Test func asciiSpacesAreUnicodeWhiteSpace() {
        for value in 0..<0x80 {
            let scalar = Unicode.Scalar(UInt8(value))
            #expect(ByteScanning.isSpace(scalar) == scalar.properties.isWhitespace, "U+\(value)")
        }
    }
}
