/// For each count of the layout, the `limit` articles with the largest values, kept as they
/// arrive (a few comparisons per non-zero count) and merged by keeping the best of both: the
/// same articles whatever the order or split of the corpus, in memory bounded by the layout.
public struct LeadingArticles: Sendable, Hashable, Codable {
    public static let limit = 3

    /// By field index; each list in `LeadingArticle.precedes` order, at most `limit` long.
    public private(set) var byField: [[LeadingArticle]]

    public init(fieldCount: Int) {
        byField = Array(repeating: [], count: fieldCount)
    }

    mutating func add(id: String, title: String?, key: ArticleKey, values: [Int32]) {
        var hex: String?
        for (field, value) in values.enumerated() where value > 0 {
            let leaders = byField[field]
            if leaders.count == Self.limit, let last = leaders.last, Int64(value) < last.value { continue }
            hex = hex ?? ArticleKey.hex(key.idHash) + ArticleKey.hex(key.textHash)
            insert(LeadingArticle(id: id, title: title, value: Int64(value), key: hex!), field: field)
        }
    }

    mutating func merge(_ other: LeadingArticles) {
        for (field, leaders) in other.byField.enumerated() {
            for leader in leaders { insert(leader, field: field) }
        }
    }

    private mutating func insert(_ article: LeadingArticle, field: Int) {
        var leaders = byField[field]
        guard !leaders.contains(where: { $0.key == article.key }) else { return }
        let position = leaders.firstIndex { article.precedes($0) } ?? leaders.count
        guard position < Self.limit else { return }
        leaders.insert(article, at: position)
        if leaders.count > Self.limit { leaders.removeLast() }
        byField[field] = leaders
    }
}
