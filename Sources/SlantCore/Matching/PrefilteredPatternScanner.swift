import PCRE2

/// The fast path, with the same answers as `SequentialPatternScanner`.
///
/// Most lexicon patterns start with `\b` and a word character, so they can only match at a word
/// start. Those are grouped by the bytes they can start with (PCRE2's own start-of-match
/// analysis). Two kinds of regex serve them:
/// - the *prefilter*, one JIT search through the text for word starts where some member may
///   match: `\b(?:(?=[aA])(?:isra|pale|...)|(?=[bB])(?:...)|...)`, each member cut to its first
///   few items (a prefix every match of it begins with), so it is small and says yes too
///   often but never too rarely;
/// - per group, a *program*, anchored: `\b(?:(?>(?i:member0))(?C0)|(?>(?i:member1))(?C1)|...)(*FAIL)`.
///   At a candidate, `(*FAIL)` makes PCRE2 backtrack through every member, and the callout
///   after a member records where it matched: a member is atomic, so its callout fires once,
///   with the match PCRE2 reports for that member alone, anchored there.
/// A member is not taken again before the end of its last match: the leftmost, non-overlapping
/// matches of running it alone. Patterns that might start elsewhere, or that use constructs
/// whose meaning depends on the whole pattern (back-references, verbs, `\K`), run one by one.
/// `ScannerEquivalenceTests` compare the answers with the reference on real articles.
public struct PrefilteredPatternScanner: PatternScanner {
    /// One group's program and the pattern index of each callout number.
    public struct Program: Sendable {
        public let regex: Regex
        public let members: [Int]
    }

    /// How many leading items of each member go into the prefilter.
    static let prefixItems = 6

    let patterns: [Regex]
    /// The programs, at most 256 members each (callout numbers are one byte).
    public let programs: [Program]
    /// Per first byte: the programs whose members can start with it.
    let programsOfByte: [[Int]]
    /// The prefilter, split in parts only if one regex would exceed PCRE2's size limit.
    public let prefilters: [Regex]
    /// Patterns run one by one over the whole text.
    public let sequential: [Int]

    public init(patterns: [Regex]) {
        self.patterns = patterns
        var sequential: [Int] = []
        // One group per letter in both cases (and one for all non-ASCII characters): a group may
        // hold a member that cannot start with the byte at hand (`(?-i:IDF)` at an "i"), which
        // then fails on its own, and the programs and the prefilter are half the size.
        var fastPath: [Int] = []
        var membersOfKey: [UInt8: Set<Int>] = [:]
        var bytesOfKey: [UInt8: Set<UInt8>] = [:]
        for (index, pattern) in patterns.enumerated() {
            let source = PatternSource(pattern.pattern)
            guard source.startsAtWordStart, !source.dependsOnWholePattern,
                let first = pattern.firstBytes, first.allSatisfy(PrefilteredPatternScanner.canStartWord)
            else {
                sequential.append(index)
                continue
            }
            fastPath.append(index)
            for byte in first {
                let key = PrefilteredPatternScanner.groupKey(byte)
                membersOfKey[key, default: []].insert(index)
                bytesOfKey[key, default: []].insert(byte)
            }
        }
        var programs: [Program] = []
        var programsOfByte: [[Int]] = Array(repeating: [], count: 256)
        var failed: [Int] = []
        for (key, memberSet) in membersOfKey.sorted(by: { $0.key < $1.key }) {
            let members = memberSet.sorted()
            let bytes = bytesOfKey[key]!
            let first = programs.count
            for chunkStart in stride(from: 0, to: members.count, by: 256) {
                let chunk = members[chunkStart..<min(members.count, chunkStart + 256)]
                PrefilteredPatternScanner.compile(chunk, patterns: patterns, into: &programs, failed: &failed)
            }
            for byte in bytes { programsOfByte[Int(byte)] = Array(first..<programs.count) }
        }
        var trie = PrefixTrie()
        var others: [String] = []
        var seen: Set<String> = []
        for index in fastPath {
            PrefilteredPatternScanner.addPrefixes(of: patterns[index], trie: &trie, others: &others, seen: &seen)
        }
        let branches = PrefilteredPatternScanner.groupedByFirstByte(others, trie: trie)
        // A member PCRE2 refuses even in a program of its own runs one by one.
        sequential.append(contentsOf: failed)
        var prefilters: [Regex] = []
        if !PrefilteredPatternScanner.compilePrefilter(branches[...], into: &prefilters) {
            // Should not happen (every member compiled in a program): all go one by one.
            programs = []
            prefilters = []
            sequential = Array(patterns.indices)
        }
        self.programs = programs
        self.programsOfByte = programsOfByte
        self.prefilters = prefilters
        self.sequential = sequential.sorted()
    }

