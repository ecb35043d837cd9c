import PCRE2

/// The fast path, with the same answers as `SequentialPatternScanner`.
///
/// Most lexicon patterns start with `\b` and a word character, so they can only match at a word
/// start. Each such *member* is read for its literal prefixes (`LiteralPrefixes`: every match
/// begins with one of them, without case), and all prefixes go into one byte trie. The scan
/// walks the text's bytes once: at each word start (a byte after anything but an ASCII letter,
/// digit or `_`, or any character outside ASCII), the trie answers which members' prefixes the
/// text begins with, and only those are verified, each by its own copy compiled anchored (JIT),
/// which checks `\b`, lookbehinds and the rest exactly. A member with no literal prefix is a
/// candidate at every word start whose byte can begin it (PCRE2's start-of-match analysis).
/// Candidates may be too many, never too few: a word start the trie lets through costs one
/// anchored match attempt, a missed one would lose a match.
///
/// A member whose prefixes are too short to rule out words (`[A-Z][a-z]+ Savage`, `(?:the|a)
/// (?:\w+ )?toll`) but which needs a literal of its own (`RequiredLiteral`) is *gated* instead:
/// it runs alone, as in the reference, only over a text where a byte search finds that literal
/// (`CaselessLiteralSearch`, the answer PCRE2's caseless search would give).
///
/// A member is not taken again before the end of its last match: the leftmost, non-overlapping
/// matches of running it alone. Patterns that might start elsewhere, or that use constructs
/// whose meaning depends on the whole pattern (back-references, verbs, `\K`), run one by one.
/// `ScannerEquivalenceTests` compare the answers with the reference on real articles.
public struct PrefilteredPatternScanner: PatternScanner {
    let patterns: [Regex]
    /// Per pattern: for a member, a copy compiled anchored (match-time anchoring would run
    /// PCRE2's interpreter instead of its JIT code); nil for the patterns run one by one.
    let anchored: [Regex?]
    /// Members whose literal prefixes would let through nearly every word (`[A-Z][a-z]+ Savage`)
    /// but which need a literal (`RequiredLiteral`): each runs alone over the text, as in the
    /// reference, only where a byte search (`CaselessLiteralSearch`) finds that literal.
    let gated: [(member: Int, requiredLiteral: CaselessLiteralSearch)]
    /// Prefixes shorter than this make a member weak enough to be gated instead.
    static let weakPrefixLength = 3
    let trie: CaselessPrefixTrie
    /// Patterns run one by one over the whole text.
    public let sequential: [Int]

    public init(patterns: [Regex]) {
        self.patterns = patterns
        var sequential: [Int] = []
        var anchored = [Regex?](repeating: nil, count: patterns.count)
        var gated: [(member: Int, requiredLiteral: CaselessLiteralSearch)] = []
        var prefixes: [(prefix: [UInt8], member: Int)] = []
        var unprefixed: [(startBytes: Set<UInt8>, member: Int)] = []
        for (index, pattern) in patterns.enumerated() {
            let source = PatternSource(pattern.pattern)
            guard let rest = source.withoutLeadingBoundary(), !source.dependsOnWholePattern,
                let first = pattern.firstBytes, first.allSatisfy(PrefilteredPatternScanner.canStartWord)
            else {
                sequential.append(index)
                continue
            }
            let literal = LiteralPrefixes.of(rest)
            // Words starting with a digit are few: a one-digit prefix (`[0-9]{1,3} years`) filters well.
            let shortest =
                literal.filter { $0.first.map(PrefilteredPatternScanner.isASCIIDigit) != true }.map(\.count).min() ?? .max
            if shortest < PrefilteredPatternScanner.weakPrefixLength, let required = RequiredLiteral.of(rest),
                required.count > max(shortest, 2), let gate = RequiredLiteral.search(for: required)
            {
                gated.append((index, gate))
                continue
            }
            // A prefix must begin with a word character for `\b` to mean a word start.
            guard
                literal.allSatisfy({
                    $0.isEmpty || PrefilteredPatternScanner.isASCIIWordByte($0[0]) || $0[0] == LiteralPrefixes.anyNonASCII
                }), let copy = try? Regex(pattern.pattern, caseless: pattern.caseless, anchored: true)
            else {
                sequential.append(index)
                continue
            }
            anchored[index] = copy
            if literal.contains([]) {
                unprefixed.append((PrefilteredPatternScanner.startBytes(first), index))
            } else {
                prefixes += literal.map { ($0, index) }
            }
        }
        self.anchored = anchored
        self.gated = gated
        self.trie = CaselessPrefixTrie(prefixes: prefixes, unprefixed: unprefixed)
        self.sequential = sequential
    }

