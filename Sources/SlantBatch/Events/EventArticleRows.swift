/// Finds an article's counts in its outlet's statistics by its key; an outlet's index is built
/// the first time one of its articles is asked for.
struct EventArticleRows {
    let statistics: CorpusStatistics
    var positions: [String: [ArticleKey: Int]] = [:]

    init(_ statistics: CorpusStatistics) {
        self.statistics = statistics
    }

    mutating func counts(of key: ArticleKey, outlet: String) -> [Int64] {
        let articles = statistics.outlets[outlet]!
        if positions[outlet] == nil {
            var index: [ArticleKey: Int] = [:]
            for (position, article) in articles.keys.enumerated() where index[article] == nil { index[article] = position }
            positions[outlet] = index
        }
        return articles.values(of: positions[outlet]![key]!).map(Int64.init)
    }
}
