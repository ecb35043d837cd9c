/// Turns spans that may overlap into properly nested marks over a text. Spans are opened in
/// order of start (the longer first, then the lower layer first, so an attribution's words
/// hold the findings inside them); when a span ends while spans opened inside it are still
/// open, those are closed with it and reopened as continuation pieces just after. Every span
/// keeps its one first piece, so counting first pieces counts spans.
///
/// Time: a sort of the spans, then one step per boundary with a look at the open marks (a few
/// deep in an article), never a search over all spans per offset.
struct MarkLayout {
    /// A range of the text to mark, and its layer when spans share a start and end (lower is outer).
    struct Span: Equatable {
        let range: Range<Int>
        let layer: Int
    }

    enum Event: Equatable {
        /// Unmarked text, or text inside the marks open at this point.
        case text(Range<Int>)
        /// Opens span `index` (of the spans given); `continued` for every piece after the first.
        case open(Int, continued: Bool)
        case close(Int)
    }

    /// Events covering `text` from its start to its end. Spans are clamped to `text`; a span
    /// left empty is not marked.
    static func events(for spans: [Span], in text: Range<Int>) -> [Event] {
        let ranges = spans.map { $0.range.clamped(to: text) }
        let order = spans.indices.filter { !ranges[$0].isEmpty }.sorted { lhs, rhs in
            let left = (ranges[lhs].lowerBound, -ranges[lhs].upperBound, spans[lhs].layer, lhs)
            let right = (ranges[rhs].lowerBound, -ranges[rhs].upperBound, spans[rhs].layer, rhs)
            return left < right
        }
        var events: [Event] = []
        events.reserveCapacity(4 * order.count + 1)
        var open: [Int] = []  // outermost first
        var position = text.lowerBound
        var next = 0
        while true {
            let nextStart = next < order.count ? ranges[order[next]].lowerBound : Int.max
            let nextEnd = open.lazy.map { ranges[$0].upperBound }.min() ?? Int.max
            let target = min(nextStart, nextEnd, text.upperBound)
            if target > position {
                events.append(.text(position..<target))
                position = target
            }
            if nextEnd != Int.max && nextEnd <= nextStart {
                // Ends before starts at one offset: "<a>x</a><b>y</b>", not "<a>x<b></a>...".
                let lowest = open.firstIndex { ranges[$0].upperBound <= position }!
                let reopened = open[(lowest + 1)...].filter { ranges[$0].upperBound > position }
                for index in open[lowest...].reversed() { events.append(.close(index)) }
                open.removeSubrange(lowest...)
                for index in reopened {
                    open.append(index)
                    events.append(.open(index, continued: true))
                }
            } else if nextStart != Int.max {
                open.append(order[next])
                events.append(.open(order[next], continued: false))
                next += 1
            } else {
                return events
            }
        }
    }
}
