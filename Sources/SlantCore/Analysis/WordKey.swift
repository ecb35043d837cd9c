/// A word as the closed word lists compare it: its lower-case text, packed into two integers.
/// A token carries one instead of a `String`, so tokens need no allocation or reference
/// counting, and looking a word up in a list hashes two integers instead of a string.
///
/// The key of a word is the packed `text.lowercased()` when that is ASCII and at most 16 bytes,
/// which every word of every list is. Any other word can be in no list: all such words share
/// `WordKey.unlisted`, which equals no list word. The empty key stands for punctuation.
/// `WordKeyTests` compare the keys with `lowercased()` on the words of real articles.
struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral {
    typealias StringLiteralType = StaticString

    /// Bytes 0..<8 and 8..<16, first byte lowest, zero after the end (words hold no zero byte).
    private let low: UInt64
    private let high: UInt64

    static let empty = WordKey(low: 0, high: 0)
    /// Bytes that no UTF-8 text contains, so no packed word equals it.
    static let unlisted = WordKey(low: .max, high: .max)

    private init(low: UInt64, high: UInt64) {
        self.low = low
        self.high = high
    }

    /// The key of the word at `range` of `bytes`.
    init(_ range: Range<Int>, of bytes: [UInt8]) {
        // Eight bytes at a time when the loads stay inside the text; byte by byte otherwise.
        if range.count <= 16, range.lowerBound + 16 <= bytes.count {
            let (first, second) = bytes.withUnsafeBytes { raw in
                (
                    UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: range.lowerBound, as: UInt64.self)),
                    UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: range.lowerBound + 8, as: UInt64.self))
                )
            }
            // Lanes past the word's end are cleared (little-endian: the first byte is the lowest lane).
            let firstKept = range.count >= 8 ? first : first & ((1 &<< UInt64(8 * range.count)) &- 1)
            let secondKept =
                range.count <= 8 ? 0 : range.count == 16 ? second : second & ((1 &<< UInt64(8 * (range.count - 8))) &- 1)
            if (firstKept | secondKept) & ByteLanes.high == 0 {
                self.init(low: ByteLanes.asciiLowercased(firstKept), high: ByteLanes.asciiLowercased(secondKept))
                return
            }
        }
        let packed = bytes.withUnsafeBufferPointer { Self.packASCII(UnsafeBufferPointer(rebasing: $0[range]), lowercasing: true) }
        if let packed {
            self = packed
        } else {
            // Longer than 16 bytes, or outside ASCII.
            self = bytes[range].allSatisfy { $0 < 0x80 } ? .unlisted : WordKey(outsideASCII: range, of: bytes)
        }
    }

    /// `bytes` packed, lower-cased when asked; nil when they are longer than 16 bytes or hold a
    /// byte outside ASCII (or a zero, which packing would lose).
    private static func packASCII(_ bytes: UnsafeBufferPointer<UInt8>, lowercasing: Bool) -> WordKey? {
        guard bytes.count <= 16 else { return nil }
        var low: UInt64 = 0
        var high: UInt64 = 0
        for (index, byte) in bytes.enumerated() {
            guard byte > 0, byte < 0x80 else { return nil }
            let packed = UInt64(lowercasing && byte &- 0x41 < 26 ? byte | 0x20 : byte)
            if index < 8 { low |= packed << (8 * UInt64(index)) } else { high |= packed << (8 * UInt64(index - 8)) }
        }
        return WordKey(low: low, high: high)
    }

    /// The key's bits mixed, for `WordSet`'s slots.
    var mixed: UInt64 { (low ^ high &* 0x9E37_79B9_7F4A_7C15) &* 0xBF58_476D_1CE4_E5B9 }

    /// The Kelvin sign is the only character outside ASCII whose lower case is ASCII (`k`;
    /// `WordKeyTests` check every scalar), so any other such word is in no list.
    private init(outsideASCII range: Range<Int>, of bytes: [UInt8]) {
        // Read in place: most such words only hold a curly apostrophe ("Israel’s").
        let hasKelvinSign = range.contains { index in
            bytes[index] == 0xE2 && index + 2 < range.upperBound && bytes[index + 1] == 0x84 && bytes[index + 2] == 0xAA
        }
        guard hasKelvinSign else {
            self = .unlisted
            return
        }
        self.init(text: String(decoding: bytes[range], as: UTF8.self).lowercased())
    }

    /// The key of a text that is already lower case.
    init(text: String) {
        var text = text
        self = text.withUTF8 { Self.packASCII($0, lowercasing: false) } ?? .unlisted
    }

    /// A list word: lower-case ASCII, at most 16 bytes. A `StaticString`, read as raw bytes:
    /// keys made from literals in the speaker finder's loops cost a `String` walk each.
    init(stringLiteral word: StaticString) {
        let packed = word.withUTF8Buffer { Self.packASCII($0, lowercasing: false) }
        precondition(packed != nil, "list words are ASCII of at most 16 bytes: \(word)")
        assert(word.description == word.description.lowercased(), "list words are lower case: \(word)")
        self = packed!
    }
}
