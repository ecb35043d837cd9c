import Foundation
import PCRE2

/// The article exactly as read, proven UTF-8, with a line index so any byte offset can be
/// shown as line:column of the original file.
public struct SourceText: Sendable {
    /// Where the text came from: a path, "-" for standard input, or a record name.
    public let name: String
    public let utf8: ValidUTF8
    /// Byte offset of the first byte of each line.
    public let lineStarts: [Int]
    /// See `checkpoints(of:)`.
    let continuationsBefore: [Int]
    /// Set when these bytes were derived from a file (markup reduced to prose): locations then
    /// point into that file.
    public let origin: TextOrigin?
    /// 3 when the input began with a UTF-8 byte-order mark, which `InputDecoder` blanked to three
    /// spaces so offsets stay those of the file: columns on line 1 count from the character after
    /// it, as an editor shows them.
    public let byteOrderMarkLength: Int

    public init(name: String, utf8: ValidUTF8, origin: TextOrigin? = nil, byteOrderMarkLength: Int = 0) {
        self.name = name
        self.utf8 = utf8
        self.origin = origin
        self.byteOrderMarkLength = byteOrderMarkLength
        // \n, \r\n and a lone \r each end a line, for line numbers and for the paragraphs the
        // segmenter builds from lines.
        self.lineStarts = LineBreaks.lineStarts(of: utf8.bytes)
        self.continuationsBefore = Self.checkpoints(of: utf8.bytes)
    }

    public var bytes: [UInt8] { utf8.bytes }

    /// The bytes as they were read, byte-order mark included: what the input's SHA-256 is of.
    public var inputBytes: [UInt8] {
        guard byteOrderMarkLength == 3 else { return bytes }
        var original = bytes
        original.replaceSubrange(0..<3, with: [0xEF, 0xBB, 0xBF])
        return original
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        if let origin { return origin.file.location(of: origin.fileOffset(of: offset)) }
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let start = lineStarts[low]
        let end = max(start, min(offset, bytes.count))
        let continuations =
            end - start <= 2 * Self.checkpointSpacing
            ? Self.continuationBytes(in: start..<end, of: bytes)
            : continuationBytes(before: end) - continuationBytes(before: start)
        let column = 1 + end - start - continuations
        return SourceLocation(line: low + 1, column: low == 0 ? max(1, column - byteOrderMarkLength) : column)
    }

    /// Bytes between the checkpoints of `continuationsBefore`.
    static let checkpointSpacing = 256

    /// Continuation bytes in `0..<offset`, from the checkpoint below it: a column deep into a
    /// long line (a whole paragraph) then costs two short counts, not a count from the line's start.
    private func continuationBytes(before offset: Int) -> Int {
        let checkpoint = offset / Self.checkpointSpacing
        return continuationsBefore[checkpoint]
            + Self.continuationBytes(in: (checkpoint * Self.checkpointSpacing)..<offset, of: bytes)
    }

    /// Entry k: the continuation bytes in `0..<(k * checkpointSpacing)`.
    static func checkpoints(of bytes: [UInt8]) -> [Int] {
        var checkpoints = [0]
        checkpoints.reserveCapacity(bytes.count / checkpointSpacing + 1)
        var start = 0
        while start + checkpointSpacing <= bytes.count {
            checkpoints.append(
                checkpoints[checkpoints.count - 1] + continuationBytes(in: start..<(start + checkpointSpacing), of: bytes))
            start += checkpointSpacing
        }
        return checkpoints
    }

    /// How many UTF-8 continuation bytes (`10xxxxxx`) `range` holds: a column counts scalars, so
    /// it is the bytes minus these. Eight bytes at a time, since one-paragraph-per-line articles
    /// have long lines and every reported span asks for its column.
    static func continuationBytes(in range: Range<Int>, of bytes: [UInt8]) -> Int {
        guard !range.isEmpty else { return 0 }
        return bytes.withUnsafeBytes { raw in
            var count = 0
            var index = range.lowerBound
            while index + 8 <= range.upperBound {
                let word = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                // Bit 7 set and bit 6 clear: `word << 1` moves each byte's bit 6 to its bit 7.
                count += (word & ~(word << 1) & ByteLanes.high).nonzeroBitCount
                index += 8
            }
            while index < range.upperBound {
                if raw[index] & 0xC0 == 0x80 { count += 1 }
                index += 1
            }
            return count
        }
    }

    public func text(_ range: Range<Int>) -> String { utf8[range] }

    /// `text(range).lowercased()`, without Unicode tables when the text is ASCII.
    func lowercasedText(_ range: Range<Int>) -> String { ByteScanning.lowercased(range, of: bytes) }

    /// Offsets of these bytes (the engine compares spans with its own ranges); the location is
    /// in the file as read. `origin?.fileRange(of:)` gives the file's offsets of a derived text.
    public func span(_ range: Range<Int>) -> TextSpan {
        TextSpan(start: range.lowerBound, end: range.upperBound, location: location(of: range.lowerBound), text: text(range))
    }

    /// Line `number` (1-based) without its line break (`\n`, `\r\n` or `\r`).
    public func lineRange(_ number: Int) -> Range<Int> {
        let start = lineStarts[number - 1]
        guard number < lineStarts.count else { return start..<bytes.count }
        // The last byte of the line break: a \n (perhaps after a \r) or a lone \r.
        var end = lineStarts[number] - 1
        if bytes[end] == UInt8(ascii: "\n") && end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<end
    }
}
