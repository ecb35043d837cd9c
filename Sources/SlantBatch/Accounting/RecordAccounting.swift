/// Nothing lost: every record read is either audited or skipped with a reason, and the
/// report ends with these numbers. Skipped records are kept in full (file, line, reason), so
/// this grows with the number of bad records, not with the corpus.
public struct RecordAccounting: Sendable, Codable, Hashable {
    public struct ReasonCount: Sendable, Codable, Hashable {
        public let reason: SkipReason
        public let count: Int
    }

    public private(set) var read: Int
    public private(set) var audited: Int
    /// In input order.
    public private(set) var skippedRecords: [SkippedRecord]
    public private(set) var inputFailures: [InputFailure]
    /// Articles left out as off topic (`--min-relevance`), read in canonical order (by group and
    /// id), mostly from temporary files: this list grows with the corpus, so it is not held.
    public private(set) var offTopic: OffTopicList
    /// Audited articles marked as opinion pieces (`OpinionMarking`), measured in groups of their own.
    public private(set) var opinionPieces: Int

    public init() {
        self.init(offTopicRunLength: OffTopicList.defaultRunLength)
    }

    /// `offTopicRunLength`: off-topic articles held before they are spilled (small in tests).
    init(offTopicRunLength: Int) {
        read = 0
        audited = 0
        skippedRecords = []
        inputFailures = []
        offTopic = OffTopicList(runLength: offTopicRunLength)
        opinionPieces = 0
    }

    /// The off-topic articles in canonical order, in memory: for small lists (tests); reports
    /// read `offTopic.sorted()` instead.
    public var offTopicArticles: [OffTopicArticle] { offTopic.articles }

    /// Records not measured: the unreadable ones and the off-topic articles.
    public var skipped: Int { skippedRecords.count + offTopic.count }

    /// The invariant the report states: read = audited + skipped.
    public var balances: Bool { read == audited + skipped }

    public var byReason: [ReasonCount] {
        var counts: [SkipReason: Int] = [:]
        for record in skippedRecords { counts[record.reason, default: 0] += 1 }
        if !offTopic.isEmpty { counts[.offTopic] = offTopic.count }
        return counts.keys.sorted().map { ReasonCount(reason: $0, count: counts[$0]!) }
    }

    mutating func countAudited(opinion: Bool = false) {
        read += 1
        audited += 1
        if opinion { opinionPieces += 1 }
    }

    mutating func countSkipped(_ record: SkippedRecord) {
        read += 1
        skippedRecords.append(record)
    }

    mutating func countOffTopic(_ article: OffTopicArticle) {
        read += 1
        offTopic.append(article)
    }

    mutating func add(_ failure: InputFailure) {
        inputFailures.append(failure)
    }

    /// Appends another part's accounting after this one's, as if its inputs had followed.
    mutating func merge(_ other: RecordAccounting) {
        read += other.read
        audited += other.audited
        skippedRecords += other.skippedRecords
        inputFailures += other.inputFailures
        offTopic.append(contentsOf: other.offTopic)
        opinionPieces += other.opinionPieces
    }

    /// The same accounting, whose off-topic articles are always read in canonical order, which no
    /// split of the corpus and no thread count changes.
    public func sorted() -> RecordAccounting {
        self
    }

    enum CodingKeys: String, CodingKey {
        case read, audited, skipped, byReason, skippedRecords, inputFailures, offTopicArticles, opinionPieces
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        read = try container.decode(Int.self, forKey: .read)
        audited = try container.decode(Int.self, forKey: .audited)
        skippedRecords = try container.decode([SkippedRecord].self, forKey: .skippedRecords)
        inputFailures = try container.decode([InputFailure].self, forKey: .inputFailures)
        offTopic = try container.decode(OffTopicList.self, forKey: .offTopicArticles)
        opinionPieces = try container.decodeIfPresent(Int.self, forKey: .opinionPieces) ?? 0
    }

    /// Writes the derived totals too, so a reader of the JSON sees the sum without computing it.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(read, forKey: .read)
        try container.encode(audited, forKey: .audited)
        try container.encode(skipped, forKey: .skipped)
        try container.encode(byReason, forKey: .byReason)
        try container.encode(skippedRecords, forKey: .skippedRecords)
        try container.encode(inputFailures, forKey: .inputFailures)
        // A reporter that writes the entries itself asks for a placeholder (`offTopicPlaceholder`).
        if let placeholder = encoder.userInfo[.offTopicPlaceholder] as? String, !offTopic.isEmpty {
            try container.encode([placeholder], forKey: .offTopicArticles)
        } else {
            try container.encode(offTopic, forKey: .offTopicArticles)
        }
        // Written only when opinion pieces were marked, so other runs' reports keep their bytes.
        if opinionPieces > 0 { try container.encode(opinionPieces, forKey: .opinionPieces) }
    }
}
