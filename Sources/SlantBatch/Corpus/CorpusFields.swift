/// Which field of a record holds what. Corpora name their fields differently ("body",
/// "source", "headline"), so every name can be set on the command line.
public struct CorpusFields: Sendable, Hashable, Codable {
    /// The article text.
    public var text: String
    /// The field whose value groups articles: the outlet, or any other field (`--by`).
    public var group: String
    public var title: String
    public var date: String
    public var url: String
    /// A stable identifier. Records without one get `sha256:` and the first 16 hex digits of
    /// their text's hash, which is the same wherever the record is read from.
    public var id: String
    /// In a sidecar manifest: the column naming the article file, relative to the directory.
    public var file: String
    /// The field marking opinion pieces (`--opinion-field`), read only when given.
    public var opinion: String?
    /// The field naming each article's event (`--event-field`); nil reads none.
    public var event: String? = nil

    public init(
        text: String = "text", group: String = "outlet", title: String = "title", date: String = "date", url: String = "url",
        id: String = "id", file: String = "file", opinion: String? = nil
    ) {
        self.opinion = opinion
        self.text = text
        self.group = group
        self.title = title
        self.date = date
        self.url = url
        self.id = id
        self.file = file
    }
}
