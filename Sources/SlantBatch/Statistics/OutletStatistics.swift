/// Sufficient statistics of one outlet: each audited article's counts (a few dozen integers,
/// kept because the bootstrap resamples articles) and the outlet's loaded-term hits. Memory is
/// about 150 bytes per article plus its id.
public struct OutletStatistics: Sendable, Hashable {
    public let name: String
    public let fieldCount: Int
    public private(set) var keys: [ArticleKey] = []
    /// Row-major: article i's counts are `values[i * fieldCount ..< (i + 1) * fieldCount]`.
    public private(set) var values: [Int32] = []
    /// Loaded-term rule hits in editorial voice, by rule id.
    public private(set) var terms: [String: Int] = [:]

    public init(name: String, fieldCount: Int) {
        self.name = name
        self.fieldCount = fieldCount
    }

    public var articleCount: Int { keys.count }

    mutating func add(key: ArticleKey, values row: [Int32], terms hits: [String: Int]) {
        precondition(row.count == fieldCount, "an article's counts do not match the layout")
        keys.append(key)
        values += row
        terms.merge(hits, uniquingKeysWith: +)
    }

    mutating func merge(_ other: OutletStatistics) {
        precondition(other.fieldCount == fieldCount, "outlets with different layouts")
        keys += other.keys
        values += other.values
        terms.merge(other.terms, uniquingKeysWith: +)
    }

    /// The same articles sorted by key: the order the bootstrap draws from, so that a single run
    /// and any split-then-merge of it resample identically.
    public func canonical() -> OutletStatistics {
        let order = keys.indices.sorted { (keys[$0], $0) < (keys[$1], $1) }
        var sorted = OutletStatistics(name: name, fieldCount: fieldCount)
        sorted.terms = terms
        sorted.keys = order.map { keys[$0] }
        sorted.values.reserveCapacity(values.count)
        for index in order { sorted.values += values[index * fieldCount..<(index + 1) * fieldCount] }
        return sorted
    }

    /// Column sums over all articles.
    public func totals() -> [Int64] {
        var sums = [Int64](repeating: 0, count: fieldCount)
        for (offset, value) in values.enumerated() { sums[offset % fieldCount] += Int64(value) }
        return sums
    }
}

extension OutletStatistics: Codable {
    private struct Article: Codable {
        let id: String
        let digest: String
        let values: [Int32]
    }

    enum CodingKeys: String, CodingKey {
        case name, fieldCount, articles, terms
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            name: try container.decode(String.self, forKey: .name),
            fieldCount: try container.decode(Int.self, forKey: .fieldCount))
        terms = try container.decode([String: Int].self, forKey: .terms)
        for article in try container.decode([Article].self, forKey: .articles) {
            guard article.values.count == fieldCount, let digest = UInt64(article.digest, radix: 16) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .articles, in: container, debugDescription: "article \(article.id) does not match the field list")
            }
            keys.append(ArticleKey(id: article.id, digest: digest))
            values += article.values
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(fieldCount, forKey: .fieldCount)
        try container.encode(terms, forKey: .terms)
        let articles = keys.indices.map { index in
            let hex = String(keys[index].digest, radix: 16)
            return Article(
                id: keys[index].id, digest: String(repeating: "0", count: 16 - hex.count) + hex,
                values: Array(values[index * fieldCount..<(index + 1) * fieldCount]))
        }
        try container.encode(articles, forKey: .articles)
    }
}
