/// For each start tag of a page, the end tag that closes it, counting nested elements of the
/// same name (`<div><div></div></div>`); found for all tags in one pass, since a page of
/// thousands of unclosed `<nav>` or `<article>` tags would cost the square of its length if each
/// looked for its end on its own.
struct MatchingEndTags {
    /// `ends[i]`: the index of the end tag closing the start tag at token `i`; nil when it is
    /// never closed (and for tokens that are not start tags).
    private let ends: [Int?]

    init(_ tokens: [HTMLToken]) {
        var ends = [Int?](repeating: nil, count: tokens.count)
        // Per name, the start tags still open, innermost last: an end tag closes the innermost.
        var open: [String: [Int]] = [:]
        for (index, token) in tokens.enumerated() {
            switch token {
            case .startTag(let name, _, _, let selfClosing) where !selfClosing:
                open[name, default: []].append(index)
            case .endTag(let name, _):
                if let innermost = open[name]?.popLast() { ends[innermost] = index }
            default: break
            }
        }
        self.ends = ends
    }

    /// The index of the end tag closing the (not self-closing) start tag at `index`.
    func end(of index: Int) -> Int? { ends[index] }
}
