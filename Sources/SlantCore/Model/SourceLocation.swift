import SortedJSON

/// A 1-based line and column in the original file. Columns count Unicode scalars, so a curly
/// quote is one column, as in most editors.
public struct SourceLocation: Codable, Sendable, Hashable, Comparable, CustomStringConvertible {
    public let line: Int
    public let column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}

/// A piece of the original text: byte offsets (UTF-8), where it starts, and what it says.
public struct TextSpan: Codable, Sendable, Hashable {
    public let start: Int
    public let end: Int
    public let location: SourceLocation
    public let text: String

    public init(start: Int, end: Int, location: SourceLocation, text: String) {
        self.start = start
        self.end = end
        self.location = location
        self.text = text
    }

    public var range: Range<Int> { start..<end }
}

// The JSON report writes thousands of spans; they write their own fields (sorted keys).
extension SourceLocation: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("column", column)
        object.field("line", line)
    }
}

extension TextSpan: SortedJSONFields {
    public func writeFields(to object: inout SortedJSONObject) {
        object.field("end", end)
        object.field("location", location)
        object.field("start", start)
        object.field("text", text)
    }
}
