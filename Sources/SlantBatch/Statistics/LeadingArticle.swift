/// One of the articles adding most to one count of an outlet: a ranked figure names the three
/// that add most to its numerator, so a reader can open them first.
public struct LeadingArticle: Sendable, Codable, Hashable {
    public let id: String
    public let title: String?
    public let value: Int64
    /// The article's key, as 32 hex digits: breaks ties the same way in every run and merge.
    public let key: String

    public init(id: String, title: String?, value: Int64, key: String) {
        self.id = id
        self.title = title
        self.value = value
        self.key = key
    }

    /// Largest value first; equal values by key.
    func precedes(_ other: LeadingArticle) -> Bool {
        value != other.value ? value > other.value : key < other.key
    }
}
