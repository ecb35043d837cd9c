import PCRE2

/// The fast path, with the same answers as `SequentialPatternScanner`.
///
/// Most lexicon patterns start with `\b` and a word character, so they can only match at a word
/// start. Those are grouped by the bytes they can start with (PCRE2's own start-of-match
/// analysis) and joined into one prefilter, `\b` hoisted and each group behind a lookahead on
/// its first character: `\b(?:(?=[aA])(?:alt|...)|(?=[bB])(?:...)|...)`, with each member's
/// own leading `\b` and lookbehinds removed, so it may say yes too often but never too rarely.
/// One JIT search runs through the text from candidate to candidate; at each, only the group for
/// that byte is checked, each member anchored, in text order, and a member is not tried again
/// before the end of its last match: the leftmost, non-overlapping matches of running it alone.
/// Patterns that might start elsewhere run one by one, as in the reference.
public struct PrefilteredPatternScanner: PatternScanner {
    let patterns: [Regex]
    /// For patterns in a group: the same pattern compiled anchored. Nil for the others.
    let anchored: [Regex?]
    /// Per first byte: the members (pattern indices) that can start with it.
    let membersOfByte: [[Int]]
    /// The prefilter, split in parts when one regex would exceed PCRE2's size limit.
    public let prefilters: [Regex]
    /// Patterns run one by one over the whole text.
    public let sequential: [Int]

    public init(patterns: [Regex]) {
        self.patterns = patterns
        var anchored: [Regex?] = Array(repeating: nil, count: patterns.count)
        var sequential: [Int] = []
        var membersOfByte: [[Int]] = Array(repeating: [], count: 256)
        for (index, pattern) in patterns.enumerated() {
            guard PrefilteredPatternScanner.startsAtWordStart(pattern.pattern), let first = pattern.firstBytes,
                first.allSatisfy(PrefilteredPatternScanner.canStartWord),
                // Verification runs only at candidate positions: the interpreter is enough there
                // and saves JIT-compiling every pattern twice at start-up.
                let compiled = try? Regex(pattern.pattern, caseless: pattern.caseless, anchored: true, jit: false)
            else {
                sequential.append(index)
                continue
            }
            anchored[index] = compiled
            for byte in first { membersOfByte[Int(byte)].append(index) }
        }
        // Bytes with the same members form one group ("a" and "A", usually); every non-ASCII
        // lead byte is looked ahead for as "any non-ASCII character", a harmless superset.
        var bytesOfMembers: [[Int]: [UInt8]] = [:]
        for byte in 0..<256 where !membersOfByte[byte].isEmpty {
            bytesOfMembers[membersOfByte[byte], default: []].append(UInt8(byte))
        }
        let branches = bytesOfMembers.sorted { $0.value[0] < $1.value[0] }.map { members, bytes in
            let ascii = bytes.filter { $0 < 0x80 }.map { String(format: "\\x{%02x}", $0) }.joined()
            let lookahead = "(?=[" + ascii + (bytes.contains { $0 >= 0x80 } ? "\\x{80}-\\x{10ffff}" : "") + "])"
            let alternatives = members.map { index in
                "(?\(patterns[index].caseless ? "i" : "-i"):\(PrefilteredPatternScanner.withoutLeadingBoundary(patterns[index].pattern)!))"
            }
            return lookahead + "(?:" + alternatives.joined(separator: "|") + ")"
        }
        var prefilters: [Regex] = []
        var failed: [String] = []
        PrefilteredPatternScanner.compile(branches[...], into: &prefilters, failed: &failed)
        if !failed.isEmpty {
            // A member that cannot be combined (e.g. a duplicate group name): all go one by one.
            prefilters = []
            sequential = Array(patterns.indices)
            anchored = Array(repeating: nil, count: patterns.count)
            membersOfByte = Array(repeating: [], count: 256)
        }
        self.anchored = anchored
        self.membersOfByte = membersOfByte
        self.prefilters = prefilters
        self.sequential = sequential.sorted()
    }

    /// Compiles `\b(?:branch|branch...)`, halving the list when PCRE2 finds it too large.
    private static func compile(_ branches: ArraySlice<String>, into prefilters: inout [Regex], failed: inout [String]) {
        guard !branches.isEmpty else { return }
        do {
            prefilters.append(try Regex("\\b(?:" + branches.joined(separator: "|") + ")", caseless: false))
        } catch {
            guard branches.count > 1 else {
                failed.append(branches.first!)
                return
            }
            let middle = branches.startIndex + branches.count / 2
            compile(branches[..<middle], into: &prefilters, failed: &failed)
            compile(branches[middle...], into: &prefilters, failed: &failed)
        }
    }

    /// How many patterns take the fast path; the rest run one by one.
    public var prefilteredCount: Int { anchored.filter { $0 != nil }.count }

