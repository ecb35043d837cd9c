/// One match of one rule.
public struct RuleMatch: Sendable, Hashable {
    public let ruleIndex: Int
    public let range: Range<Int>
}

/// A rule that hit a PCRE2 resource limit on this article: reported, and the audit goes on.
public struct LimitHit: Sendable, Codable, Hashable {
    public let ruleID: String
    public let reason: String
}

/// Turns one scan of a document into rule matches, the same way for every scanner.
enum RuleMatcher {
    static func matches(
        from scan: PatternScan, lexicon: CompiledLexicon, document: Document
    ) -> (matches: [RuleMatch], limitHits: [LimitHit]) {
        var matches: [RuleMatch] = []
        var limitHits: [LimitHit] = []
        let patterns = lexicon.patterns
        // A pattern hitting a resource limit is rare: without any, no rule needs the lookups.
        let anyFailure = !scan.failures.isEmpty
        // By index: a `CompiledRule` is large, and copying one per rule per article showed up as
        // retain/release traffic in profiles; the pattern lists are read in place for the same reason.
        for index in lexicon.rules.indices {
            if anyFailure,
                let failed = patterns.rulePatterns[index].first(where: { scan.failures[$0] != nil })
                    ?? patterns.ruleExceptions[index].first(where: { scan.failures[$0] != nil })
            {
                limitHits.append(LimitHit(ruleID: lexicon.rules[index].rule.id, reason: scan.failures[failed]!.description))
                continue
            }
            // Most rules find nothing in a given article.
            guard patterns.rulePatterns[index].contains(where: { !scan.matches[$0].isEmpty }) else { continue }
            var patternMatches: [Range<Int>] = []
            for pattern in patterns.rulePatterns[index] { patternMatches += scan.matches[pattern] }
            var exceptionMatches: [Range<Int>] = []
            for exception in patterns.ruleExceptions[index] { exceptionMatches += scan.matches[exception] }
            let found = CompiledRule.combine(patternMatches: patternMatches, exceptionMatches: exceptionMatches)
            for range in found where document.isKept(range.lowerBound) {
                matches.append(RuleMatch(ruleIndex: index, range: range))
            }
        }
        matches.sort { ($0.range.lowerBound, $0.ruleIndex) < ($1.range.lowerBound, $1.ruleIndex) }
        return (matches, limitHits)
    }
}
