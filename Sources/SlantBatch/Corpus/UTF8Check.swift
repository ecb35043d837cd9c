import PCRE2
import SlantCore

/// Where bytes stop being UTF-8, as a byte offset and as line:column, for messages that point
/// at the bad byte.
enum UTF8Check {
    static func firstInvalidOffset(in bytes: [UInt8]) -> Int? {
        ValidUTF8.firstInvalidOffset(in: bytes)
    }

    /// 1-based line and column (in Unicode scalars) of `offset`, counting from `firstLine`; `\n`,
    /// `\r\n` and a lone `\r` each end a line.
    static func location(of offset: Int, in bytes: [UInt8], firstLine: Int = 1) -> (line: Int, column: Int) {
        let location = LineBreaks.location(of: offset, in: bytes, firstLine: firstLine)
        return (location.line, location.column)
    }
}
