/// `--events`: the comparison's "Same event, side by side" section. Events reported by two or
/// more outlets, the ones with most outlets first, each article with its key measures
/// computed over that article alone and its headline, so a reader sees how each outlet
/// framed the same news.
public struct SameEvents: Sendable, Codable, Hashable {
    public struct Article: Sendable, Codable, Hashable {
        public let outlet: String
        /// The outlet's evidence is `articles/<slug>.jsonl` beside the report; the article is
        /// the line with this `id`.
        public let slug: String
        public let id: String
        public let title: String?
        /// `YYYY-MM-DD`, or nil for an article without a full date (grouped by `--event-field`).
        public let date: String?
        public let words: Int64
        /// The article's counts that the measures read (`MeasureDescription.inputs`), zeros included.
        public let counts: [String: Int64]
        /// One per measure of `SameEvents.measures`, in that order.
        public let figures: [ArticleFigure]
    }

    /// One measure over one article: a ratio of its own counts (nil when nothing to divide by).
    public struct ArticleFigure: Sendable, Codable, Hashable {
        public let measure: String
        public let value: Double?
    }

    public struct Event: Sendable, Codable, Hashable {
        /// 1 for the event with the most outlets: its place in this list.
        public let number: Int
        /// The value of the event field (`--event-field`); nil for events found by date and names.
        public let name: String?
        public let firstDate: String?
        public let lastDate: String?
        public let outlets: Int
        /// The keys most of its articles share, most shared first (at most six).
        public let sharedKeys: [String]
        /// By date, then outlet, then id.
        public let articles: [Article]
    }

    /// "event field" or "date and shared names".
    public let method: String
    public let eventField: String?
    /// Days (not used with an event field).
    public let window: Int
    /// The measures of each article's figures, by id (the comparison's `measures` describe them).
    public let measures: [String]
    /// Articles that could be grouped (full date, or a value in the event field), and those that could not.
    public let groupable: Int
    public let ungroupable: Int
    /// Events with articles from two or more outlets, and the articles in them.
    public let multiOutletEvents: Int
    public let articlesInMultiOutletEvents: Int
    /// Groups of several articles from one outlet only: not shown.
    public let singleOutletEvents: Int
    /// The first `EventSettings.shownEvents` events; `leftOff` counts the rest.
    public let events: [Event]
    public let leftOff: Int
}
