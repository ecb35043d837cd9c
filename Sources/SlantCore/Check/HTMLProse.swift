/// A saved article page reduced to its article text: the `<article>` (or `<main>`, or `<body>`)
/// with boilerplate removed — navigation, site header, footer, asides, scripts, styles, forms,
/// figures, code, share and related-links widgets (by class, id or role) — entities decoded,
/// each block element a paragraph. Every byte of the result maps back to the page, so findings
/// point at the page's own line:column.
struct HTMLProse {
    /// Never prose, wherever they are.
    static let skippedElements: Set<String> = [
        "head", "script", "style", "noscript", "template", "nav", "footer", "aside", "form", "button", "select", "textarea",
        "iframe", "svg", "canvas", "figure", "picture", "video", "audio", "object", "embed", "code", "pre", "kbd", "samp",
        "dialog", "menu", "title",
    ]
    /// Elements that end a paragraph.
    static let blockElements: Set<String> = [
        "address", "article", "blockquote", "center", "dd", "details", "div", "dl", "dt", "fieldset", "figcaption", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "ol", "p", "section", "summary", "table", "tbody", "td",
        "tfoot", "th", "thead", "tr", "ul", "body", "html",
    ]
    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
    ]
    /// Words in a class or id (split at spaces, "-" and "_") that mark page furniture.
    static let boilerplateWords: Set<String> = [
        "share", "sharing", "social", "related", "newsletter", "subscribe", "subscription", "comment", "comments", "advert",
        "advertisement", "ad", "ads", "promo", "sidebar", "breadcrumb", "breadcrumbs", "cookie", "cookies", "banner", "popup",
        "modal", "recommended", "recommendations", "trending", "sponsored", "outbrain", "taboola", "nav", "navigation",
        "menu", "masthead", "toolbar", "paywall", "byline", "caption", "credit", "tags", "author", "footer", "skip",
    ]
    static let boilerplateRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "search", "dialog", "menu",
    ]

    let file: SourceText
    private let bytes: [UInt8]
    private let tokens: [HTMLToken]
    private let endTags: MatchingEndTags
    /// `textBytesBefore[i]`: the bytes of text in `tokens[..<i]`, so any range's text is one subtraction.
    private let textBytesBefore: [Int]
    private var builder = MappedTextBuilder()
    /// A separator owed before the next visible text: a paragraph break (or line break) standing
    /// for the tag that caused it, or a space for a run of white space.
    private var pendingBreak: (text: String, range: Range<Int>)?
    private var pendingSpace: Range<Int>?

    static func extract(_ file: SourceText) -> ProseText {
        var prose = HTMLProse(file: file)
        let candidates = prose.tokens.compactMap { token -> DirectiveCandidate? in
            guard case .comment(let body, let range) = token else { return nil }
            return DirectiveCandidate(body: file.text(ByteScanning.trimmed(body, in: file.bytes)), fileRange: range)
        }
        prose.reduce()
        if prose.builder.isEmpty { prose.builder.insert(" ", standingFor: 0..<0) }
        return ProseText(markup: .html, prose: prose.builder.build(for: file), candidates: candidates)
    }

    private init(file: SourceText) {
        self.file = file
        self.bytes = file.bytes
        let tokens = HTMLTokenizer.tokenize(file.bytes)
        self.tokens = tokens
        self.endTags = MatchingEndTags(tokens)
        var before = [0]
        before.reserveCapacity(tokens.count + 1)
        for token in tokens {
            if case .text(let text) = token {
                before.append(before[before.count - 1] + text.count)
            } else {
                before.append(before[before.count - 1])
            }
        }
        self.textBytesBefore = before
    }

    // MARK: - The article container

    private mutating func reduce() {
        let (range, keepsHeader) = container()
        var index = range.lowerBound
        while index < range.upperBound {
            switch tokens[index] {
            case .startTag(let name, let attributes, let tagRange, let selfClosing):
                if isBoilerplate(name: name, attributes: attributes, keepsHeader: keepsHeader) {
                    owe(paragraphBreakFor: tagRange)
                    let end = selfClosing || Self.voidElements.contains(name) ? index : matchingEnd(of: index) ?? index
                    index = end + 1
                    continue
                }
                if name == "br" {
                    owe(lineBreakFor: tagRange)
                } else if Self.blockElements.contains(name) {
                    owe(paragraphBreakFor: tagRange)
                }
            case .endTag(let name, let tagRange):
                if Self.blockElements.contains(name) { owe(paragraphBreakFor: tagRange) }
            case .text(let textRange):
                emitText(textRange)
            case .comment, .other:
                break
            }
            index += 1
        }
    }

    /// Token indexes inside the article: the `<article>` with the most text, else `<main>` (or
    /// role="main"), else `<body>`, else the whole page. A site header counts as boilerplate
    /// unless the container is an article or main element, whose own header holds the headline.
    private func container() -> (range: Range<Int>, keepsHeader: Bool) {
        func candidates(_ matches: (String, [String: String]) -> Bool) -> [Range<Int>] {
            tokens.indices.compactMap { index in
                guard case .startTag(let name, let attributes, _, false) = tokens[index], matches(name, attributes),
                    let end = matchingEnd(of: index)
                else { return nil }
                return (index + 1)..<end
            }
        }
        let articles = candidates { name, _ in name == "article" }
        if let best = articles.max(by: { textBytes(in: $0) < textBytes(in: $1) }) { return (best, true) }
        if let main = candidates({ name, attributes in name == "main" || attributes["role"]?.lowercased() == "main" }).first {
            return (main, true)
        }
        if let body = candidates({ name, _ in name == "body" }).first { return (body, false) }
        return (tokens.indices, false)
    }

    private func isBoilerplate(name: String, attributes: [String: String], keepsHeader: Bool) -> Bool {
        if Self.skippedElements.contains(name) || (name == "header" && !keepsHeader) { return true }
        if attributes["hidden"] != nil || attributes["aria-hidden"]?.lowercased() == "true" { return true }
        if let role = attributes["role"]?.lowercased(), Self.boilerplateRoles.contains(role) { return true }
        let words = [attributes["class"], attributes["id"]].compactMap { $0 }.joined(separator: " ").lowercased()
            .split { $0 == " " || $0 == "-" || $0 == "_" || $0 == "\t" || $0 == "\n" }
        return words.contains { Self.boilerplateWords.contains(String($0)) }
    }

    /// The index of the end tag closing the start tag at `index`, counting nested elements of
    /// the same name; nil when it is never closed.
    private func matchingEnd(of index: Int) -> Int? {
        endTags.end(of: index)
    }

    private func textBytes(in range: Range<Int>) -> Int {
        textBytesBefore[range.upperBound] - textBytesBefore[range.lowerBound]
    }

    // MARK: - Text

    private mutating func owe(paragraphBreakFor range: Range<Int>) {
        if pendingBreak?.text != "\n\n" { pendingBreak = ("\n\n", range) }
    }

    private mutating func owe(lineBreakFor range: Range<Int>) {
        if pendingBreak == nil { pendingBreak = ("\n", range) }
    }

    /// White space collapses to one space, entities are decoded, the rest is copied.
    private mutating func emitText(_ range: Range<Int>) {
        var position = range.lowerBound
        while position < range.upperBound {
            let byte = bytes[position]
            if isHTMLSpace(byte) {
                let start = position
                while position < range.upperBound && isHTMLSpace(bytes[position]) { position += 1 }
                owe(spaceFor: start..<position)
                continue
            }
            if byte == UInt8(ascii: "&"), let (text, length) = HTMLEntities.decode(at: position, in: bytes),
                position + length <= range.upperBound
            {
                let entity = position..<(position + length)
                if text == "\u{00A0}" || text == "\u{2002}" || text == "\u{2003}" || text == "\u{2009}" {
                    owe(spaceFor: entity)
                } else if text == "\u{00AD}" || text == "\u{200B}" || text == "\u{200C}" || text == "\u{200D}" {
                    // Soft hyphens and zero-width characters: invisible, and they would split words.
                } else {
                    settleSeparators()
                    builder.insert(text, standingFor: entity)
                }
                position += length
                continue
            }
            let start = position
            while position < range.upperBound && !isHTMLSpace(bytes[position]) && bytes[position] != UInt8(ascii: "&") {
                position += 1
            }
            if position == start { position += 1 }
            settleSeparators()
            builder.copy(start..<position, of: bytes)
        }
    }

    private mutating func owe(spaceFor range: Range<Int>) {
        if let pending = pendingSpace, pending.upperBound == range.lowerBound {
            pendingSpace = pending.lowerBound..<range.upperBound
        } else if pendingSpace == nil {
            pendingSpace = range
        }
    }

    /// Writes the separator owed before visible text; none at the very start.
    private mutating func settleSeparators() {
        defer {
            pendingBreak = nil
            pendingSpace = nil
        }
        guard !builder.isEmpty else { return }
        if let pendingBreak {
            builder.insert(pendingBreak.text, standingFor: pendingBreak.range)
        } else if let pendingSpace {
            builder.insert(" ", standingFor: pendingSpace)
        }
    }

    private func isHTMLSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }
}