    /// Compiles one program for `members`, halving the list when PCRE2 refuses it (too large).
    private static func compile(
        _ members: ArraySlice<Int>, patterns: [Regex], into programs: inout [Program], failed: inout [Int]
    ) {
        guard !members.isEmpty else { return }
        // Every member starts with `\b` (after any lookbehinds): it is checked once, up front,
        // so each alternative starts with its first letters, which PCRE2 tests quickly. Each
        // member is atomic, `(?>...)`: once it has matched the first way it can (its match when
        // run alone), `(*FAIL)` does not make PCRE2 try its other ways ("killers", "killer",
        // "kille" for `kill\w*`) but moves on to the next member.
        let alternatives = members.enumerated().map { number, index in
            let rest = PatternSource(patterns[index].pattern).withoutLeadingBoundary(keepingLookbehinds: true)!
            return "(?>(?\(patterns[index].caseless ? "i" : "-i"):\(String(decoding: rest, as: UTF8.self))))(?C\(number))"
        }
        do {
            let regex = try Regex("\\b(?:" + alternatives.joined(separator: "|") + ")(*FAIL)", caseless: false, anchored: true)
            programs.append(Program(regex: regex, members: Array(members)))
        } catch {
            guard members.count > 1 else {
                failed.append(members.first!)
                return
            }
            let middle = members.startIndex + members.count / 2
            compile(members[..<middle], patterns: patterns, into: &programs, failed: &failed)
            compile(members[middle...], patterns: patterns, into: &programs, failed: &failed)
        }
    }

    /// The prefilter's alternatives for one member: its leading items, without lookbehinds and
    /// `\b`, split when they are one group of alternatives. Caseless literal ones go into the
    /// shared `trie`, the others into `others` (once each: a member starting with a list of
    /// names belongs to the group of every first letter).
    private static func addPrefixes(of pattern: Regex, trie: inout PrefixTrie, others: inout [String], seen: inout Set<String>) {
        let stripped = PatternSource(pattern.pattern).withoutLeadingBoundary()!
        let prefix = PatternSource.leadingItems(of: stripped[...], count: prefixItems) ?? stripped
        let alternatives = PatternSource.alternativesOfGroup(prefix, caseless: pattern.caseless) ?? [(prefix, pattern.caseless)]
        for (alternative, caseless) in alternatives {
            if caseless && PrefixTrie.accepts(alternative) {
                trie.insert(alternative)
                continue
            }
            let text = "(?\(caseless ? "i" : "-i"):\(String(decoding: alternative, as: UTF8.self)))"
            if seen.insert(text).inserted { others.append(text) }
        }
    }

    /// One branch per first letter (both cases), behind a lookahead on its first bytes so PCRE2
    /// skips a whole letter with one test: the trie's words of that letter, then the other
    /// alternatives starting with it. The first bytes of an alternative come from PCRE2's
    /// analysis of it alone; without one, it goes in a branch of its own.
    private static func groupedByFirstByte(_ alternatives: [String], trie: PrefixTrie) -> [String] {
        var byKey: [UInt8: (bytes: Set<UInt8>, alternatives: [String])] = [:]
        var unknown: [String] = []
        // The trie's words first, each letter's together. Their first bytes are asked of PCRE2
        // too: a caseless "s" also matches "ſ" (U+017F) and a "k" the Kelvin sign, which start
        // with other bytes.
        let trieBranches = trie.patternsByFirstByte().sorted { $0.key < $1.key }.map { "(?i:" + $0.value + ")" }
        for alternative in trieBranches + alternatives {
            guard let first = (try? Regex(alternative, caseless: false, jit: false))?.firstBytes, !first.isEmpty else {
                unknown.append(alternative)
                continue
            }
            // An alternative starting with several letters goes in each of their branches.
            for key in Set(first.map(groupKey)) {
                byKey[key, default: ([], [])].bytes.formUnion(first.filter { groupKey($0) == key })
                byKey[key, default: ([], [])].alternatives.append(alternative)
            }
        }
        return byKey.sorted { $0.key < $1.key }.map { _, group in
            let bytes = group.bytes.sorted()
            let ascii = bytes.filter { $0 < 0x80 }.map { String(format: "\\x{%02x}", $0) }.joined()
            let lookahead = "(?=[" + ascii + (bytes.contains { $0 >= 0x80 } ? "\\x{80}-\\x{10ffff}" : "") + "])"
            return lookahead + "(?:" + group.alternatives.joined(separator: "|") + ")"
        } + unknown
    }

