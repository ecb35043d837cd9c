/// The longest run of plain ASCII characters, one after another at the top level of a pattern,
/// that every match contains: `" Savage"` in `[A-Z][a-z]+ Savage\b`, `"toll"` in
/// `(?:the|a) (?:\w+ )?tolls? of`. A pattern whose literal prefixes let through nearly every
/// word is only worth trying where this run occurs. Conservative: any item this reading is not
/// sure of ends the run, or gives no run at all when it cannot tell where the item ends.
enum RequiredLiteral {
    /// `pattern` is the part of a lexicon pattern after its leading lookbehinds and `\b`, with no
    /// top-level `|` (`PatternSource.startsAtWordStart`).
    static func of(_ pattern: [UInt8]) -> [UInt8]? {
        guard !containsComment(pattern), let longest = longestRun(in: pattern[...]) else { return nil }
        return longest.isEmpty ? nil : longest
    }

    /// The longest run in a sequence of items; nil when an item cannot be read. An unquantified
    /// group of one alternative, `(?-i:...)` around a whole pattern say, is a sequence too.
    private static func longestRun(in pattern: ArraySlice<UInt8>) -> [UInt8]? {
        var longest: [UInt8] = []
        var run: [UInt8] = []
        var index = pattern.startIndex
        while index < pattern.endIndex {
            let itemStart = index
            let byte = pattern[index]
            var literal: UInt8?
            var end = index + 1
            switch byte {
            case UInt8(ascii: "\\"):
                guard index + 1 < pattern.endIndex else { return nil }
                let escaped = pattern[index + 1]
                end = index + 2
                if escaped < 0x80, !PatternSource.isASCIIAlphanumeric(escaped) {
                    literal = escaped
                } else if !"bBwWdDsShHvVRXAzZntrfea".utf8.contains(escaped) {
                    return nil  // `\x{..}`, `\p{..}`, `\Q`: longer than two bytes
                }
            case UInt8(ascii: "["):
                let close = PatternSource.endOfClass(pattern, from: index)
                guard close < pattern.endIndex else { return nil }
                end = close + 1
            case UInt8(ascii: "("):
                guard let close = PatternSource.closingParenthesis(of: pattern[index..<pattern.endIndex]) else { return nil }
                end = close + 1
            case UInt8(ascii: ")"), UInt8(ascii: "|"), UInt8(ascii: "*"), UInt8(ascii: "+"), UInt8(ascii: "?"),
                UInt8(ascii: "{"):
                return nil
            case UInt8(ascii: "."), UInt8(ascii: "^"), UInt8(ascii: "$"):
                break
            default:
                if byte < 0x80 { literal = byte } else { end = PatternSource.endOfCharacter(pattern, from: index) }
            }
            let itemEnd = end
            index = PatternSource.endOfQuantifier(pattern, from: itemEnd)
            if let literal, index == itemEnd {
                run.append(literal)
            } else {
                run = []
                if byte == UInt8(ascii: "("), index == itemEnd, let body = sequenceBody(of: pattern[itemStart..<itemEnd]) {
                    guard let inner = longestRun(in: body) else { return nil }
                    if inner.count > longest.count { longest = inner }
                }
            }
            if run.count > longest.count { longest = run }
        }
        return longest
    }

    /// The body of a non-capturing, atomic or case-setting group with one alternative.
    private static func sequenceBody(of group: ArraySlice<UInt8>) -> ArraySlice<UInt8>? {
        guard let opener = ["(?:", "(?>", "(?i:", "(?-i:"].first(where: { group.starts(with: $0.utf8) }) else { return nil }
        let body = group[(group.startIndex + opener.utf8.count)..<(group.endIndex - 1)]
        let bar = PatternSource.firstStructural(in: body) { byte, depth in byte == UInt8(ascii: "|") && depth == 0 }
        return bar == nil ? body : nil
    }

    /// A search for `literal` without case, as PCRE2's would find it (so the Kelvin sign and the
    /// long s count).
    static func search(for literal: [UInt8]) -> CaselessLiteralSearch? {
        // Without the spaces and punctuation at its ends (a part of a required run is required
        // too): PCRE2 looks for a first character, and spaces are everywhere.
        let trimmed = literal.drop { !PatternSource.isASCIIAlphanumeric($0) }.reversed().drop {
            !PatternSource.isASCIIAlphanumeric($0)
        }.reversed()
        return CaselessLiteralSearch(trimmed.count >= 3 ? Array(trimmed) : literal)
    }

    /// A comment `(?#...)` may hold parentheses that do not pair up.
    private static func containsComment(_ pattern: [UInt8]) -> Bool {
        pattern.indices.contains { pattern[$0...].starts(with: "(?#".utf8) }
    }
}
