/// The off-topic articles of a run (`--min-relevance`), in bounded memory: up to `runLength`
/// are held, and then sorted and spilled to a temporary file as a run (`OffTopicRun`); reading
/// merges the runs, so the list comes out in canonical order (`OffTopicArticle.<`: by group, id,
/// title) as a sort of the whole list would give it. With `--min-relevance` on a corpus that is
/// mostly off topic, this list was most of `slant compare`'s growth with the corpus.
///
/// A value: copies share the runs, which are never changed once written.
public struct OffTopicList: Sendable {
    /// Articles held before they are spilled: about 250 bytes each.
    static let defaultRunLength = 4096
    /// Runs kept before they are merged into one, so that the open files stay few.
    static let maximumRuns = 64

    let runLength: Int
    private var held: [OffTopicArticle] = []
    private var runs: [OffTopicRun] = []
    /// How many articles each group has: the report's counts, without reading the runs.
    public private(set) var countsByGroup: [String: Int] = [:]
    public private(set) var count = 0

    public init() {
        self.init(runLength: Self.defaultRunLength)
    }

    init(runLength: Int) {
        precondition(runLength > 0, "a run holds at least one article")
        self.runLength = runLength
    }

    public var isEmpty: Bool { count == 0 }

    /// Temporary files in use (tests check that none is left behind).
    var spilledRuns: Int { runs.count }

    mutating func append(_ article: OffTopicArticle) {
        held.append(article)
        count += 1
        countsByGroup[article.group, default: 0] += 1
        if held.count >= runLength { spill() }
    }

    /// Another list's articles added to this one (a merge of parts).
    mutating func append(contentsOf other: OffTopicList) {
        runs += other.runs
        count += other.runs.reduce(0) { $0 + $1.count }
        countsByGroup.merge(other.runs.isEmpty ? [:] : other.countsOfRuns(), uniquingKeysWith: +)
        for article in other.held { append(article) }
        compactRuns()
    }

    /// Every article in canonical order, read from the runs a chunk at a time.
    public func sorted() -> some Sequence<OffTopicArticle> {
        OffTopicMerge(runs: runs, sortedHeld: held.sorted())
    }

    /// Every article in canonical order, in memory: for small lists and tests.
    public var articles: [OffTopicArticle] { Array(sorted()) }

    /// The held articles become a run; if the file cannot be written they stay in memory (the
    /// list then grows, but loses nothing) and the next spill tries again.
    private mutating func spill() {
        guard let run = OffTopicRun(sorted: held.sorted()) else { return }
        runs.append(run)
        held.removeAll(keepingCapacity: true)
        compactRuns()
    }

    private mutating func compactRuns() {
        guard runs.count >= Self.maximumRuns, let merged = OffTopicRun(sorted: OffTopicMerge(runs: runs, sortedHeld: []))
        else { return }
        runs = [merged]
    }

    /// Counts by group of the spilled articles only.
    private func countsOfRuns() -> [String: Int] {
        var counts = countsByGroup
        for article in held { counts[article.group]! -= 1 }
        return counts.filter { $0.value > 0 }
    }
}

extension OffTopicList: Hashable {
    public static func == (lhs: OffTopicList, rhs: OffTopicList) -> Bool {
        lhs.count == rhs.count && lhs.countsByGroup == rhs.countsByGroup && lhs.sorted().elementsEqual(rhs.sorted())
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(count)
        hasher.combine(countsByGroup)
    }
}

extension OffTopicList: Codable {
    /// As a JSON array in canonical order.
    public init(from decoder: any Decoder) throws {
        self.init()
        var container = try decoder.unkeyedContainer()
        while !container.isAtEnd { append(try container.decode(OffTopicArticle.self)) }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.unkeyedContainer()
        for article in sorted() { try container.encode(article) }
    }
}
