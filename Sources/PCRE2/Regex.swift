import CPCRE2

/// A compiled PCRE2 pattern over UTF-8 (`UTF` and `UCP` on), JIT-compiled when the library
/// supports it, on its first match (`LazyJIT`). Compiled code is safe to share between threads;
/// the per-call state lives in a `MatchScratch` owned by one thread.
public final class Regex: @unchecked Sendable {
    public let pattern: String
    public let caseless: Bool
    private let jit: LazyJIT
    /// Whether matches run as JIT code (asking JIT-compiles the pattern if it has not run yet).
    public var isJITCompiled: Bool { jit.prepare(code) }
    /// The shortest subject this pattern can match; 0 means it can match the empty string.
    public let minimumLength: Int
    let code: OpaquePointer

    /// Whether the pattern only matches where a match attempt starts (compiled with
    /// `PCRE2_ANCHORED`, which JIT supports, unlike the match-time option).
    public let isAnchored: Bool

    /// Whether a search may be replaced by a match attempt at each start position in turn,
    /// with the same answer (see `budgetedMatchLoop`): not with verbs such as `(*COMMIT)` or
    /// `(*SKIP)`, which act on the search's next start, nor with `\G`, the search's start.
    let canStepThroughStarts: Bool

    /// `jit: false` skips JIT compilation: cheaper to build, slower to run; right for patterns
    /// tried only at a few positions.
    public init(_ pattern: String, caseless: Bool = true, anchored: Bool = false, jit: Bool = true) throws(RegexCompileError) {
        var options = PCRE2_UTF | PCRE2_UCP
        if caseless { options |= PCRE2_CASELESS }
        if anchored { options |= PCRE2_ANCHORED }
        var errorCode: Int32 = 0
        var errorOffset = 0
        let compiled: OpaquePointer? = pattern.withCString { pointer in
            pointer.withMemoryRebound(to: UInt8.self, capacity: pattern.utf8.count) { bytes in
                pcre2_compile_8(bytes, pattern.utf8.count, options, &errorCode, &errorOffset, nil)
            }
        }
        guard let compiled else {
            throw RegexCompileError(pattern: pattern, message: pcre2ErrorMessage(errorCode), offset: errorOffset)
        }
        self.code = compiled
        self.pattern = pattern
        self.caseless = caseless
        self.isAnchored = anchored
        self.canStepThroughStarts = !Regex.mentions("(*", in: pattern) && !Regex.mentions("\\G", in: pattern)
        self.jit = LazyJIT(wanted: jit)
        var length: UInt32 = 0
        pcre2_pattern_info_8(compiled, UInt32(PCRE2_INFO_MINLENGTH), &length)
        self.minimumLength = Int(length)
    }

    deinit { pcre2_code_free_8(code) }

    /// Whether the two-byte `pair` occurs in `pattern`: a byte search, since String's substring
    /// search cost a tenth of the lexicon's start-up at nearly 2,000 compiled patterns.
    static func mentions(_ pair: StaticString, in pattern: String) -> Bool {
        precondition(pair.utf8CodeUnitCount == 2)
        let first = pair.utf8Start[0]
        let second = pair.utf8Start[1]
        var previous: UInt8 = 0
        for byte in pattern.utf8 {
            if previous == first && byte == second { return true }
            previous = byte
        }
        return false
    }

    public static let jitAvailable: Bool = {
        var available: UInt32 = 0
        pcre2_config_8(UInt32(PCRE2_CONFIG_JIT), &available)
        return available == 1
    }()

    /// Calls `body` with each non-overlapping match (byte range) starting in `range`; `body`
    /// returns false to stop early. The whole subject stays visible, so `\b` and lookbehind see
    /// the text around `range`.
    public func forEachMatch(
        in subject: ValidUTF8,
        range: Range<Int>? = nil,
        scratch: MatchScratch,
        _ body: (Range<Int>) -> Bool
    ) throws(RegexMatchError) {
        let range = range ?? 0..<subject.count
        _ = jit.prepare(code)
        let failure: Int32? = try subject.bytes.withUnsafeBufferPointer { buffer throws(RegexMatchError) in
            scratch.budget == nil || !canStepThroughStarts
                ? try matchLoop(buffer, range: range, scratch: scratch, body)
                : try budgetedMatchLoop(buffer, range: range, scratch: scratch, body)
        }
        if let failure { throw RegexMatchError(code: failure) }
    }

