import PCRE2

/// The article exactly as read, proven UTF-8, with a line index so any byte offset can be
/// shown as line:column of the original file.
public struct SourceText: Sendable {
    /// Where the text came from: a path, "-" for standard input, or a record name.
    public let name: String
    public let utf8: ValidUTF8
    /// Byte offset of the first byte of each line.
    public let lineStarts: [Int]
    /// Set when these bytes were derived from a file (markup reduced to prose): locations then
    /// point into that file.
    public let origin: TextOrigin?

    public init(name: String, utf8: ValidUTF8, origin: TextOrigin? = nil) {
        self.name = name
        self.utf8 = utf8
        self.origin = origin
        var starts = [0]
        for (offset, byte) in utf8.bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        self.lineStarts = starts
    }

    public var bytes: [UInt8] { utf8.bytes }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    public func location(of offset: Int) -> SourceLocation {
        if let origin { return origin.file.location(of: origin.fileOffset(of: offset)) }
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        var index = lineStarts[low]
        let bytes = utf8.bytes
        while index < offset && index < bytes.count {
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return SourceLocation(line: low + 1, column: column)
    }

    public func text(_ range: Range<Int>) -> String { utf8[range] }

    /// `text(range).lowercased()`, without Unicode tables when the text is ASCII.
    func lowercasedText(_ range: Range<Int>) -> String { ByteScanning.lowercased(range, of: bytes) }

    /// Offsets of these bytes (the engine compares spans with its own ranges); the location is
    /// in the file as read. `origin?.fileRange(of:)` gives the file's offsets of a derived text.
    public func span(_ range: Range<Int>) -> TextSpan {
        TextSpan(start: range.lowerBound, end: range.upperBound, location: location(of: range.lowerBound), text: text(range))
    }

    /// Line `number` (1-based) without its line break.
    public func lineRange(_ number: Int) -> Range<Int> {
        let start = lineStarts[number - 1]
        var end = number < lineStarts.count ? lineStarts[number] - 1 : bytes.count
        if end > start && bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
        return start..<max(start, end)
    }
}
