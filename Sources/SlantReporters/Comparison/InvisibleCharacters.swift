/// Characters a reader cannot see, or that change how the text around them is shown: C0 and C1
/// controls (a bell, a tab, a line break, which would end a table row), the line and paragraph
/// separators, and the bidirectional controls that can reorder what is displayed. Reports write
/// them as `\u0007`-style escapes so that every outlet name reads as what it is.
enum InvisibleCharacters {
    static func escape(_ scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F, 0x2028, 0x2029, 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069, 0xFEFF:
            let digits = String(scalar.value, radix: 16, uppercase: true)
            return "\\u" + String(repeating: "0", count: 4 - digits.count) + digits
        default:
            return nil
        }
    }
}
