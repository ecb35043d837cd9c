/// Everything one audit found, with byte offsets and line:column for every span. This is the
/// JSON report; the Markdown report is rendered from it.
public struct ArticleAudit: Sendable, Codable {
    /// Bumped when a field changes meaning or disappears. 2: `casualties[].sentence.text` and
    /// `attributions[].paraphrases[].text` are cut to `TextExcerpt.maximumBytes` (ending in "…"),
    /// and `limits.longSentences` counts sentences analysed in pieces.
    public static let currentSchemaVersion = 2

    public let schemaVersion: Int
    public let tool: ToolInfo
    public let input: InputInfo
    public let lexicons: [PackVersion]
    public let sides: [SideInfo]
    public let droppedLines: [DroppedLine]
    public let attributions: [Attribution]
    public let findings: [Finding]
    public let casualties: [CasualtyMention]
    public let measures: Measures
    public let verdict: Verdict
    public let limits: AuditLimits
    /// Sentences (the title's included) that name an actor or a place of a party to the conflict
    /// (not a third party of the side pack): how much
    /// of the article is about the conflict (`slant compare --min-relevance`). Not in the JSON
    /// report, whose schema it would change; the comparison's evidence carries it.
    public var topicSentences = 0

    enum CodingKeys: String, CodingKey {
        case schemaVersion, tool, input, lexicons, sides, droppedLines, attributions, findings, casualties, measures
        case verdict, limits, sidePack
    }

    /// Topic sentences / sentences, 0 for an article without sentences.
    public var relevance: Double {
        input.sentences == 0 ? 0 : Double(topicSentences) / Double(input.sentences)
    }
    /// The side pack the audit used and why; nil when the caller audited with one lexicon.
    public var sidePack: SidePackChoice? = nil
}

public struct ToolInfo: Sendable, Codable, Hashable {
    public let name: String
    public let version: String
}

public struct InputInfo: Sendable, Codable, Hashable {
    public let name: String
    public let sha256: String
    public let bytes: Int
    public let title: String?
    public let words: Int
    public let paragraphs: Int
    public let sentences: Int
    public let quotations: Int
}

public struct SideInfo: Sendable, Codable, Hashable {
    public let id: String
    public let name: String
    public let isThirdParty: Bool
}

public struct Measures: Sendable, Codable, Hashable {
    public let voices: [SideVoices]
    public let totalAttributedWords: Int
    /// Side of the first and of the last attribution whose speaker maps to a side.
    public let firstVoice: String?
    public let lastVoice: String?
    public let balance: BalanceIndices
    public let verbNeutralityGap: Double?
    public let loadedLanguage: LoadedLanguageTally
    public let labels: LabelAsymmetry
    public let casualtyFraming: [SideCasualtyFraming]
}

/// What the audit could not see, in numbers, for the "limits" section.
public struct AuditLimits: Sendable, Codable, Hashable {
    public let sentences: Int
    /// Sentences with no quotation and no attributed words: counted as the outlet's narration.
    public let editorialSentences: Int
    public let unattributedQuotations: Int
    public let unresolvedSpeakers: Int
    public let ruleLimitHits: [LimitHit]
    /// Sentences longer than `SentenceLengthLimit.maximumBytes`, analysed in pieces cut between words.
    public let longSentences: Int
}

public enum SlantVersion {
    public static let current = "0.1.0"
}
