/// Text that may be a suppression directive: the body of an HTML comment, or a plain-text
/// directive line without its brackets, with the file bytes it occupies.
public struct DirectiveCandidate: Sendable, Hashable {
    public let body: String
    public let fileRange: Range<Int>

    public init(body: String, fileRange: Range<Int>) {
        self.body = body
        self.fileRange = fileRange
    }
}
