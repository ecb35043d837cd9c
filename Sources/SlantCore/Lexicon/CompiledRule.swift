import PCRE2

/// A rule's patterns and exceptions compiled once. Used both by the audit and by the example
/// runner, so an example passes exactly when the audit would match the same text.
public struct CompiledRule: Sendable {
    public let rule: LexiconRule
    public let patterns: [Regex]
    public let exceptions: [Regex]

    /// All matches of the rule in `text`, over its `MatchingText` as the audit's scan, in the
    /// text's offsets: overlapping matches of its patterns keep the earliest, then longest; a
    /// match inside an exception's match is dropped.
    public func matches(in text: ValidUTF8, scratch: MatchScratch) throws(RegexMatchError) -> [Range<Int>] {
        let matching = MatchingText(text)
        var found: [Range<Int>] = []
        for pattern in patterns { found += try matching.matches(of: pattern, scratch: scratch) }
        var excluded: [Range<Int>] = []
        for exception in exceptions where !found.isEmpty { excluded += try matching.matches(of: exception, scratch: scratch) }
        return CompiledRule.combine(patternMatches: found, exceptionMatches: excluded)
    }

    /// The rule's matches from its patterns' and exceptions' matches: overlaps keep the earliest,
    /// then longest; a match inside an exception's match is dropped. Shared by every matcher so
    /// they agree.
    static func combine(patternMatches: [Range<Int>], exceptionMatches: [Range<Int>]) -> [Range<Int>] {
        let found = OverlapResolver.earliestLongest(patternMatches)
        guard !exceptionMatches.isEmpty else { return found }
        return found.filter { match in
            !exceptionMatches.contains { $0.lowerBound <= match.lowerBound && match.upperBound <= $0.upperBound }
        }
    }
}

/// Chooses among overlapping ranges.
public enum OverlapResolver {
    /// Sorted by start; where two overlap, the one starting first wins, and at the same start
    /// the longer one.
    public static func earliestLongest(_ ranges: [Range<Int>]) -> [Range<Int>] {
        let sorted = ranges.sorted { ($0.lowerBound, -$0.upperBound) < ($1.lowerBound, -$1.upperBound) }
        var kept: [Range<Int>] = []
        for range in sorted {
            if let last = kept.last, range.lowerBound < last.upperBound { continue }
            kept.append(range)
        }
        return kept
    }
}
