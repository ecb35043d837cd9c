import SlantCore

/// Every `TextSpan` of a report must point into its text: inside the bytes, on scalar
/// boundaries, naming exactly the bytes it covers, at the line:column those bytes start on.
/// Spans are found by reflection, so a span added to the report later is checked too.
public enum SpanInvariants {
    public static func check(_ audit: ArticleAudit, of source: SourceText) {
        let bytes = source.bytes
        let locations = ReferenceLocation(bytes, byteOrderMarkLength: source.byteOrderMarkLength)
        forEachSpan(in: audit, path: "audit") { span, path in
            Invariant.require(
                0 <= span.start && span.start <= span.end && span.end <= bytes.count,
                "\(path) \(span.start)..<\(span.end) is outside the text of \(bytes.count) bytes")
            Invariant.require(
                ReferenceLocation.isScalarBoundary(span.start, in: bytes)
                    && ReferenceLocation.isScalarBoundary(span.end, in: bytes),
                "\(path) \(span.start)..<\(span.end) cuts a UTF-8 sequence")
            // A long casualty sentence or paraphrase carries an excerpt (`TextExcerpt`): the
            // span's first bytes, cut between words, and "…".
            let named = Array(span.text.utf8)
            let covered = Array(bytes[span.start..<span.end])
            let isExcerpt =
                span.end - span.start > TextExcerpt.maximumBytes && named.count <= TextExcerpt.maximumBytes
                && span.text.hasSuffix("…") && covered.starts(with: named.dropLast("…".utf8.count))
            Invariant.require(
                named == covered || isExcerpt,
                "\(path) says \(String(reflecting: span.text)) but its bytes \(span.start)..<\(span.end) are \(String(reflecting: source.text(span.range)))"
            )
            let expected = locations[span.start]
            Invariant.require(
                span.location == expected, "\(path) at byte \(span.start) is located at \(span.location), not \(expected)")
        }
    }

    /// Calls `visit` with each span below `value` and where it is ("audit.findings[3].span").
    public static func forEachSpan(in value: Any, path: String, _ visit: (TextSpan, String) -> Void) {
        if let span = value as? TextSpan {
            visit(span, path)
            return
        }
        // Leaves: nothing below them can be a span, and reflecting a string's characters is slow.
        if value is String || value is Int || value is Double || value is Bool { return }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .collection, .set:
            for (index, child) in mirror.children.enumerated() {
                forEachSpan(in: child.value, path: "\(path)[\(index)]", visit)
            }
        case .optional:
            if let wrapped = mirror.children.first { forEachSpan(in: wrapped.value, path: path, visit) }
        default:
            for child in mirror.children {
                forEachSpan(in: child.value, path: "\(path).\(child.label ?? "?")", visit)
            }
        }
    }
}
