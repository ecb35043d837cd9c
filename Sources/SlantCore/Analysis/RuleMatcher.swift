import PCRE2

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

/// Finds every rule match in a document. The reference implementation runs each rule's
/// patterns one by one over the whole text (validated once); faster matchers must give the
/// same answer.
public protocol RuleMatcher: Sendable {
    func matches(in document: Document, scratch: MatchScratch) -> (matches: [RuleMatch], limitHits: [LimitHit])
}

public struct SequentialRuleMatcher: RuleMatcher {
    let rules: [CompiledRule]

    public init(rules: [CompiledRule]) {
        self.rules = rules
    }

    public func matches(in document: Document, scratch: MatchScratch) -> (matches: [RuleMatch], limitHits: [LimitHit]) {
        var matches: [RuleMatch] = []
        var limitHits: [LimitHit] = []
        for (index, rule) in rules.enumerated() {
            do {
                for range in try rule.matches(in: document.source.utf8, scratch: scratch)
                where document.isKept(range.lowerBound) {
                    matches.append(RuleMatch(ruleIndex: index, range: range))
                }
            } catch {
                limitHits.append(LimitHit(ruleID: rule.rule.id, reason: error.description))
            }
        }
        matches.sort { ($0.range.lowerBound, $0.ruleIndex) < ($1.range.lowerBound, $1.ruleIndex) }
        return (matches, limitHits)
    }
}
