/// A GitHub-flavoured Markdown table with cells escaped.
struct MarkdownTable {
    let headers: [String]
    var rows: [[String]] = []

    init(_ headers: String...) {
        self.headers = headers
    }

    init(_ headers: [String]) {
        self.headers = headers
    }

    mutating func add(_ cells: String...) {
        rows.append(cells)
    }

    mutating func add(_ cells: [String]) {
        rows.append(cells)
    }

    var rendered: String {
        "| " + headers.joined(separator: " | ") + " |\n|" + headers.map { _ in "---" }.joined(separator: "|") + "|\n"
            + renderedRows
    }

    /// The rows without the header: a long table written a row at a time.
    var renderedRows: String {
        var text = ""
        for row in rows {
            text += "| "
            for (index, cell) in row.enumerated() {
                if index > 0 { text += " | " }
                text += MarkdownTable.escape(cell)
            }
            text += " |\n"
        }
        return text
    }

    /// "|" becomes "\|" (a column break otherwise) and a line break a space (a row break
    /// otherwise). One pass over the UTF-8 bytes, and none of a copy when the cell needs no
    /// change (nearly all): two `replacingOccurrences` calls per cell were 46% of a report.
    static func escape(_ cell: String) -> String {
        var cell = cell
        return cell.withUTF8 { bytes -> String? in
            guard bytes.contains(where: { $0 == UInt8(ascii: "|") || $0 == UInt8(ascii: "\n") }) else { return nil }
            var escaped: [UInt8] = []
            escaped.reserveCapacity(bytes.count + 8)
            for byte in bytes {
                switch byte {
                case UInt8(ascii: "|"): escaped += [UInt8(ascii: "\\"), UInt8(ascii: "|")]
                case UInt8(ascii: "\n"): escaped.append(UInt8(ascii: " "))
                default: escaped.append(byte)
                }
            }
            return String(decoding: escaped, as: UTF8.self)
        } ?? cell
    }
}
