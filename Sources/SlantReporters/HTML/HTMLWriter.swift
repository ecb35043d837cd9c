/// An HTML document built as UTF-8 bytes: markup appended as it is, text and attribute values
/// escaped on the way in. One pass over each string's bytes, so a page costs time linear in
/// what it shows.
struct HTMLWriter {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    /// Markup written by the reporter itself: tags, attribute names, the style sheet.
    mutating func raw(_ markup: String) {
        var markup = markup
        markup.withUTF8 { bytes.append(contentsOf: $0) }
    }

    /// Text from the article or the report: safe both between tags and inside a quoted attribute.
    mutating func text(_ text: String) {
        var text = text
        text.withUTF8 { escape($0) }
    }

    /// `<tag>text</tag>`.
    mutating func element(_ tag: String, _ text: String, attributes: String = "") {
        raw("<\(tag)\(attributes)>")
        self.text(text)
        raw("</\(tag)>")
    }

    /// ` name="value"`, the value escaped.
    mutating func attribute(_ name: String, _ value: String) {
        raw(" \(name)=\"")
        text(value)
        raw("\"")
    }

    /// Escapes `& < > " '`: the five characters that can end a text run or a quoted attribute.
    /// Runs without them are copied whole.
    mutating func escape(_ source: UnsafeBufferPointer<UInt8>) {
        var runStart = 0
        for index in 0..<source.count {
            let replacement: StaticString
            switch source[index] {
            case UInt8(ascii: "&"): replacement = "&amp;"
            case UInt8(ascii: "<"): replacement = "&lt;"
            case UInt8(ascii: ">"): replacement = "&gt;"
            case UInt8(ascii: "\""): replacement = "&quot;"
            case UInt8(ascii: "'"): replacement = "&#39;"
            default: continue
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<index]))
            replacement.withUTF8Buffer { bytes.append(contentsOf: $0) }
            runStart = index + 1
        }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
