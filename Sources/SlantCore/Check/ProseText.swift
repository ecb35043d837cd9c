/// An input file made ready for the audit: the prose to analyse (with locations that point into
/// the file as read) and the comments that may suppress findings.
public struct ProseText: Sendable {
    public let markup: MarkupKind
    /// What the auditor reads. Its `location(of:)` and `span(_:)` answer in file coordinates.
    public let prose: SourceText
    public let candidates: [DirectiveCandidate]

    public init(markup: MarkupKind, prose: SourceText, candidates: [DirectiveCandidate]) {
        self.markup = markup
        self.prose = prose
        self.candidates = candidates
    }
}
