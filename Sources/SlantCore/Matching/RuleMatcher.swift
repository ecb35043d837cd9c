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
        for (index, rule) in lexicon.rules.enumerated() {
            let owned = patterns.rulePatterns[index] + patterns.ruleExceptions[index]
            if let failed = owned.first(where: { scan.failures[$0] != nil }) {
                limitHits.append(LimitHit(ruleID: rule.rule.id, reason: scan.failures[failed]!.description))
                continue
            }
            let found = CompiledRule.combine(
                patternMatches: patterns.rulePatterns[index].flatMap { scan.matches[$0] },
                exceptionMatches: patterns.ruleExceptions[index].flatMap { scan.matches[$0] })
            for range in found where document.isKept(range.lowerBound) {
                matches.append(RuleMatch(ruleIndex: index, range: range))
            }
        }
        matches.sort { ($0.range.lowerBound, $0.ruleIndex) < ($1.range.lowerBound, $1.ruleIndex) }
        return (matches, limitHits)
    }
}
