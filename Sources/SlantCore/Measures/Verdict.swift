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
    /// Loaded language in the outlet's own voice, per 1,000 words (and at least this many hits).
    public static let editorialLoadedPerThousand = 2.0
    public static let editorialLoadedMinimumHits = 2
    /// Gap between the parties' neutral-verb rates, each party with at least `minimumCues` cues.
    public static let verbNeutralityGap = 0.5
    public static let minimumCues = 2
    /// The part of the unassigned speakers' words and verbs that the voice and verb checks assume
    /// could be one party's before they abstain. On the dev half of slant's gold set, 32% of the
    /// words slant left unassigned were a party's (19% Israeli, 13% Palestinian); the rest were
    /// third parties' or of no stated side. Rounded up, for caution.
    public static let unassignedPartyShare = 0.35
}
