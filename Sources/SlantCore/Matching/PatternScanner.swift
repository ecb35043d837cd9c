import PCRE2

/// Finds every match of every pattern of a lexicon in one document, with the semantics of
/// running each pattern on its own from the start of the text: per pattern, leftmost matches
/// that do not overlap. A pattern that hits a PCRE2 resource limit is reported, not matched.
/// Patterns run over the document's `MatchingText` (spacing runs as one space, invisible
/// characters dropped); the matches are in the document's own offsets.
public protocol PatternScanner: Sendable {
    /// `text` already made into its `MatchingText`, for a caller that scans it more than once.
    func scan(_ text: MatchingText, scratch: MatchScratch) -> PatternScan
}

extension PatternScanner {
    public func scan(_ text: ValidUTF8, scratch: MatchScratch) -> PatternScan {
        scan(MatchingText(text), scratch: scratch)
    }
}

/// The matches of each pattern (indexed like the scanner's pattern list) and the patterns that
/// hit a limit, with the reason.
public struct PatternScan: Sendable, Equatable {
    public var matches: [[Range<Int>]]
    public var failures: [Int: RegexMatchError]

    /// The scan of a list that starts at index `offset` of a longer one, indexed like the longer
    /// one (the first `offset` patterns with no matches).
    func placed(at offset: Int) -> PatternScan {
        PatternScan(
            matches: Array(repeating: [], count: offset) + matches,
            failures: Dictionary(uniqueKeysWithValues: failures.map { ($0.key + offset, $0.value) }))
    }
}

/// How an `Auditor` runs its patterns: the fast prefiltered scanner, or the reference one
/// pattern at a time (for tests comparing the two).
public enum ScanMethod: Sendable {
    case prefiltered, sequential

    func scanner(for patterns: [Regex]) -> any PatternScanner {
        switch self {
        case .prefiltered: PrefilteredPatternScanner(patterns: patterns)
        case .sequential: SequentialPatternScanner(patterns: patterns)
        }
    }
}

/// The reference: every pattern run one by one over the whole text.
public struct SequentialPatternScanner: PatternScanner {
    public let patterns: [Regex]

    public init(patterns: [Regex]) {
        self.patterns = patterns
    }

    public func scan(_ matching: MatchingText, scratch: MatchScratch) -> PatternScan {
        matching.original(scan(matchingText: matching.text, scratch: scratch))
    }

    private func scan(matchingText text: ValidUTF8, scratch: MatchScratch) -> PatternScan {
        var result = PatternScan(matches: Array(repeating: [], count: patterns.count), failures: [:])
        for (index, pattern) in patterns.enumerated() {
            do {
                try pattern.forEachMatch(in: text, scratch: scratch) { match in
                    result.matches[index].append(match)
                    return true
                }
            } catch {
                result.matches[index] = []
                result.failures[index] = error
            }
        }
        return result
    }
}