    public func scan(_ text: ValidUTF8, scratch: MatchScratch) -> PatternScan {
        var result = PatternScan(matches: Array(repeating: [], count: patterns.count), failures: [:])
        for index in sequential {
            do {
                try patterns[index].forEachMatch(in: text, scratch: scratch) { match in
                    result.matches[index].append(match)
                    return true
                }
            } catch {
                result.matches[index] = []
                result.failures[index] = error
            }
        }
        // Every position where some member may match, in order.
        var candidates: [Int] = []
        do {
            for prefilter in prefilters {
                var from = 0
                while let start = try prefilter.nextMatchStart(in: text, from: from, scratch: scratch) {
                    candidates.append(start)
                    from = text.nextCharacter(after: start)
                }
            }
        } catch {
            // The prefilter gave up on this text: the reference answers instead.
            return SequentialPatternScanner(patterns: patterns).scan(text, scratch: scratch)
        }
        if prefilters.count > 1 { candidates = Array(Set(candidates)).sorted() }
        var nextAllowed = [Int](repeating: 0, count: patterns.count)
        for offset in candidates {
            for index in membersOfByte[Int(text.bytes[offset])]
            where offset >= nextAllowed[index] && result.failures[index] == nil {
                do {
                    if let end = try anchored[index]!.matchEnd(at: offset, in: text, scratch: scratch) {
                        result.matches[index].append(offset..<end)
                        nextAllowed[index] = end
                    }
                } catch {
                    result.matches[index] = []
                    result.failures[index] = error
                }
            }
        }
        return result
    }

    /// ASCII letters, digits and underscore.
    static func canStartWord(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
            || byte >= 0xC0
    }

    /// Whether every match of the pattern begins at `\b`: it opens with `\b` after any
    /// lookbehinds, or with a group (`(?:`, `(?i:`, `(?-i:`) whose content does, and no `|`
    /// offers another way in. With a word character as first byte, it can only match at the
    /// start of a word. A conservative textual check: anything unusual goes one by one.
    static func startsAtWordStart(_ pattern: String) -> Bool {
        withoutLeadingBoundary(pattern) != nil
    }

    /// The pattern without its leading lookbehinds and `\b`, for the group alternation, which
    /// runs only at word starts and may say yes too often (each member then checks exactly),
    /// never too rarely. Nil when the pattern does not start at `\b` (see `startsAtWordStart`).
    static func withoutLeadingBoundary(_ pattern: String) -> String? {
        withoutLeadingBoundary(Array(pattern)[...])
    }

    private static func withoutLeadingBoundary(_ pattern: ArraySlice<Character>) -> String? {
        guard !hasTopLevelAlternation(pattern) else { return nil }
        var rest = pattern
        while rest.starts(with: "(?<!") || rest.starts(with: "(?<=") {
            guard let close = closingParenthesis(of: rest) else { return nil }
            rest = rest[(close + 1)...]
        }
        if rest.starts(with: "\\b") { return String(rest.dropFirst(2)) }
        for opener in ["(?:", "(?i:", "(?-i:"] where rest.starts(with: opener) {
            guard let close = closingParenthesis(of: rest),
                let inner = withoutLeadingBoundary(rest[(rest.startIndex + opener.count)..<close])
            else { return nil }
            return opener + inner + String(rest[close...])
        }
        return nil
    }

    /// Index of the `)` closing the group that opens at the start of `text`.
    private static func closingParenthesis(of text: ArraySlice<Character>) -> Int? {
        firstStructural(in: text) { character, depthAfter in character == ")" && depthAfter == 0 }
    }

    private static func hasTopLevelAlternation(_ text: ArraySlice<Character>) -> Bool {
        firstStructural(in: text) { character, depth in character == "|" && depth == 0 } != nil
    }

    /// Walks a pattern's structure (skipping escapes and character classes), tracking group
    /// depth, and returns the index of the first parenthesis or bar for which `stop` is true.
    private static func firstStructural(in text: ArraySlice<Character>, stop: (Character, Int) -> Bool) -> Int? {
        var depth = 0
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            switch character {
            case "\\": index += 1
            case "[": index = endOfClass(text, from: index)
            case "(", ")", "|":
                depth += character == "(" ? 1 : character == ")" ? -1 : 0
                if stop(character, depth) { return index }
            default: break
            }
            index += 1
        }
        return nil
    }

    /// Index of the `]` closing the character class that opens at `start`.
    private static func endOfClass(_ text: ArraySlice<Character>, from start: Int) -> Int {
        var index = start + 1
        if index < text.endIndex, text[index] == "^" { index += 1 }
        if index < text.endIndex, text[index] == "]" { index += 1 }
        while index < text.endIndex, text[index] != "]" {
            if text[index] == "\\" { index += 1 }
            index += 1
        }
        return index
    }
}
