/// Textual facts about a PCRE2 pattern that decide how the scanner may run it. Conservative:
/// anything it does not understand answers "run this pattern on its own". Works on UTF-8 bytes:
/// every byte it looks for is ASCII, and bytes are much cheaper to walk than `Character`s (this
/// runs for every pattern at start-up).
struct PatternSource {
    let bytes: [UInt8]

    init(_ pattern: String) {
        bytes = Array(pattern.utf8)
    }

    /// Whether every match begins at `\b`: the pattern opens with `\b` after any lookbehinds, or
    /// with a group (`(?:`, `(?i:`, `(?-i:`) whose content does, and no `|` offers another way
    /// in. With a word character as first byte, it can only match at the start of a word.
    var startsAtWordStart: Bool { withoutLeadingBoundary() != nil }

    /// The pattern without its leading `\b` (and its leading lookbehinds unless kept); nil when
    /// it does not start at `\b`. Lookbehinds are zero-width checks at the match start, like
    /// `\b`, so moving `\b` in front of them changes nothing.
    func withoutLeadingBoundary(keepingLookbehinds: Bool = false) -> [UInt8]? {
        Self.withoutLeadingBoundary(bytes[...], keepingLookbehinds: keepingLookbehinds)
    }

    private static func withoutLeadingBoundary(_ pattern: ArraySlice<UInt8>, keepingLookbehinds: Bool) -> [UInt8]? {
        guard firstStructural(in: pattern, stop: { byte, depth in byte == UInt8(ascii: "|") && depth == 0 }) == nil
        else { return nil }
        var rest = pattern
        while rest.starts(with: "(?<!".utf8) || rest.starts(with: "(?<=".utf8) {
            guard let close = closingParenthesis(of: rest) else { return nil }
            rest = rest[(close + 1)...]
        }
        let lookbehinds = keepingLookbehinds ? Array(pattern[pattern.startIndex..<rest.startIndex]) : []
        if rest.starts(with: "\\b".utf8) { return lookbehinds + Array(rest.dropFirst(2)) }
        for opener in ["(?:", "(?i:", "(?-i:"] where rest.starts(with: opener.utf8) {
            guard let close = closingParenthesis(of: rest),
                let inner = withoutLeadingBoundary(
                    rest[(rest.startIndex + opener.utf8.count)..<close], keepingLookbehinds: keepingLookbehinds)
            else { return nil }
            return lookbehinds + Array(opener.utf8) + inner + Array(rest[close...])
        }
        return nil
    }

