/// `--events`: how articles are grouped into events, which the partial results carry (parts
/// grouped another way are not merged). Either a record field names each article's event
/// (`--event-field`), or articles are grouped by date and shared names (`EventGrouping`), and
/// the constants below are that method's documented defaults, tuned on the example corpus
/// (docs/batch-comparison.md, "Same event, side by side").
public struct EventSettings: Sendable, Hashable, Codable {
    /// Articles whose dates differ by more days are never one event; an event spans at most
    /// this many days after its first. Same day ±1 by default: a story of the evening is the
    /// next morning's news.
    public static let defaultWindow = 1
    public static let windowLimit = 0...30
    /// Two articles are linked when their similarity (`EventSimilarity`) reaches this. On the
    /// example corpus 0.2 split one day's events into several; 0.12 still grouped correctly
    /// there, but a larger corpus has more same-day stories to confuse.
    public static let linkThreshold = 0.15
    /// Two groups are merged only when the mean similarity of their articles' pairs reaches
    /// this: one article sharing names with two stories does not chain them into one event.
    public static let groupThreshold = 0.1
    /// Pairs sharing fewer keys are not similar, however rare the one key they share.
    public static let minimumSharedKeys = 2
    /// The words of the text read for names: the lead, where a news story says what happened.
    public static let leadWords = 100
    /// Keys kept per article: the headline's words first, then the lead's names.
    public static let keysPerArticle = 24
    /// Events shown in the report (and its JSON), most outlets first.
    public static let shownEvents = 25

    /// The record field naming each article's event, or nil to group by date and names.
    public let field: String?
    /// Days; not used with `field`.
    public let window: Int

    public init(field: String? = nil, window: Int = defaultWindow) {
        self.field = field
        self.window = window
    }
}
