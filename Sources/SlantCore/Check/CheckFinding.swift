/// One finding of `slant check`, placed in the file as read.
public struct CheckFinding: Sendable, Codable, Hashable {
    public let ruleID: String
    public let severity: Severity
    /// The rule's message with the matched text filled in.
    public let message: String
    public let alternatives: [String]
    /// Start and end (exclusive) in the file: 1-based line and column (Unicode scalars).
    public let location: SourceLocation
    public let endLocation: SourceLocation
    /// Byte offsets in the file (UTF-8).
    public let start: Int
    public let end: Int
    /// The matched text as analysed (HTML entities decoded); empty for article-level findings.
    public let text: String
    /// The whole line the finding starts on, trimmed: the baseline key. Empty for article-level
    /// findings, which have no line of their own.
    public let lineText: String
    /// The rule's category ("loaded-term", ...) or "check" for slant's own rules.
    public let category: String
    /// Whose words these are; nil for slant's own findings.
    public let voice: Voice?
    public let speakerName: String?

    public init(
        ruleID: String, severity: Severity, message: String, alternatives: [String], location: SourceLocation,
        endLocation: SourceLocation, start: Int, end: Int, text: String, lineText: String, category: String, voice: Voice?,
        speakerName: String?
    ) {
        self.ruleID = ruleID
        self.severity = severity
        self.message = message
        self.alternatives = alternatives
        self.location = location
        self.endLocation = endLocation
        self.start = start
        self.end = end
        self.text = text
        self.lineText = lineText
        self.category = category
        self.voice = voice
        self.speakerName = speakerName
    }

    /// The message with whose words they are, when not the outlet's: what an editor needs to
    /// judge a term that the style guide allows in quotation.
    public var displayMessage: String {
        switch voice {
        case .attributed: "\(message) (attributed to \(speakerName ?? "an unresolved speaker"))"
        case .quoted: "\(message) (quoted from \(speakerName ?? "an unknown speaker"))"
        case .editorial, nil: message
        }
    }

    func with(severity: Severity) -> CheckFinding {
        CheckFinding(
            ruleID: ruleID, severity: severity, message: message, alternatives: alternatives, location: location,
            endLocation: endLocation, start: start, end: end, text: text, lineText: lineText, category: category, voice: voice,
            speakerName: speakerName)
    }

    static func inOrder(_ lhs: CheckFinding, _ rhs: CheckFinding) -> Bool {
        (lhs.location.line, lhs.location.column, lhs.ruleID, lhs.start) < (
            rhs.location.line, rhs.location.column, rhs.ruleID, rhs.start
        )
    }
}