    /// How many patterns take the fast path; the rest run one by one.
    public var prefilteredCount: Int { patterns.count - sequential.count }

    public func scan(_ matching: MatchingText, scratch: MatchScratch) -> PatternScan {
        matching.original(scan(matchingText: matching.text, scratch: scratch))
    }

    private func scan(matchingText text: ValidUTF8, scratch: MatchScratch) -> PatternScan {
        var result = PatternScan(matches: Array(repeating: [], count: patterns.count), failures: [:])
        for index in sequential { runAlone(index, over: text, scratch: scratch, into: &result) }
        for (member, requiredLiteral) in gated
        where text.bytes.withUnsafeBufferPointer({ requiredLiteral.occurs(in: $0) }) {
            runAlone(member, over: text, scratch: scratch, into: &result)
        }
        // Walk first, verify after: no closure captures the state below (captured mutable
        // variables cost a runtime exclusivity check on every access).
        var candidates: [(member: Int, offset: Int)] = []
        text.bytes.withUnsafeBufferPointer { bytes in trie.appendCandidates(in: bytes, into: &candidates) }
        // Per member, where its next match may start: the end of its last one, or never after a failure.
        var nextAllowed = [Int](repeating: 0, count: patterns.count)
        for (member, offset) in candidates {
            guard offset >= nextAllowed[member] else { continue }
            do {
                if let end = try anchored[member]!.anchoredMatchEnd(at: offset, in: text, scratch: scratch) {
                    result.matches[member].append(offset..<end)
                    nextAllowed[member] = end
                }
            } catch {
                result.matches[member] = []
                result.failures[member] = error
                nextAllowed[member] = Int.max
            }
        }
        return result
    }

    /// The reference's way: every match of one pattern, searched for over the whole text.
    private func runAlone(_ index: Int, over text: ValidUTF8, scratch: MatchScratch, into result: inout PatternScan) {
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

    /// How many anchored match attempts a scan of `text` may make (the walk alone, for
    /// `slant-bench --scan-parts`): every candidate, before the ones inside a previous match
    /// are skipped.
    public func candidateCount(in text: ValidUTF8) -> Int {
        var candidates: [(member: Int, offset: Int)] = []
        MatchingText(text).text.bytes.withUnsafeBufferPointer { bytes in trie.appendCandidates(in: bytes, into: &candidates) }
        return candidates.count
    }

    /// The trie's size and the members without a literal prefix, for `slant-bench --scan-parts`.
    public var trieSummary: String {
        "\(trie.nodeCount) trie nodes, \(Set(trie.unprefixed).count) members without a literal prefix, \(gated.count) gated by a required literal"
    }

    /// The bytes a member without a literal prefix may start with: PCRE2's first bytes, both
    /// cases of a letter (PCRE2 may report one when caselessness comes from an inline `(?i:`),
    /// and the first bytes of the Kelvin sign and the long s, which a caseless `k` and `s` match.
    static func startBytes(_ first: Set<UInt8>) -> Set<UInt8> {
        var bytes = first
        for byte in first where byte < 0x80 {
            let lower = LiteralPrefixes.lowercased(byte)
            bytes.insert(lower)
            if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "z") { bytes.insert(lower - 32) }
            if lower == UInt8(ascii: "k") { bytes.insert(0xE2) }
            if lower == UInt8(ascii: "s") { bytes.insert(0xC5) }
        }
        return bytes
    }

    @inline(__always)
    static func isASCIIWordByte(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26 || byte == 0x5F
    }

    static func isASCIIDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    /// ASCII letters, digits and underscore, and lead bytes of multi-byte characters.
    static func canStartWord(_ byte: UInt8) -> Bool {
        isASCIIWordByte(byte) || byte >= 0xC0
    }
}