    /// Constructs whose meaning changes when the pattern becomes one alternative among many:
    /// back-references and group numbers, named groups, recursion, backtracking verbs, `\K`,
    /// `\G` and callouts. Escapes and classes are skipped, so `\\1` is not a reference.
    var dependsOnWholePattern: Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\\"), index + 1 < bytes.count {
                let next = bytes[index + 1]
                if (UInt8(ascii: "1")...UInt8(ascii: "9")).contains(next) || "gkKG".utf8.contains(next) { return true }
                index += 2
                continue
            }
            if byte == UInt8(ascii: "[") {
                index = Self.endOfClass(bytes[...], from: index) + 1
                continue
            }
            if byte == UInt8(ascii: "("), index + 1 < bytes.count {
                if bytes[index + 1] == UInt8(ascii: "*") { return true }
                if bytes[index + 1] == UInt8(ascii: "?"), index + 2 < bytes.count, opensSpecialGroup(at: index + 2) {
                    return true
                }
            }
            index += 1
        }
        return false
    }

    /// After `(?`: a named group, recursion, a callout, a branch-reset group or an option
    /// letter that changes the syntax (`x`, `n`). Lookbehinds and `(?-i` are fine.
    private func opensSpecialGroup(at index: Int) -> Bool {
        let kind = bytes[index]
        let next = index + 1 < bytes.count ? bytes[index + 1] : 0
        switch kind {
        case UInt8(ascii: "<"): return next != UInt8(ascii: "=") && next != UInt8(ascii: "!")
        case UInt8(ascii: "+"): return true
        case UInt8(ascii: "-") where (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(next): return true
        case UInt8(ascii: "-"), UInt8(ascii: "^"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"):
            if kind == UInt8(ascii: "R") || kind == UInt8(ascii: "C") || kind == UInt8(ascii: "P") { return true }
            // Option letters up to `:` or `)`: extended syntax changes what the text means.
            var end = index
            while end < bytes.count, bytes[end] != UInt8(ascii: ":"), bytes[end] != UInt8(ascii: ")") {
                if bytes[end] == UInt8(ascii: "x") || bytes[end] == UInt8(ascii: "n") { return true }
                end += 1
            }
            return false
        default: return "'|&0123456789".utf8.contains(kind)
        }
    }

    /// Past a quantifier (`?`, `*`, `+`, `{n}`, `{n,}`, `{n,m}`, then `?` or `+`) at `index`.
    static func endOfQuantifier(_ pattern: ArraySlice<UInt8>, from start: Int) -> Int {
        var index = start
        guard index < pattern.endIndex else { return index }
        switch pattern[index] {
        case UInt8(ascii: "?"), UInt8(ascii: "*"), UInt8(ascii: "+"): index += 1
        case UInt8(ascii: "{"):
            var end = index + 1
            while end < pattern.endIndex,
                (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(pattern[end]) || pattern[end] == UInt8(ascii: ",")
            {
                end += 1
            }
            guard end < pattern.endIndex, pattern[end] == UInt8(ascii: "}"), end > index + 1 else { return index }
            index = end + 1
        default: return index
        }
        if index < pattern.endIndex, pattern[index] == UInt8(ascii: "?") || pattern[index] == UInt8(ascii: "+") { index += 1 }
        return index
    }

    /// How many times a quantifier (as `endOfQuantifier` delimits it) repeats its item: `1...1`
    /// for none, `Int.max` for no upper bound; nil when it cannot be read.
    static func repeatCount(_ quantifier: ArraySlice<UInt8>) -> ClosedRange<Int>? {
        guard let first = quantifier.first else { return 1...1 }
        switch first {
        case UInt8(ascii: "?"): return 0...1
        case UInt8(ascii: "*"): return 0...Int.max
        case UInt8(ascii: "+"): return 1...Int.max
        default:
            guard let close = quantifier.firstIndex(of: UInt8(ascii: "}")) else { return nil }
            let bounds = quantifier[(quantifier.startIndex + 1)..<close].split(
                separator: UInt8(ascii: ","), omittingEmptySubsequences: false
            ).map { Int(String(decoding: $0, as: UTF8.self)) }
            guard let lower = bounds.first ?? nil else { return nil }
            if bounds.count == 1 { return lower...lower }
            guard bounds.count == 2 else { return nil }
            guard let upper = bounds[1] else { return lower...Int.max }
            return upper >= lower ? lower...upper : nil
        }
    }

    static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
            || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
    }

    /// Past the UTF-8 character that starts at `index`.
    static func endOfCharacter(_ text: ArraySlice<UInt8>, from index: Int) -> Int {
        var end = index + 1
        while end < text.endIndex, text[end] & 0xC0 == 0x80 { end += 1 }
        return end
    }

    /// Index of the `)` closing the group that opens at the start of `text`.
    static func closingParenthesis(of text: ArraySlice<UInt8>) -> Int? {
        firstStructural(in: text) { byte, depthAfter in byte == UInt8(ascii: ")") && depthAfter == 0 }
    }

    /// Walks a pattern's structure (skipping escapes and character classes), tracking group
    /// depth, and returns the index of the first parenthesis or bar for which `stop` is true.
    static func firstStructural(in text: ArraySlice<UInt8>, stop: (UInt8, Int) -> Bool) -> Int? {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let byte = text[index]
            switch byte {
            case UInt8(ascii: "\\"): index += 1
            case UInt8(ascii: "["): index = endOfClass(text, from: index)
            case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "|"):
                depth += byte == UInt8(ascii: "(") ? 1 : byte == UInt8(ascii: ")") ? -1 : 0
                if stop(byte, depth) { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// Index of the `]` closing the character class that opens at `start`.
    static func endOfClass(_ text: ArraySlice<UInt8>, from start: Int) -> Int {
        var index = start + 1
        if index < text.endIndex, text[index] == UInt8(ascii: "^") { index += 1 }
        if index < text.endIndex, text[index] == UInt8(ascii: "]") { index += 1 }
        while index < text.endIndex, text[index] != UInt8(ascii: "]") {
            // POSIX classes such as [:alpha:] hold a `]` of their own.
            if text[index] == UInt8(ascii: "["), index + 1 < text.endIndex, text[index + 1] == UInt8(ascii: ":") {
                while index < text.endIndex,
                    !(text[index] == UInt8(ascii: ":") && index + 1 < text.endIndex && text[index + 1] == UInt8(ascii: "]"))
                {
                    index += 1
                }
                index += 1
            } else if text[index] == UInt8(ascii: "\\") {
                index += 1
            }
            index += 1
        }
        return index
    }
}