    /// The end of this pattern's match that starts exactly at `offset`. A pattern compiled
    /// `anchored` runs its JIT code; any other needs the match-time `PCRE2_ANCHORED` option,
    /// which JIT does not support, so the interpreter runs it (several times slower).
    /// An anchored JIT-compiled pattern goes straight to its JIT code (`pcre2_jit_match`, the same
    /// code `pcre2_match` would run, without its per-call checks of arguments and options).
    public func anchoredMatchEnd(at offset: Int, in subject: ValidUTF8, scratch: MatchScratch) throws(RegexMatchError) -> Int? {
        let runsJIT = jit.prepare(code)
        let result: Int32 = try subject.bytes.withUnsafeBufferPointer { buffer throws(RegexMatchError) in
            try scratch.call(for: ObjectIdentifier(self)) {
                if isAnchored && runsJIT {
                    // No UTF check either way: `ValidUTF8` is checked once.
                    return pcre2_jit_match_8(
                        code, buffer.baseAddress, buffer.count, offset, 0, scratch.matchData, scratch.matchContext)
                }
                let options = isAnchored ? PCRE2_NO_UTF_CHECK : PCRE2_NO_UTF_CHECK | PCRE2_ANCHORED
                return pcre2_match_8(
                    code, buffer.baseAddress, buffer.count, offset, options, scratch.matchData, scratch.matchContext)
            }.result
        }
        if result == PCRE2_ERROR_NOMATCH { return nil }
        if result < 0 { throw RegexMatchError(code: result) }
        return pcre2_get_ovector_pointer_8(scratch.matchData)![1]
    }

    /// Where the next match starting at or after `offset` begins, or nil.
    public func nextMatchStart(in subject: ValidUTF8, from offset: Int, scratch: MatchScratch) throws(RegexMatchError) -> Int? {
        guard offset <= subject.count else { return nil }
        _ = jit.prepare(code)
        let result: Int32 = try subject.bytes.withUnsafeBufferPointer { buffer throws(RegexMatchError) in
            try scratch.call(for: ObjectIdentifier(self)) {
                pcre2_match_8(
                    code, buffer.baseAddress, buffer.count, offset, PCRE2_NO_UTF_CHECK, scratch.matchData, scratch.matchContext)
            }.result
        }
        if result == PCRE2_ERROR_NOMATCH { return nil }
        if result < 0 { throw RegexMatchError(code: result) }
        return pcre2_get_ovector_pointer_8(scratch.matchData)![0]
    }

