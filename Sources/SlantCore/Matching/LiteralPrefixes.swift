/// The literal starts of a pattern: a short list of ASCII strings, lower-cased, such that every
/// match of the pattern begins with one of them, compared without case. `Kill(?:s|ed)?\b`
/// gives `["kill"]`, `(?:Benjamin )?Netanyahu` gives `["benjamin ", "netanyahu"]`, `[Kk]\w+`
/// gives `["k"]`. An empty string in the list means a match may start with anything.
///
/// Conservative, like the rest of `PatternSource`: a string may be shorter than it could be, never
/// longer. Case is dropped everywhere (a case-sensitive `(?-i:IDF)` gives `"idf"`), zero-width
/// items (`\b`, lookarounds, `(?i)`) are skipped, and a prefix ends, still valid, at the first
/// item this reading does not take as literal: a class of more than a few characters, `\w`, `.`,
/// a repeat. A character outside ASCII stands for any such character (`anyNonASCII`).
enum LiteralPrefixes {
    /// Longer prefixes rule out more words but make a larger trie; ten bytes tell apart every
    /// pair of default patterns that differ early.
    static let maximumLength = 10
    /// More alternatives than this (the product of several groups) end the prefixes before them.
    static let maximumCount = 64
    /// Classes up to this many characters (`[sz]`, `[0-9]`) are taken as alternatives.
    static let maximumClassSize = 10

    /// Stands in a prefix for any one character outside ASCII (not a UTF-8 byte of its own):
    /// the other case of `ü` may be other bytes, so the trie lets any such character through.
    static let anyNonASCII: UInt8 = 0x80

    /// A prefix being read, and whether the items after it still extend it.
    private struct Branch: Equatable {
        var bytes: [UInt8]
        var isOpen: Bool
    }

    /// `pattern` is the part of a lexicon pattern after its leading lookbehinds and `\b`.
    static func of(_ pattern: [UInt8]) -> [[UInt8]] {
        var seen: Set<[UInt8]> = []
        return sequence(pattern[...], after: [Branch(bytes: [], isOpen: true)]).map(\.bytes).filter { seen.insert($0).inserted }
    }

    /// The branches after the items of `pattern`, one alternative of a group or the whole.
    private static func sequence(_ pattern: ArraySlice<UInt8>, after start: [Branch]) -> [Branch] {
        var branches = start
        var index = pattern.startIndex
        while index < pattern.endIndex, branches.contains(where: \.isOpen) {
            guard let (item, itemEnd) = self.item(in: pattern, at: index) else { return closed(branches) }
            index = PatternSource.endOfQuantifier(pattern, from: itemEnd)
            guard let alternatives = item else { continue }  // zero width
            let repeats = PatternSource.repeatCount(pattern[itemEnd..<index])
            branches = extended(branches, by: alternatives, repeats: repeats)
        }
        return branches
    }

    /// The open branches followed by one item (its alternatives), repeated `repeats` times.
    private static func extended(_ branches: [Branch], by alternatives: [Branch], repeats: ClosedRange<Int>?) -> [Branch] {
        guard let repeats, repeats.lowerBound > 0 || repeats.upperBound == 1 else { return closed(branches) }
        var result: [Branch] = []
        for branch in branches {
            guard branch.isOpen else {
                result.append(branch)
                continue
            }
            // An optional item: the branch also goes on without it.
            if repeats.lowerBound == 0 { result.append(branch) }
            for alternative in alternatives {
                var bytes = branch.bytes + alternative.bytes
                // After a repeatable item the next bytes may be another repeat: stop there.
                var isOpen = alternative.isOpen && repeats.upperBound == 1
                if bytes.count >= maximumLength {
                    bytes.removeLast(bytes.count - maximumLength)
                    isOpen = false
                }
                let next = Branch(bytes: bytes, isOpen: isOpen)
                if !result.contains(next) { result.append(next) }
            }
        }
        return result.count > maximumCount ? closed(branches) : result
    }

    private static func closed(_ branches: [Branch]) -> [Branch] {
        branches.map { Branch(bytes: $0.bytes, isOpen: false) }
    }

