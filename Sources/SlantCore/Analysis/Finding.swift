/// One rule match, placed in its voice and linked to the side it describes.
public struct Finding: Sendable, Codable, Hashable {
    public let ruleID: String
    public let category: RuleCategory
    public let span: TextSpan
    /// The term as a reader sees it: a label with the actor before it ("Hamas militants").
    public let phrase: String
    /// The match with a few words either side.
    public let context: String
    public let voice: Voice
    /// The attribution whose words these are (quoted or attributed voice).
    public let attribution: Int?
    public let speakerName: String?
    public let speakerSideID: String?
    /// The side the term is about ("Hamas militants" -> the Palestinian side).
    public let describedSideID: String?
    /// How the described side was decided, for a reader to check.
    public let describedBy: String?
    /// The rule's severity in editorial voice; info in quoted or attributed voice.
    public let severity: Severity
    public let message: String
    public let alternatives: [String]
    public let polarity: LabelPolarity?
    public let verbClass: VerbClass?
    public let emotive: Bool
}
