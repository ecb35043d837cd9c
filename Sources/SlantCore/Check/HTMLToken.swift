/// One piece of an HTML page, with the file bytes it spans.
enum HTMLToken: Sendable, Hashable {
    case text(Range<Int>)
    /// Tag and attribute names are lowercased; attribute values are left as written.
    case startTag(name: String, attributes: [String: String], range: Range<Int>, selfClosing: Bool)
    case endTag(name: String, range: Range<Int>)
    case comment(body: Range<Int>, range: Range<Int>)
    /// Doctype, processing instruction or CDATA: never prose.
    case other(Range<Int>)

    var range: Range<Int> {
        switch self {
        case .text(let range), .other(let range): range
        case .startTag(_, _, let range, _), .endTag(_, let range), .comment(_, let range): range
        }
    }
}
