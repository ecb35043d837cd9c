/// One overall verdict from four checks, each with its threshold written out so a reader can
/// disagree with the threshold rather than with a black box.
public struct Verdict: Sendable, Codable, Hashable {
    public enum Level: String, Sendable, Codable {
        case balanced = "no-marked-asymmetry"
        case concerns = "some-framing-concerns"
        case marked = "marked-framing-asymmetry"

        public var title: String {
            switch self {
            case .balanced: "No marked framing asymmetry found"
            case .concerns: "Some framing concerns"
            case .marked: "Marked framing asymmetry"
            }
        }
    }

    public let level: Level
    public let checks: [VerdictCheck]

    public var triggered: [VerdictCheck] { checks.filter(\.triggered) }

    /// Two or more checks crossed: marked; one: concerns; none: balanced.
    static func level(triggered: Int) -> Level {
        triggered >= 2 ? .marked : triggered == 1 ? .concerns : .balanced
    }
}

public struct VerdictCheck: Sendable, Codable, Hashable {
    public let id: String
    public let title: String
    public let measured: String
    public let threshold: String
    public let triggered: Bool
    /// Whether the article had what the check needs (e.g. both parties speaking).
    public let applicable: Bool
    /// The check declined to answer: speakers slant could not place on a side have enough words
    /// (or verbs) to change the answer. An abstaining check is not crossed.
    public let abstained: Bool
    public let detail: String
    public let evidence: [TextSpan]

    public init(
        id: String, title: String, measured: String, threshold: String, triggered: Bool, applicable: Bool,
        abstained: Bool = false, detail: String, evidence: [TextSpan]
    ) {
        self.id = id
        self.title = title
        self.measured = measured
        self.threshold = threshold
        self.triggered = triggered && !abstained
        self.applicable = applicable
        self.abstained = abstained
        self.detail = detail
        self.evidence = evidence
    }
}

/// The thresholds behind the verdict, in one place.
public enum VerdictThresholds {
    /// Voice balance: the quieter party gets less than half the attributed words of the louder.
    public static let minimumVoiceRatio = 0.5
    /// Voice balance needs at least this many attributions of the two parties together: one
    /// party's single remark is no evidence of unequal space (the annotation guidelines' rule for
    /// "not applicable").
    public static let minimumPartyAttributions = 2
    /// Loaded language in the outlet's own voice, per 1,000 words (and at least this many hits).
    public static let editorialLoadedPerThousand = 2.0
    public static let editorialLoadedMinimumHits = 2
    /// Gap between the parties' neutral-verb rates, each party with at least
    /// `minimumAttributionsPerParty` attributions (the annotation guidelines' rule; until the
    /// eleventh session two reporting verbs, so a continued quotation, which has no verb of its
    /// own, did not count towards it).
    public static let verbNeutralityGap = 0.5
    public static let minimumAttributionsPerParty = 2
    /// The part of the unassigned speakers' words and verbs that the voice and verb checks assume
    /// could be one party's before they abstain. It is given to one party at a time, so it is one
    /// party's share, not both parties' together: on the dev half of slant's gold set (ninth
    /// session's engine), 16% of the words slant left unassigned were Israeli speakers' and 11%
    /// Palestinian (12% and 8% of the verbs); the rest were third parties', of no stated side, or
    /// not attributions at all. The larger share, rounded up for caution. (Until the tenth session
    /// this was 35%, both parties' share given to one, which made the checks abstain where no
    /// party's words were unassigned at all.)
    public static let unassignedPartyShare = 0.2
}
