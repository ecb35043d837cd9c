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

    /// By group, then id, then title, in byte order: an order no split of the corpus changes.
    /// The UTF-8 views are compared in place (copying each field into an array per comparison
    /// was millions of allocations for a list of tens of thousands).
    public static func < (lhs: OffTopicArticle, rhs: OffTopicArticle) -> Bool {
        func precedes(_ left: String, _ right: String) -> Bool? {
            left.utf8.elementsEqual(right.utf8) ? nil : left.utf8.lexicographicallyPrecedes(right.utf8)
        }
        if let order = precedes(lhs.group, rhs.group) ?? precedes(lhs.id, rhs.id)
            ?? precedes(lhs.title ?? "", rhs.title ?? "")
        {
            return order
        }
        return (lhs.sentences, lhs.topicSentences) < (rhs.sentences, rhs.topicSentences)
    }
}
