/// The text the JSON report gives for spans it may repeat once per mention: the casualty
/// sentence of each casualty word and the paraphrase of each reporting verb. Whole, a long
/// sentence repeated for every mention in it made the report grow with the square of the
/// sentence (7.45 GB of JSON for one 5 MB line); cut to `maximumBytes`, each mention costs a
/// bounded amount. The span's `start` and `end` still delimit all of it.
public enum TextExcerpt {
    public static let maximumBytes = 240
    static let ellipsis = "…"

    /// `source.span(range)`, its text cut after the last word that fits in `maximumBytes`
    /// (ellipsis included) and ended with "…" when the span is longer.
    static func span(_ range: Range<Int>, in source: SourceText) -> TextSpan {
        guard range.count > maximumBytes else { return source.span(range) }
        let bytes = source.bytes
        let limit = range.lowerBound + maximumBytes - ellipsis.utf8.count
        var end = limit
        while end > range.lowerBound && !isASCIIWhitespace(bytes[end]) { end -= 1 }
        if end == range.lowerBound {
            end = limit
            while end > range.lowerBound && bytes[end] & 0xC0 == 0x80 { end -= 1 }
        }
        while end > range.lowerBound && isASCIIWhitespace(bytes[end - 1]) { end -= 1 }
        return TextSpan(
            start: range.lowerBound, end: range.upperBound, location: source.location(of: range.lowerBound),
            text: source.text(range.lowerBound..<end) + ellipsis)
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
