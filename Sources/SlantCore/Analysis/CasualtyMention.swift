/// How a casualty clause presents the killing (Trew, Fowler; Jackson 2023).
public enum CasualtyAgency: String, Sendable, Codable, CaseIterable {
    /// "Israeli strike kills 10", "Hamas killed 1,200 people".
    case active
    /// "were killed by Israeli airstrikes".
    case passiveWithAgent = "passive-with-agent"
    /// "were killed", "have been killed".
    case agentlessPassive = "agentless-passive"
    /// A bare participle with no auxiliary and no agent: "10 people killed in Gaza", headlines'
    /// "Three Israelis killed". Counted as agentless, like the full passive.
    case reducedPassive = "reduced-passive"
    /// "died", "perished", "lost their lives": no agent can be named. ("Bus blows up" is this too.)
    case intransitive
    /// "deaths", "the death toll", "casualties".
    case nominal

    /// Agentless framings in formula 6 of measures.md.
    public var hidesAgent: Bool { self != .active && self != .passiveWithAgent }
}

/// One casualty word in context: whose victims, how the clause presents the killing, and the
/// emotive terms, caveats and individuating details in the same sentence.
public struct CasualtyMention: Sendable, Codable, Hashable {
    public let span: TextSpan
    public let ruleID: String
    public let sentence: TextSpan
    public let agency: CasualtyAgency
    /// The words naming the agent, when the clause names one.
    public let agent: String?
    public let agentSideID: String?
    public let victimSideID: String?
    /// How the victims' side was decided, for a reader to check.
    public let victimEvidence: String?
    public let voice: Voice
    public let emotiveTerms: [TextSpan]
    public let caveats: [TextSpan]
    public let individuation: [TextSpan]

    /// The same mention with its victims decided from elsewhere.
    func withVictims(_ sideID: String, evidence: String) -> CasualtyMention {
        CasualtyMention(
            span: span, ruleID: ruleID, sentence: sentence, agency: agency, agent: agent, agentSideID: agentSideID,
            victimSideID: sideID, victimEvidence: evidence, voice: voice, emotiveTerms: emotiveTerms, caveats: caveats,
            individuation: individuation)
    }
}
