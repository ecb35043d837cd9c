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
        // By index: a `CompiledRule` is large, and copying one per rule per article showed up as
        // retain/release traffic in profiles.
        for index in lexicon.rules.indices {
            let rulePatterns = patterns.rulePatterns[index]
            let exceptions = patterns.ruleExceptions[index]
            if let failed = rulePatterns.first(where: { scan.failures[$0] != nil })
                ?? exceptions.first(where: { scan.failures[$0] != nil })
            {
                limitHits.append(LimitHit(ruleID: lexicon.rules[index].rule.id, reason: scan.failures[failed]!.description))
                continue
            }
            // Most rules find nothing in a given article.
            guard rulePatterns.contains(where: { !scan.matches[$0].isEmpty }) else { continue }
            let found = CompiledRule.combine(
                patternMatches: rulePatterns.flatMap { scan.matches[$0] },
                exceptionMatches: exceptions.flatMap { scan.matches[$0] })
            for range in found where document.isKept(range.lowerBound) {
                matches.append(RuleMatch(ruleIndex: index, range: range))
            }
        }
        matches.sort { ($0.range.lowerBound, $0.ruleIndex) < ($1.range.lowerBound, $1.ruleIndex) }
        return (matches, limitHits)
    }
}
