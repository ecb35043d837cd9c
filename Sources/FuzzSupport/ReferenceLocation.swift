import SlantCore

/// Line and column of every byte offset counted the slow, obvious way (line breaks before it;
/// scalars since the last one), to check the engine's indexed `SourceText.location(of:)` against.
public struct ReferenceLocation {
    /// Entry `offset` for each offset of the text and its end.
    private let locations: [SourceLocation]

    /// The first `byteOrderMarkLength` bytes (a UTF-8 byte-order mark) take no column: an
    /// editor does not show one.
    public init(_ bytes: [UInt8], byteOrderMarkLength: Int = 0) {
        var locations: [SourceLocation] = []
        locations.reserveCapacity(bytes.count + 1)
        var line = 1
        var column = 1
        for (offset, byte) in bytes.enumerated() {
            locations.append(SourceLocation(line: line, column: column))
            if offset < byteOrderMarkLength { continue }
            // A line ends at "\n", "\r\n" or a lone "\r" (the "\r" of "\r\n" is the line's last byte).
            let endsLine =
                byte == UInt8(ascii: "\n")
                || byte == UInt8(ascii: "\r") && (offset + 1 == bytes.count || bytes[offset + 1] != UInt8(ascii: "\n"))
            if endsLine {
                line += 1
                column = 1
            } else if byte & 0xC0 != 0x80 {
                column += 1
            }
        }
        locations.append(SourceLocation(line: line, column: column))
        self.locations = locations
    }

    /// The location of `offset`, which must lie in `0...bytes.count`.
    public subscript(offset: Int) -> SourceLocation { locations[offset] }

    public static func of(_ offset: Int, in bytes: [UInt8], byteOrderMarkLength: Int = 0) -> SourceLocation {
        ReferenceLocation(Array(bytes[..<offset]), byteOrderMarkLength: byteOrderMarkLength)[offset]
    }

    /// Whether `offset` may start or end a piece of text: not inside a multi-byte scalar.
    public static func isScalarBoundary(_ offset: Int, in bytes: [UInt8]) -> Bool {
        offset == bytes.count || (offset >= 0 && offset < bytes.count && bytes[offset] & 0xC0 != 0x80)
    }
}
