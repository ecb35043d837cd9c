import Foundation
import SlantBatch
import Testing

@testable import SlantReporters

/// Outlet names come from the data, so they may hold anything: control characters, line
/// breaks, table pipes, Markdown syntax, a spreadsheet formula. The reports show each name
/// visibly and keep every table and CSV row intact.
@Suite struct ComparisonEscapingTests {
    static let names = [
        "Bell\u{7}News", "Line\nBreak | Times", "CRLF\r\nOutlet", "=HYPERLINK(\"http://x\",\"y\")", "+1 News", "-Minus",
        "@Handle",
        "Back`tick *Star* _u_", "AT&amp;T ~~x~~ $y$", "\u{202E}lived", "Tab\tbed",
    ]

    static let comparison: Comparison = {
        let directory = try! TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("hostile.jsonl")
        let lines = names.enumerated().map { index, name in TestCorpus.jsonLine(index, outlet: name) }
        try! TestCorpus.write(lines.joined(separator: "\n") + "\n", to: file)
        let statistics = try! TestCorpus.run([file.path])
        return ComparisonBuilder.build(statistics, settings: ComparisonSettings(seed: 1, resamples: 20, minimumArticles: 1))
    }()

    static let context = ComparisonContext(inputs: ["in`put\n.jsonl"], evidenceFolder: "articles")

    @Test func markdownShowsInvisibleCharactersAndEscapesSyntax() {
        let markdown = MarkdownComparisonReporter().render(Self.comparison, context: Self.context)
        let raw = markdown.unicodeScalars.filter {
            ($0.properties.generalCategory == .control && $0 != "\n") || $0 == "\u{202E}"
        }
        #expect(raw.isEmpty, "raw \(raw.map { String($0.value, radix: 16) })")
        #expect(markdown.contains("Bell\\u0007News"))
        #expect(markdown.contains("Line\\u000ABreak \\| Times"))
        #expect(markdown.contains("CRLF\\u000D\\u000AOutlet"))
        #expect(markdown.contains("Back\\`tick \\*Star\\* \\_u\\_"))
        #expect(markdown.contains("AT\\&amp;T \\~\\~x\\~\\~ \\$y\\$"))
        #expect(markdown.contains("\\u202Elived"))
        #expect(markdown.contains("``in`put\\u000A.jsonl``"))
        // Every row of the outlets table is one line with the table's columns.
        let outletRows = markdown.components(separatedBy: "## Outlets")[1].components(separatedBy: "\n\n")[1]
            .split(separator: "\n")
        #expect(outletRows.count == 2 + 1 + Self.names.count)
        let columns = outletRows[0].filter { $0 == "|" }.count
        for row in outletRows {
            #expect(row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count == columns, "\(row)")
        }
    }

    @Test func csvQuotesEveryFieldThatNeedsItAndDisarmsFormulas() throws {
        let csv = CSVComparisonReporter().render(Self.comparison, context: Self.context)
        let rows = Self.parseCSV(csv)
        #expect(rows.count == 1 + (Self.names.count + 1) * Self.comparison.measures.count)
        #expect(rows.allSatisfy { $0.count == rows[0].count })
        let outlets = Set(rows.dropFirst().map { $0[0] })
        let expected = Self.names.map { name in "=+-@".contains(name.first!) ? "'" + name : name }
        #expect(outlets == Set(expected + ["(all outlets)"]))
        #expect(CSVComparisonReporter.quoted("a\r\nb") == "\"a\r\nb\"")
        #expect(CSVComparisonReporter.quoted("bell\u{7}") == "\"bell\u{7}\"")
        #expect(CSVComparisonReporter.quoted("-0.25") == "-0.25")
    }

    /// RFC 4180, strictly: quoted fields may hold anything, `""` is a quote.
    static func parseCSV(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if quoted {
                if scalar == "\"" {
                    if scalars.first == "\"" {
                        field.unicodeScalars.append(scalars.removeFirst())
                    } else {
                        quoted = false
                    }
                } else {
                    field.unicodeScalars.append(scalar)
                }
            } else if scalar == "\"" && field.isEmpty {
                quoted = true
            } else if scalar == "," {
                row.append(field)
                field = ""
            } else if scalar == "\n" {
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else {
                field.unicodeScalars.append(scalar)
            }
        }
        return rows
    }
}
