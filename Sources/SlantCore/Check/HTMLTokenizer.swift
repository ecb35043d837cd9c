/// Splits an HTML page into tags, text and comments, forgivingly: a saved article page is rarely
/// valid HTML, and a stray `<` is text. Script-like elements hold raw text up to their end tag.
enum HTMLTokenizer {
    /// Elements whose content is not markup.
    static let rawTextElements: Set<String> = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"]

    static func tokenize(_ bytes: [UInt8]) -> [HTMLToken] {
        var work = 0
        return tokenize(bytes, work: &work)
    }

    /// `work` counts the bytes read by tag scans, for tests to check that hostile markup
    /// (thousands of `<a ` with no `>`) costs time in proportion to its length, not its square.
    static func tokenize(_ bytes: [UInt8], work: inout Int) -> [HTMLToken] {
        var tokens: [HTMLToken] = []
        var position = 0
        var textStart = 0
        var deadEnds = TagScanDeadEnds()
        func flushText(upTo end: Int) {
            if end > textStart { tokens.append(.text(textStart..<end)) }
        }
        while position < bytes.count {
            guard bytes[position] == UInt8(ascii: "<"),
                let (token, end) = markup(at: position, in: bytes, deadEnds: &deadEnds, work: &work)
            else {
                position += 1
                continue
            }
            flushText(upTo: position)
            tokens.append(token)
            position = end
            if case .startTag(let name, _, _, false) = token, rawTextElements.contains(name) {
                let close = find(closingTag: name, from: end, in: bytes) ?? bytes.count
                if close > end { tokens.append(.other(end..<close)) }
                position = close
            }
            textStart = position
        }
        flushText(upTo: bytes.count)
        return tokens
    }

    /// The token starting with the `<` at `start`, and where it ends; nil when the `<` is text.
    /// A tag never closed by `>` reads to the end of the page: `deadEnds` remembers where such
    /// a scan went, so the next `<` that reaches the same place stops there instead of reading
    /// the rest of the page again.
    private static func markup(at start: Int, in bytes: [UInt8], deadEnds: inout TagScanDeadEnds, work: inout Int)
        -> (HTMLToken, Int)?
    {
        if has("<!--", at: start, in: bytes) {
            let close = find("-->", from: start + 4, in: bytes)
            let end = close.map { $0 + 3 } ?? bytes.count
            work += end - start
            return (.comment(body: (start + 4)..<(close ?? bytes.count), range: start..<end), end)
        }
        guard start + 1 < bytes.count else { return nil }
        let next = bytes[start + 1]
        if next == UInt8(ascii: "!") || next == UInt8(ascii: "?") {
            let end = (find(">", from: start + 2, in: bytes) ?? bytes.count - 1) + 1
            work += end - start
            return (.other(start..<end), end)
        }
        let isEnd = next == UInt8(ascii: "/")
        let nameStart = isEnd ? start + 2 : start + 1
        guard nameStart < bytes.count, isLetter(bytes[nameStart]) else { return nil }
        var position = nameStart
        while position < bytes.count && isNameByte(bytes[position]) { position += 1 }
        let name = String(decoding: bytes[nameStart..<position], as: UTF8.self).lowercased()
        var attributes: [String: String] = [:]
        var selfClosing = false
        // Each turn of this loop starts between attributes, where what follows depends on the
        // position alone: a position from which an earlier scan found no `>` gives none now.
        deadEnds.startScan()
        defer { work += position - start }
        while position < bytes.count {
            if deadEnds.contains(position) { break }
            deadEnds.visit(position)
            let byte = bytes[position]
            if byte == UInt8(ascii: ">") {
                let range = start..<(position + 1)
                let token: HTMLToken =
                    isEnd
                    ? .endTag(name: name, range: range)
                    : .startTag(name: name, attributes: attributes, range: range, selfClosing: selfClosing)
                return (token, position + 1)
            }
            if byte == UInt8(ascii: "/") {
                selfClosing = true
                position += 1
                continue
            }
            if isSpace(byte) {
                position += 1
                continue
            }
            selfClosing = false
            let attributeStart = position
            while position < bytes.count && !isSpace(bytes[position]) && !"=>/".utf8.contains(bytes[position]) { position += 1 }
            let attribute = String(decoding: bytes[attributeStart..<position], as: UTF8.self).lowercased()
            while position < bytes.count && isSpace(bytes[position]) { position += 1 }
            var value = ""
            if position < bytes.count && bytes[position] == UInt8(ascii: "=") {
                position += 1
                while position < bytes.count && isSpace(bytes[position]) { position += 1 }
                if position < bytes.count && (bytes[position] == UInt8(ascii: "\"") || bytes[position] == UInt8(ascii: "'")) {
                    let quote = bytes[position]
                    let valueStart = position + 1
                    position = valueStart
                    while position < bytes.count && bytes[position] != quote { position += 1 }
                    value = String(decoding: bytes[valueStart..<min(position, bytes.count)], as: UTF8.self)
                    position += 1
                } else {
                    let valueStart = position
                    while position < bytes.count && !isSpace(bytes[position]) && bytes[position] != UInt8(ascii: ">") {
                        position += 1
                    }
                    value = String(decoding: bytes[valueStart..<position], as: UTF8.self)
                }
            }
            if !attribute.isEmpty && attributes[attribute] == nil { attributes[attribute] = value }
        }
        deadEnds.markVisitedAsDeadEnds(pageLength: bytes.count)
        return nil
    }

    private static func find(closingTag name: String, from start: Int, in bytes: [UInt8]) -> Int? {
        var position = start
        let needle = Array("</\(name)".utf8)
        while let candidate = find("</", from: position, in: bytes) {
            let end = candidate + needle.count
            if end <= bytes.count, bytes[candidate..<end].map({ $0 | 0x20 }) == needle.map({ $0 | 0x20 }),
                end == bytes.count || !isNameByte(bytes[end])
            {
                return candidate
            }
            position = candidate + 2
        }
        return nil
    }

    private static func has(_ prefix: String, at position: Int, in bytes: [UInt8]) -> Bool {
        let pattern = Array(prefix.utf8)
        return position + pattern.count <= bytes.count && Array(bytes[position..<(position + pattern.count)]) == pattern
    }

    private static func find(_ needle: String, from start: Int, in bytes: [UInt8]) -> Int? {
        let pattern = Array(needle.utf8)
        guard !pattern.isEmpty, bytes.count >= pattern.count else { return nil }
        var position = start
        while position + pattern.count <= bytes.count {
            if bytes[position] == pattern[0] && has(needle, at: position, in: bytes) { return position }
            position += 1
        }
        return nil
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private static func isNameByte(_ byte: UInt8) -> Bool {
        isLetter(byte) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: ":")
    }
    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
