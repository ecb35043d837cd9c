/// An article read and audited but left out of the figures because too little of it is about
/// the conflict (`--min-relevance`). Named by its id, not by file and line, so that a corpus
/// split into parts and merged lists it exactly as one run does.
public struct OffTopicArticle: Sendable, Codable, Hashable, Comparable {
    public let group: String
    public let id: String
    public let title: String?
    public let sentences: Int
    /// Sentences naming an actor or place of a party to the conflict.
    public let topicSentences: Int

    public init(group: String, id: String, title: String?, sentences: Int, topicSentences: Int) {
        self.group = group
        self.id = id
        self.title = title
        self.sentences = sentences
        self.topicSentences = topicSentences
    }

    public var relevance: Double { sentences == 0 ? 0 : Double(topicSentences) / Double(sentences) }

    /// By group, then id, in byte order: an order no split of the corpus changes.
    public static func < (lhs: OffTopicArticle, rhs: OffTopicArticle) -> Bool {
        func bytes(_ article: OffTopicArticle) -> [[UInt8]] {
            [Array(article.group.utf8), Array(article.id.utf8), Array((article.title ?? "").utf8)]
        }
        let (left, right) = (bytes(lhs), bytes(rhs))
        for (a, b) in zip(left, right) where a != b { return a.lexicographicallyPrecedes(b) }
        return (lhs.sentences, lhs.topicSentences) < (rhs.sentences, rhs.topicSentences)
    }
}
