/// A table of the report: header cells and rows of text cells, each optionally a link to the
/// mark it is evidence for.
struct HTMLTable {
    struct Cell {
        let text: String
        /// Element id of a mark in the article ("f3"), for a location cell.
        let target: String?

        init(_ text: String, linkingTo target: String? = nil) {
            self.text = text
            self.target = target
        }
    }

    let caption: String
    let headers: [String]
    private var rows: [[Cell]] = []

    init(caption: String, headers: [String]) {
        self.caption = caption
        self.headers = headers
    }

    mutating func add(_ cells: String...) { rows.append(cells.map { Cell($0) }) }

    mutating func add(_ cells: [String]) { rows.append(cells.map { Cell($0) }) }

    mutating func add(cells: [Cell]) { rows.append(cells) }

    func write(to writer: inout HTMLWriter) {
        writer.raw("<div class=\"table\"><table>")
        writer.element("caption", caption)
        writer.raw("<thead><tr>")
        for header in headers { writer.element("th", header, attributes: " scope=\"col\"") }
        writer.raw("</tr></thead><tbody>\n")
        for row in rows {
            writer.raw("<tr>")
            for cell in row {
                writer.raw("<td>")
                if let target = cell.target {
                    writer.raw("<a")
                    writer.attribute("href", "#\(target)")
                    writer.raw(">")
                    writer.text(cell.text)
                    writer.raw("</a>")
                } else {
                    writer.text(cell.text)
                }
                writer.raw("</td>")
            }
            writer.raw("</tr>\n")
        }
        writer.raw("</tbody></table></div>\n")
    }
}