    /// The bytes a match can start with, from PCRE2's own start-of-match analysis; nil when
    /// PCRE2 cannot tell (then any byte may start a match).
    public var firstBytes: Set<UInt8>? {
        var bitmap: UnsafePointer<UInt8>?
        if pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_FIRSTBITMAP), &bitmap) == 0, let bitmap {
            var bytes: Set<UInt8> = []
            for byte in 0..<256 where bitmap[byte / 8] & (1 << (byte % 8)) != 0 { bytes.insert(UInt8(byte)) }
            return bytes
        }
        var type: UInt32 = 0
        var unit: UInt32 = 0
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_FIRSTCODETYPE), &type)
        guard type == 1 else { return nil }
        pcre2_pattern_info_8(code, UInt32(PCRE2_INFO_FIRSTCODEUNIT), &unit)
        let byte = UInt8(truncatingIfNeeded: unit)
        // PCRE2 does not say whether a first unit is caseless (an inline `(?i:` makes it so even
        // in a pattern compiled case-sensitive), so a letter stands for both its cases: a
        // superset is safe for a filter, a missing case is not. Outside ASCII the other case
        // may start with another byte: unknown.
        guard byte < 0x80 else { return nil }
        let scalar = Character(Unicode.Scalar(byte))
        return Set([byte] + Array(scalar.lowercased().utf8) + Array(scalar.uppercased().utf8))
    }

    /// Every match in `subject`, in order.
    public func matches(in subject: ValidUTF8, scratch: MatchScratch = MatchScratch()) throws(RegexMatchError) -> [Range<Int>] {
        var found: [Range<Int>] = []
        try forEachMatch(in: subject, scratch: scratch) { match in
            found.append(match)
            return true
        }
        return found
    }

    /// Whether the pattern matches anywhere in `text` (for examples and tests).
    public func firstMatch(in text: String, scratch: MatchScratch = MatchScratch()) throws(RegexMatchError) -> Range<Int>? {
        var first: Range<Int>?
        try forEachMatch(in: ValidUTF8(text), scratch: scratch) { match in
            first = match
            return false
        }
        return first
    }

    /// Returns a PCRE2 error code, or nil when the loop ended normally.
    private func matchLoop(
        _ buffer: UnsafeBufferPointer<UInt8>,
        range: Range<Int>,
        scratch: MatchScratch,
        _ body: (Range<Int>) -> Bool
    ) throws(RegexMatchError) -> Int32? {
        var start = range.lowerBound
        let length = buffer.count
        while start < range.upperBound {
            let result = try scratch.call(for: ObjectIdentifier(self)) {
                pcre2_match_8(
                    code, buffer.baseAddress, length, start, PCRE2_NO_UTF_CHECK,
                    scratch.matchData, scratch.matchContext)
            }.result
            if result == PCRE2_ERROR_NOMATCH { return nil }
            if result < 0 { return result }
            let vector = pcre2_get_ovector_pointer_8(scratch.matchData)!
            let lower = vector[0]
            let upper = vector[1]
            guard lower < range.upperBound else { return nil }
            if !body(lower..<upper) { return nil }
            // An empty match would repeat forever: step over one whole character.
            start = upper > lower ? upper : Regex.nextCharacter(after: upper, in: buffer)
        }
        return nil
    }

    /// `matchLoop` under a step budget. The match limit bounds each start position of a search
    /// on its own, so one search over a long text may spend the limit at every position; its
    /// cost is only known position by position. So: a search that needs more than the first
    /// limit (`MatchLimits.freeSteps`) is replaced by an anchored attempt at each start in turn
    /// from where it began, each charged as it escalates, up to the first match (the search's
    /// leftmost match) or the first attempt that escalates; the search then goes on after it.
    /// Attempts at cheap positions cost at most the first limit each, expensive ones are
    /// charged to the budget.
    private func budgetedMatchLoop(
        _ buffer: UnsafeBufferPointer<UInt8>,
        range: Range<Int>,
        scratch: MatchScratch,
        _ body: (Range<Int>) -> Bool
    ) throws(RegexMatchError) -> Int32? {
        let pattern = ObjectIdentifier(self)
        let length = buffer.count
        var start = range.lowerBound
        while start < range.upperBound {
            var result = pcre2_match_8(
                code, buffer.baseAddress, length, start, PCRE2_NO_UTF_CHECK, scratch.matchData, scratch.matchContext)
            if result == PCRE2_ERROR_MATCHLIMIT {
                var position = start
                result = PCRE2_ERROR_NOMATCH
                while position < range.upperBound {
                    let attempt = try scratch.call(for: pattern) {
                        pcre2_match_8(
                            code, buffer.baseAddress, length, position, PCRE2_NO_UTF_CHECK | PCRE2_ANCHORED,
                            scratch.matchData, scratch.matchContext)
                    }
                    if attempt.result != PCRE2_ERROR_NOMATCH || attempt.escalated {
                        result = attempt.result
                        break
                    }
                    position = Regex.nextCharacter(after: position, in: buffer)
                }
                if result == PCRE2_ERROR_NOMATCH {
                    // An expensive start without a match: search on after it.
                    guard position < range.upperBound else { return nil }
                    start = Regex.nextCharacter(after: position, in: buffer)
                    continue
                }
            }
            if result == PCRE2_ERROR_NOMATCH { return nil }
            if result < 0 { return result }
            let vector = pcre2_get_ovector_pointer_8(scratch.matchData)!
            let lower = vector[0]
            let upper = vector[1]
            guard lower < range.upperBound else { return nil }
            if !body(lower..<upper) { return nil }
            start = upper > lower ? upper : Regex.nextCharacter(after: upper, in: buffer)
        }
        return nil
    }

    static func nextCharacter(after offset: Int, in buffer: UnsafeBufferPointer<UInt8>) -> Int {
        var next = offset + 1
        while next < buffer.count, buffer[next] & 0xC0 == 0x80 { next += 1 }
        return next
    }
}
