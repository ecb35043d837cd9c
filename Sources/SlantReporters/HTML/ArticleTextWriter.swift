import SlantCore

/// The article's text with its marks laid out as nested elements. Text is escaped straight
/// from the article's bytes, in one pass.
struct ArticleTextWriter {
    let source: SourceText
    let marks: [ArticleMark]

    func write(to writer: inout HTMLWriter) {
        // A byte-order mark was blanked to spaces by the decoder: not part of the text shown.
        let text = min(source.byteOrderMarkLength, source.bytes.count)..<source.bytes.count
        let events = MarkLayout.events(
            for: marks.map { MarkLayout.Span(range: $0.range, layer: $0.kind.layer) }, in: text)
        source.bytes.withUnsafeBufferPointer { bytes in
            for event in events {
                switch event {
                case .text(let range): writer.escape(UnsafeBufferPointer(rebasing: bytes[range]))
                case .open(let index, let continued): open(marks[index], continued: continued, &writer)
                case .close: writer.raw("</mark>")
                }
            }
        }
    }

    /// The first piece is the one a reader tabs to and the tables link to; a continuation piece
    /// (a mark cut by an overlapping one) repeats its data and names the first in `data-of`.
    private func open(_ mark: ArticleMark, continued: Bool, _ writer: inout HTMLWriter) {
        writer.raw("<mark")
        if !continued { writer.attribute("id", mark.id) }
        writer.attribute("class", mark.classes)
        writer.attribute("data-kind", mark.kind.rawValue)
        writer.attribute("data-rule", mark.rules)
        for (name, value) in mark.data { writer.attribute("data-\(name)", value) }
        writer.attribute("title", mark.explanation)
        if continued {
            writer.attribute("data-of", mark.id)
        } else {
            if let tag = mark.tag { writer.attribute("data-tag", tag) }
            writer.raw(" tabindex=\"0\"")
        }
        writer.raw(">")
    }
}
