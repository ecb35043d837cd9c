import CPCRE2

/// Per-thread state for matching: match data, a match context carrying the limits, and a JIT
/// stack larger than PCRE2's 32 KiB default, which fails on long subjects. Not thread-safe:
/// give each thread its own.
public final class MatchScratch {
    let matchData: OpaquePointer
    let matchContext: OpaquePointer
    let jitStack: OpaquePointer?
    public let limits: MatchLimits

    public init(limits: MatchLimits = .default) {
        self.limits = limits
        // Group 0 is all slant reads; extra pairs only matter for patterns with captures.
        matchData = pcre2_match_data_create_8(32, nil)!
        matchContext = pcre2_match_context_create_8(nil)!
        pcre2_set_match_limit_8(matchContext, limits.matchLimit)
        pcre2_set_depth_limit_8(matchContext, limits.depthLimit)
        pcre2_set_heap_limit_8(matchContext, limits.heapLimitKiB)
        jitStack = pcre2_jit_stack_create_8(64 * 1024, 8 * 1024 * 1024, nil)
        if let jitStack {
            pcre2_jit_stack_assign_8(matchContext, nil, UnsafeMutableRawPointer(jitStack))
        }
    }

    deinit {
        if let jitStack { pcre2_jit_stack_free_8(jitStack) }
        pcre2_match_context_free_8(matchContext)
        pcre2_match_data_free_8(matchData)
    }
}
