import Foundation

/// Where lines start. `\n`, `\r\n` and a lone `\r` (old Mac files) each end one line, so a file
/// saved with any of the three conventions has the same line numbers in every message.
public enum LineBreaks {
    /// Byte offset of the first byte of each line; the first line starts at 0.
    public static func lineStarts(of bytes: [UInt8]) -> [Int] {
        var starts = [0]
        bytes.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return }
            if memchr(base, 0x0D, buffer.count) == nil {
                // No carriage return: the common case, found a word at a time by memchr.
                var offset = 0
                while offset < buffer.count, let newline = memchr(base + offset, 0x0A, buffer.count - offset) {
                    offset = base.distance(to: newline.assumingMemoryBound(to: UInt8.self)) + 1
                    starts.append(offset)
                }
                return
            }
            var offset = 0
            while offset < buffer.count {
                let byte = buffer[offset]
                offset += 1
                if byte == 0x0A {
                    starts.append(offset)
                } else if byte == 0x0D {
                    if offset < buffer.count, buffer[offset] == 0x0A { offset += 1 }
                    starts.append(offset)
                }
            }
        }
        return starts
    }

    /// 1-based line and column (in Unicode scalars) of `offset`, for messages about bytes that are
    /// not yet known to be UTF-8 (a column counts the bytes that do not continue a character).
    public static func location(of offset: Int, in bytes: some Collection<UInt8>, firstLine: Int = 1) -> SourceLocation {
        var line = firstLine
        var column = 1
        var previous: UInt8 = 0
        for byte in bytes.prefix(offset) {
            if byte == 0x0A && previous == 0x0D {
                // The second byte of a \r\n: the line was already counted at the \r.
            } else if byte == 0x0A || byte == 0x0D {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
            previous = byte
        }
        return SourceLocation(line: line, column: column)
    }
}
