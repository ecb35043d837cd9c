/// Orders an outlet's articles the same way however the corpus was split: by a hash of the
/// article's id, then by the hash of its text (for records that share an id). The bootstrap
/// draws from this order, so a merged run resamples exactly the articles a single run does.
/// Two 64-bit hashes rather than the id itself keep an article's key at 16 bytes; the id is in
/// the evidence files.
public struct ArticleKey: Sendable, Hashable, Comparable {
    /// FNV-1a of the id's UTF-8 bytes.
    public let idHash: UInt64
    /// The first 64 bits of the text's SHA-256.
    public let textHash: UInt64

    public init(idHash: UInt64, textHash: UInt64) {
        self.idHash = idHash
        self.textHash = textHash
    }

    /// From the article's id and the audit's hex SHA-256 of its text.
    public init(id: String, sha256: String) {
        self.init(idHash: Self.hash(id), textHash: UInt64(sha256.prefix(16), radix: 16) ?? 0)
    }

    public static func hash(_ id: String) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in id.utf8 {
            hash ^= UInt64(byte)
            hash &*= 0x0000_0100_0000_01B3
        }
        return hash
    }

    public static func < (lhs: ArticleKey, rhs: ArticleKey) -> Bool {
        (lhs.idHash, lhs.textHash) < (rhs.idHash, rhs.textHash)
    }

    /// Sixteen hex digits, as the partial-results file writes each hash.
    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
