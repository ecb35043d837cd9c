/// `--by-period`: the key measures (those the report charts) of each group per period, with
/// bootstrap intervals over the period's articles. Undated articles are counted apart.
public struct PeriodTrends: Sendable, Codable, Hashable {
    public struct Cell: Sendable, Codable, Hashable {
        public let period: String
        public let articles: Int
        /// One per measure of `PeriodTrends.measures`, in that order.
        public let figures: [Figure]
    }

    public struct Group: Sendable, Codable, Hashable {
        public let name: String
        public let slug: String
        /// Articles without a usable date: in the group's figures, in no period.
        public let undated: Int
        /// Periods with at least one article, in time order.
        public let cells: [Cell]
    }

    /// "year", "quarter" or "month".
    public let granularity: String
    /// Every period with an article, in time order.
    public let periods: [String]
    /// The measures followed, by id.
    public let measures: [String]
    /// "All outlets" first (every article of the period pooled), then the groups with at least
    /// `minimumArticles` articles, by name.
    public let groups: [Group]
}
