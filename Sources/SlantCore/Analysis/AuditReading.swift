/// The first half of an audit: the article segmented and scanned for the actors and places it
/// names. It already tells the article's topic relevance, so `slant compare` can leave an
/// off-topic article (listed, never measured) here instead of attributing and judging it;
/// `Auditor.audit(_:timings:)` finishes the rest.
public struct AuditReading {
    let source: SourceText
    let document: Document
    /// The text the patterns run over, made once for both scans.
    let matching: MatchingText
    let mentions: ActorMentionIndex
    let places: ActorMentionIndex
    /// As `ArticleAudit.topicSentences`.
    public let topicSentences: Int

    public var sentences: Int { document.sentences.count }

    /// As `ArticleAudit.relevance`.
    public var relevance: Double { sentences == 0 ? 0 : Double(topicSentences) / Double(sentences) }

    /// As `InputInfo.title`.
    public var title: String? { document.title.map { source.text($0.range) } }

    /// As `InputInfo.sha256`.
    public var sha256: String { SHA256Hex.of(source.inputBytes) }
}
