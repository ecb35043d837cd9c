import PCRE2

/// Where bytes stop being UTF-8, as a byte offset and as line:column, for messages that point
/// at the bad byte.
enum UTF8Check {
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        ValidUTF8.firstInvalidOffset(in: bytes)
    }

    /// 1-based line and column (in Unicode scalars) of `offset`, counting from `firstLine`.
    static func location(of offset: Int, in bytes: [UInt8], firstLine: Int = 1) -> (line: Int, column: Int) {
        let before = bytes[..<offset]
        let line = before.reduce(firstLine) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
        let lineStart = (before.lastIndex(of: UInt8(ascii: "\n")) ?? -1) + 1
        let column = before[lineStart...].reduce(1) { $1 & 0xC0 != 0x80 ? $0 + 1 : $0 }
        return (line, column)
    }
}
