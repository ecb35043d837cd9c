/// What a worker made of one record.
enum RecordOutcome: Sendable {
    case audited(AuditedArticle)
    case skipped(SkippedRecord)
    /// Audited, but below `--min-relevance`: counted and listed, not measured.
    case offTopic(OffTopicArticle)
}

/// An audited article reduced to what the run keeps: its outlet's counts and, when evidence is
/// written, its evidence line. The audit itself is dropped on the worker.
struct AuditedArticle: Sendable {
    let outlet: String
    let key: ArticleKey
    let id: String
    let title: String?
    let date: String?
    let figures: ArticleFigures
    let evidence: EvidenceLine?
    /// Marked as an opinion piece (`--opinion-field`, `--opinion-url-pattern`).
    var isOpinion = false
    /// With `--near-duplicates`: what the search for copies across outlets needs.
    var nearDuplicate: NearDuplicateTraits? = nil
    /// With `--events`: what grouping it into an event needs.
    var event: EventObservation? = nil
}
