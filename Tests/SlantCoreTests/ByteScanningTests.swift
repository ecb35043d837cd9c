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

    /// The byte-classifying walk against the definition, scalar by scalar: letters and digits,
    /// joined by a hyphen or apostrophe between two of them.
    @Test func wordsFollowTheScalarDefinition() {
        var samples = [String(decoding: Self.text, as: UTF8.self), "a-'b x’y 3-4 -z- ñ-ü 日本語 ſtate K-9 O'Neil’s", "", "-", "ab"]
        // Random texts, so words, hyphens and non-ASCII fall at every place of an eight-byte chunk.
        let pieces = [
            "a", "Zq", "9", " ", "  ", "-", "'", ",", ".", "é", "’", "日", "word", "Hamas", "x-y", "\n", "_", "@", "[", "`", "{",
        ]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<400 {
            samples.append(
                (0..<Int.random(in: 1...40, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        for sample in samples {
            let bytes = Array(sample.utf8)
            var scalars: [(offset: Int, scalar: Unicode.Scalar)] = []
            var offset = 0
            for scalar in sample.unicodeScalars {
                scalars.append((offset, scalar))
                offset += String(scalar).utf8.count
            }
            var expected: [Range<Int>] = []
            var start: Int?
            for (position, item) in scalars.enumerated() {
                if ByteScanning.isWordScalar(item.scalar) {
                    if start == nil { start = item.offset }
                } else if let wordStart = start {
                    let joins =
                        ByteScanning.isWordJoiner(item.scalar) && position + 1 < scalars.count
                        && ByteScanning.isWordScalar(scalars[position + 1].scalar)
                    if !joins {
                        expected.append(wordStart..<item.offset)
                        start = nil
                    }
                }
            }
            if let wordStart = start { expected.append(wordStart..<bytes.count) }
            #expect(ByteScanning.words(in: 0..<bytes.count, of: bytes) == expected, "\(sample)")
            #expect(ByteScanning.wordCount(in: 0..<bytes.count, of: bytes) == expected.count)
        }
    }

    /// The General Punctuation shortcuts against Unicode's properties, scalar by scalar.
    @Test func generalPunctuationShortcutsFollowTheProperties() {
        for value in UInt32(0x1FF0)...0x2080 {
            let scalar = Unicode.Scalar(value)!
            #expect(
                ByteScanning.isWordScalar(scalar)
                    == (scalar.properties.isAlphabetic || scalar.properties.numericType != nil), "\(value)")
            #expect(ByteScanning.isSpace(scalar) == scalar.properties.isWhitespace, "\(value)")
        }
        #expect(ByteScanning.isGeneralPunctuation("\u{2000}") && ByteScanning.isGeneralPunctuation("\u{206F}"))
        #expect(!ByteScanning.isGeneralPunctuation("\u{1FFF}") && !ByteScanning.isGeneralPunctuation("\u{2070}"))
    }

    @Test func lowercasedComparisonMatchesTheLowercasedText() {
        let texts = [
            "the", "The", "THE", "thE", "them", "th", "", "its", "ITS", "İts", "\u{212A}", "k", "K", "fröm", "FROM", "of", "0f",
            "OF", "its\u{301}",
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            for word: StaticString in ["the", "its", "from", "of", "k"] {
                #expect(
                    ByteScanning.lowercased(0..<bytes.count, of: bytes, equals: word)
                        == (ByteScanning.lowercased(0..<bytes.count, of: bytes) == word.description), "\(text) \(word)")
            }
        }
    }

    @Test func continuationBytesAreCountedEightAtATime() {
        let bytes = Array(Array(repeating: Self.text, count: 3).joined())
        for lower in stride(from: 0, to: bytes.count, by: 7) {
            for upper in stride(from: lower, through: bytes.count, by: 5) {
                let expected = bytes[lower..<upper].filter { $0 & 0xC0 == 0x80 }.count
                #expect(SourceText.continuationBytes(in: lower..<upper, of: bytes) == expected)
            }
        }
    }

    /// The eight-at-a-time searches must stop where a byte-by-byte search stops.
    @Test func chunkedSearchesFindTheFirstWantedByte() {
        let bytes = Array(Array(repeating: Self.text, count: 2).joined()) + Array("no marks here at all x".utf8)
        for start in 0..<bytes.count {
            for end in stride(from: start, through: bytes.count, by: 11) {
                let terminator = (start..<end).first { ".!?".utf8.contains(bytes[$0]) } ?? end
                #expect(SentenceSplitter.nextTerminator(from: start, to: end, in: bytes) == terminator)
                let mark = (start..<end).first { bytes[$0] >= 0x80 || "\"'".utf8.contains(bytes[$0]) } ?? end
                #expect(QuotationFinder.nextPossibleMark(from: start, to: end, in: bytes) == mark)
            }
        }
        for value in 0...255 {
            let word = UInt64(UInt8(value)) << 40 | 0x4141_4141_4141_4141 & ~(0xFF << 40)
            #expect(ByteLanes.has(UInt8(value), in: word))
            #expect(ByteLanes.has(0x41, in: word) == true)
            #expect(ByteLanes.has(UInt8(value), in: 0x4242_4242_4242_4242) == (value == 0x42))
            // Each lane of the letter-or-digit test against the byte's own class.
            for lane in 0..<8 {
                let lanes = UInt64(UInt8(value)) << UInt64(lane * 8) | 0x2020_2020_2020_2020 & ~(0xFF << UInt64(lane * 8))
                let expected: UInt64 = ByteScanning.isASCIILetterOrDigit(UInt8(value)) ? 0x80 << UInt64(lane * 8) : 0
                #expect(ByteLanes.letterOrDigitLanes(lanes) == expected, "byte \(value) in lane \(lane)")
                // Lower-casing each lane next to capitals and bytes outside ASCII, which it must not touch.
                for neighbour: UInt8 in [0x5A, 0xC3] {
                    var bytes = [UInt8](repeating: neighbour, count: 8)
                    bytes[lane] = UInt8(value)
                    let pack = { (bytes: [UInt8]) -> UInt64 in
                        bytes.reversed().reduce(UInt64(0)) { word, byte in word << 8 | UInt64(byte) }
                    }
                    let mixed = pack(bytes)
                    let lowered = pack(bytes.map { byte in byte &- 0x41 < 26 ? byte | 0x20 : byte })
                    #expect(ByteLanes.asciiLowercased(mixed) == lowered, "byte \(value) in lane \(lane)")
                }
            }
        }
    }

    /// Columns from the checkpoints must be the scalars counted from the line's start, on lines
    /// long enough to cross several checkpoints.
    @Test func columnsOnLongLinesCountScalars() throws {
        let line = String(decoding: Array(Array(repeating: Self.text, count: 12).joined()), as: UTF8.self)
        let text = "short line\n" + line + "\n" + line
        let source = try InputDecoder.decode(Array(text.utf8), name: "long.txt")
        let bytes = Array(text.utf8)
        var lineNumber = 1
        var column = 1
        for offset in 0..<bytes.count {
            if bytes[offset] & 0xC0 != 0x80 {
                #expect(source.location(of: offset) == SourceLocation(line: lineNumber, column: column), "\(offset)")
            }
            if bytes[offset] == UInt8(ascii: "\n") {
                lineNumber += 1
                column = 1
            } else if bytes[offset] & 0xC0 != 0x80 {
                column += 1
            }
        }
    }

    @Test func lowercasingMatchesTheStandardLibrary() {
        for word in ["Hamas", "IDF", "Gaza’s", "ÉLAN", "İstanbul", "ſ", "K", "abc-XYZ_09", "@[`{"] {
            let bytes = Array(word.utf8)
            #expect(ByteScanning.lowercased(0..<bytes.count, of: bytes) == word.lowercased(), "\(word)")
        }
    }

    @Test func asciiSpacesAreUnicodeWhiteSpace() {
        for value in 0..<0x80 {
            let scalar = Unicode.Scalar(UInt8(value))
            #expect(ByteScanning.isSpace(scalar) == scalar.properties.isWhitespace, "U+\(value)")
        }
    }
}