    /// The item at `index` and where it ends: its alternatives (each with whether the items
    /// after it may extend it), nil alternatives for a zero-width item; nil when the prefix must
    /// end here.
    private static func item(in pattern: ArraySlice<UInt8>, at index: Int) -> (alternatives: [Branch]?, end: Int)? {
        let byte = pattern[index]
        switch byte {
        case UInt8(ascii: "\\"):
            guard index + 1 < pattern.endIndex else { return nil }
            let escaped = pattern[index + 1]
            if escaped == UInt8(ascii: "b") || escaped == UInt8(ascii: "B") { return (nil, index + 2) }
            // An escaped punctuation character means itself; letters and digits are classes,
            // anchors, references or code points.
            guard escaped < 0x80, !PatternSource.isASCIIAlphanumeric(escaped) else { return nil }
            return ([literal(escaped)], index + 2)
        case UInt8(ascii: "["):
            let close = PatternSource.endOfClass(pattern, from: index)
            guard close < pattern.endIndex, let members = classMembers(pattern[(index + 1)..<close]) else { return nil }
            return (members.map { literal($0) }, close + 1)
        case UInt8(ascii: "("):
            return group(in: pattern, at: index)
        case UInt8(ascii: "^"), UInt8(ascii: "$"):
            return (nil, index + 1)
        case UInt8(ascii: "."), UInt8(ascii: "|"), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"),
            UInt8(ascii: "?"), UInt8(ascii: "{"):
            return nil
        default:
            guard byte >= 0x80 else { return ([literal(byte)], index + 1) }
            let end = PatternSource.endOfCharacter(pattern, from: index)
            return ([literal(folded(pattern[index..<end]))], end)
        }
    }

    /// A group: lookarounds and `(?i)`-style settings are zero width; the alternatives of a
    /// plain, non-capturing, atomic or case-setting group are read each on its own.
    private static func group(in pattern: ArraySlice<UInt8>, at index: Int) -> (alternatives: [Branch]?, end: Int)? {
        guard let close = PatternSource.closingParenthesis(of: pattern[index...]) else { return nil }
        let opening = pattern[index...]
        if ["(?=", "(?!", "(?<=", "(?<!", "(?i)", "(?-i)"].contains(where: { opening.starts(with: $0.utf8) }) {
            return (nil, close + 1)
        }
        let body = pattern[(index + 1)..<close]
        var inner = body
        if let opener = ["?:", "?>", "?i:", "?-i:"].first(where: { body.starts(with: $0.utf8) }) {
            inner = body.dropFirst(opener.utf8.count)
        } else if body.first == UInt8(ascii: "?") || body.first == UInt8(ascii: "*") {
            return nil
        }
        var alternatives: [Branch] = []
        var start = inner.startIndex
        while true {
            let bar = PatternSource.firstStructural(in: inner[start...]) { byte, depth in byte == UInt8(ascii: "|") && depth == 0
            }
            alternatives += sequence(inner[start..<(bar ?? inner.endIndex)], after: [Branch(bytes: [], isOpen: true)])
            guard let bar else { return (alternatives, close + 1) }
            start = bar + 1
        }
    }

    /// The lower-cased characters of a small class of ASCII characters and ranges; nil for
    /// anything else (negation, `\w`, POSIX names, non-ASCII characters, too many).
    private static func classMembers(_ body: ArraySlice<UInt8>) -> [UInt8]? {
        var members: [UInt8] = []
        var index = body.startIndex
        guard index < body.endIndex, body[index] != UInt8(ascii: "^") else { return nil }
        while index < body.endIndex {
            var first = body[index]
            let isEscaped = first == UInt8(ascii: "\\")
            if isEscaped {
                guard index + 1 < body.endIndex, body[index + 1] < 0x80, !PatternSource.isASCIIAlphanumeric(body[index + 1])
                else { return nil }
                index += 1
                first = body[index]
            } else if first == UInt8(ascii: "[") {
                return nil
            } else if first >= 0x80 {
                // One character outside ASCII (not a range).
                let end = PatternSource.endOfCharacter(body, from: index)
                guard end == body.endIndex || body[end] != UInt8(ascii: "-") else { return nil }
                if !members.contains(folded(body[index..<end])) { members.append(folded(body[index..<end])) }
                index = end
                continue
            }
            var last = first
            if index + 2 < body.endIndex, body[index + 1] == UInt8(ascii: "-") {
                // A range: only between two plain characters.
                last = body[index + 2]
                guard !isEscaped, last < 0x80, last != UInt8(ascii: "\\"), last != UInt8(ascii: "["), last >= first else {
                    return nil
                }
                index += 2
            }
            for member in first...last where !members.contains(lowercased(member)) { members.append(lowercased(member)) }
            guard members.count <= maximumClassSize else { return nil }
            index += 1
        }
        return members
    }

    private static func literal(_ byte: UInt8) -> Branch {
        Branch(bytes: [lowercased(byte)], isOpen: true)
    }

    /// A character outside ASCII, in a prefix: the Kelvin sign and the long s as the ASCII
    /// letters they match without case, any other as `anyNonASCII`.
    private static func folded(_ character: ArraySlice<UInt8>) -> UInt8 {
        if character.elementsEqual([0xE2, 0x84, 0xAA]) { return UInt8(ascii: "k") }
        if character.elementsEqual([0xC5, 0xBF]) { return UInt8(ascii: "s") }
        return anyNonASCII
    }

    static func lowercased(_ byte: UInt8) -> UInt8 {
        byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
    }
}