    /// Compiles `\b(?:branch|branch...)`, halving the list when PCRE2 finds it too large.
    private static func compilePrefilter(_ branches: ArraySlice<String>, into prefilters: inout [Regex]) -> Bool {
        guard !branches.isEmpty else { return true }
        if let regex = try? Regex("(?<![A-Za-z0-9_])(?:" + branches.joined(separator: "|") + ")", caseless: false) {
            prefilters.append(regex)
            return true
        }
        guard branches.count > 1 else { return false }
        let middle = branches.startIndex + branches.count / 2
        return compilePrefilter(branches[..<middle], into: &prefilters)
            && compilePrefilter(branches[middle...], into: &prefilters)
    }

    /// How many patterns take the fast path; the rest run one by one.
    public var prefilteredCount: Int { Set(programs.flatMap(\.members)).count }

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
        guard !programs.isEmpty else { return result }
        // Every word start where some member may match, in order.
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
        let recorder = CalloutRecorder()
        var nextAllowed = [Int](repeating: 0, count: patterns.count)
        var lastSeenAt = [Int](repeating: -1, count: patterns.count)
        for offset in candidates {
            for program in programsOfByte[Int(text.bytes[offset])] {
                run(
                    programs[program], at: offset, in: text, scratch: scratch, recorder: recorder,
                    result: &result, nextAllowed: &nextAllowed, lastSeenAt: &lastSeenAt)
            }
        }
        return result
    }

    /// Runs one program at `offset` and takes each member's first match there. When PCRE2 gives
    /// up on the program (the match limit), each member is tried alone, as the reference would.
    private func run(
        _ program: Program, at offset: Int, in text: ValidUTF8, scratch: MatchScratch, recorder: CalloutRecorder,
        result: inout PatternScan, nextAllowed: inout [Int], lastSeenAt: inout [Int]
    ) {
        recorder.removeAll()
        do {
            try program.regex.calloutEnds(at: offset, in: text, scratch: scratch, into: recorder)
        } catch {
            for index in program.members where offset >= nextAllowed[index] && result.failures[index] == nil {
                do {
                    if let end = try patterns[index].anchoredMatchEnd(at: offset, in: text, scratch: scratch) {
                        result.matches[index].append(offset..<end)
                        nextAllowed[index] = end
                    }
                } catch {
                    result.matches[index] = []
                    result.failures[index] = error
                }
            }
            return
        }
        for (number, end) in zip(recorder.numbers, recorder.ends) {
            let index = program.members[number]
            guard lastSeenAt[index] != offset else { continue }
            lastSeenAt[index] = offset
            guard offset >= nextAllowed[index], result.failures[index] == nil else { continue }
            result.matches[index].append(offset..<end)
            nextAllowed[index] = end
        }
    }

    /// The group a first byte belongs to: ASCII letters fold to lower case, every lead byte of a
    /// multi-byte character to one group.
    static func groupKey(_ byte: UInt8) -> UInt8 {
        if byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") { return byte + 32 }
        return byte >= 0xC0 ? 0xC0 : byte
    }

    /// ASCII letters, digits and underscore, and lead bytes of multi-byte characters.
    static func canStartWord(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x5F
            || byte >= 0xC0
    }
}
