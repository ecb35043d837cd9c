/// What a run keeps of an article for `--events`: enough to group it and to show it in an
/// event's table. Its counts are not copied: they are the outlet's (`OutletStatistics`),
/// found by `key`. Some 400 bytes an article with a headline and 17 keys (the median on the
/// example corpus): the key (16), the day (4), id and headline (their text plus 32 each), and
/// the sorted key hashes (8 each plus 32).
public struct EventCandidate: Sendable, Hashable, Codable {
    public let key: ArticleKey
    /// `EventDay`; nil without a full date (only `--event-field` groups such articles).
    public let day: Int32?
    public let id: String
    public let title: String?
    /// The article's event named by the record (`--event-field`); nil otherwise.
    public let event: String?
    /// FNV-1a hashes of the article's `EventKeys`, strictly ascending; empty with `--event-field`.
    public let keys: [UInt64]

    public init(key: ArticleKey, day: Int32?, id: String, title: String?, event: String?, keys: [UInt64]) {
        self.key = key
        self.day = day
        self.id = id
        self.title = title
        self.event = event
        self.keys = keys
    }

    /// A canonical order no split of the corpus changes: by day (undated first), key, id, title.
    static func precedes(_ lhs: EventCandidate, _ rhs: EventCandidate) -> Bool {
        if lhs.day != rhs.day { return (lhs.day ?? Int32.min) < (rhs.day ?? Int32.min) }
        if lhs.key != rhs.key { return lhs.key < rhs.key }
        if lhs.id != rhs.id { return Array(lhs.id.utf8).lexicographicallyPrecedes(Array(rhs.id.utf8)) }
        return Array((lhs.title ?? "").utf8).lexicographicallyPrecedes(Array((rhs.title ?? "").utf8))
    }

    enum CodingKeys: String, CodingKey {
        case idHash, textHash, day, id, title, event, keys
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let hexKeys = try container.decode([String].self, forKey: .keys)
        let keys = hexKeys.compactMap { UInt64($0, radix: 16) }
        guard let idHash = UInt64(try container.decode(String.self, forKey: .idHash), radix: 16),
            let textHash = UInt64(try container.decode(String.self, forKey: .textHash), radix: 16),
            keys.count == hexKeys.count, zip(keys, keys.dropFirst()).allSatisfy({ $0 < $1 })
        else {
            throw DecodingError.dataCorruptedError(
                forKey: .keys, in: container, debugDescription: "an event candidate has malformed hashes")
        }
        self.init(
            key: ArticleKey(idHash: idHash, textHash: textHash), day: try container.decodeIfPresent(Int32.self, forKey: .day),
            id: try container.decode(String.self, forKey: .id), title: try container.decodeIfPresent(String.self, forKey: .title),
            event: try container.decodeIfPresent(String.self, forKey: .event), keys: keys)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(ArticleKey.hex(key.idHash), forKey: .idHash)
        try container.encode(ArticleKey.hex(key.textHash), forKey: .textHash)
        try container.encodeIfPresent(day, forKey: .day)
        try container.encode(id, forKey: .id)
        try container.encodeIfPresent(title, forKey: .title)
        try container.encodeIfPresent(event, forKey: .event)
        try container.encode(keys.map(ArticleKey.hex), forKey: .keys)
    }
}
