/// One mark over the article text: what it marks, where (bytes of the analysed text), and the
/// attributes a reader, the page's script and a test read from it.
struct ArticleMark {
    /// What a mark stands for; the `data-kind` attribute. The layer orders marks that cover the
    /// same words: an attribution's words hold a casualty mention, which holds the finding.
    enum Kind: String, CaseIterable {
        case speech, speaker, dropped, casualty, finding

        var layer: Int {
            switch self {
            case .speech, .dropped: 0
            case .speaker: 1
            case .casualty: 2
            case .finding: 3
            }
        }
    }

    let kind: Kind
    /// The element id of its first piece, which the tables link to.
    let id: String
    let range: Range<Int>
    /// Rule ids, space-separated: the finding's rule, or an attribution's reporting verbs.
    let rules: String
    let classes: String
    /// The one-line explanation shown on hover and in the details panel.
    let explanation: String
    /// Further `data-*` attributes, in a fixed order.
    let data: [(name: String, value: String)]
    /// A short text label drawn beside the mark (side, agency), so colour is never the only cue.
    let tag: String?
}
