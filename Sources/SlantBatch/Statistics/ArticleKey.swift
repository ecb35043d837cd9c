/// Orders an outlet's articles the same way however the corpus was split: by id, then by the
/// text's hash (for records that share an id). The bootstrap draws from this order, so a merged
/// run resamples exactly the articles a single run does.
public struct ArticleKey: Sendable, Hashable, Comparable, Codable {
    public let id: String
    /// The first 64 bits of the text's SHA-256.
    public let digest: UInt64

    public init(id: String, digest: UInt64) {
        self.id = id
        self.digest = digest
    }

    /// From the audit's hex SHA-256.
    init(id: String?, sha256: String) {
        let digest = UInt64(sha256.prefix(16), radix: 16) ?? 0
        self.init(id: id ?? "sha256:" + sha256.prefix(16), digest: digest)
    }

    public static func < (lhs: ArticleKey, rhs: ArticleKey) -> Bool {
        if lhs.id != rhs.id { return Array(lhs.id.utf8).lexicographicallyPrecedes(Array(rhs.id.utf8)) }
        return lhs.digest < rhs.digest
    }

    enum CodingKeys: String, CodingKey {
        case id, digest
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let hex = try container.decode(String.self, forKey: .digest)
        guard let digest = UInt64(hex, radix: 16) else {
            throw DecodingError.dataCorruptedError(forKey: .digest, in: container, debugDescription: "not a hex digest: \(hex)")
        }
        self.init(id: try container.decode(String.self, forKey: .id), digest: digest)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        let hex = String(digest, radix: 16)
        try container.encode(String(repeating: "0", count: 16 - hex.count) + hex, forKey: .digest)
    }
}
