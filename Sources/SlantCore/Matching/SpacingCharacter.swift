/// The characters that separate words, or sit unseen inside them, which lexicon patterns should
/// not have to spell out: Unicode white space (PCRE2's `\s` with UCP: tab to carriage return,
/// space, U+0085, U+00A0, U+1680, U+2000 to U+200A, U+2028, U+2029, U+202F, U+205F, U+3000) and
/// the invisible format characters that editors and CMSs leave in words (soft hyphen U+00AD,
/// zero-width space, non-joiner and joiner U+200B to U+200D, the direction marks U+200E, U+200F,
/// U+202A to U+202E and U+2066 to U+2069, word joiner U+2060, invisible operators U+2061 to
/// U+2064, U+180E, and U+FEFF inside a text). Read from UTF-8 bytes without decoding: this runs
/// on every candidate byte of every article.
enum SpacingCharacter {
    enum Kind: Equatable {
        /// Horizontal white space: space, tab, no-break and other fixed-width spaces.
        case space
        /// A line break: `\n`, `\r`, `\r\n` (one break), vertical tab, form feed, U+0085, U+2028.
        case lineBreak
        /// U+2029, a paragraph separator: counts as a blank line.
        case paragraphSeparator
        /// A character with no width and no meaning between two letters.
        case invisible
    }

    /// The spacing character at `offset` and its length in bytes; nil for any other character.
    @inline(__always)
    static func at(_ offset: Int, in text: UnsafeBufferPointer<UInt8>) -> (kind: Kind, length: Int)? {
        let lead = text[offset]
        if lead < 0x80 {
            switch lead {
            case 0x20, 0x09: return (.space, 1)
            case 0x0A, 0x0B, 0x0C: return (.lineBreak, 1)
            case 0x0D: return (.lineBreak, offset + 1 < text.count && text[offset + 1] == 0x0A ? 2 : 1)
            default: return nil
            }
        }
        guard offset + 1 < text.count else { return nil }
        let second = text[offset + 1]
        if lead == 0xC2 {
            switch second {
            case 0xA0: return (.space, 2)
            case 0x85: return (.lineBreak, 2)
            case 0xAD: return (.invisible, 2)
            default: return nil
            }
        }
        guard lead >= 0xE1, lead <= 0xEF, offset + 2 < text.count else { return nil }
        let third = text[offset + 2]
        switch (lead, second) {
        case (0xE2, 0x80):
            switch third {
            case 0x80...0x8A, 0xAF: return (.space, 3)
            case 0x8B...0x8F, 0xAA...0xAE: return (.invisible, 3)
            case 0xA8: return (.lineBreak, 3)
            case 0xA9: return (.paragraphSeparator, 3)
            default: return nil
            }
        case (0xE2, 0x81):
            switch third {
            case 0x9F: return (.space, 3)
            case 0xA0...0xA4, 0xA6...0xA9: return (.invisible, 3)
            default: return nil
            }
        case (0xE1, 0x9A) where third == 0x80: return (.space, 3)
        case (0xE1, 0xA0) where third == 0x8E: return (.invisible, 3)
        case (0xE3, 0x80) where third == 0x80: return (.space, 3)
        case (0xEF, 0xBB) where third == 0xBF: return (.invisible, 3)
        default: return nil
        }
    }
}
