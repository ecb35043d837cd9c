import SlantBatch

/// One row per outlet and measure ("long" format, for R, pandas or a spreadsheet pivot), the
/// all-outlets reference first. Values are unformatted; shares are 0 to 1.
public struct CSVComparisonReporter: ComparisonReporter {
    public static let identifier = "csv"
    public static let fileExtension = "csv"

    public init() {}

    public func render(_ comparison: Comparison, context: ComparisonContext) -> String {
        var lines = [
            "outlet,slug,articles,ranked,measure,unit,value,ci_low,ci_high,defined_resamples,rank,inputs"
        ]
        var ranks: [String: [String: Int]] = [:]
        for ranking in comparison.rankings {
            for entry in ranking.entries { ranks[ranking.measure, default: [:]][entry.outlet] = entry.rank }
        }
        let units = Dictionary(uniqueKeysWithValues: comparison.measures.map { ($0.id, $0.unit.rawValue) })
        for (index, outlet) in ([comparison.allOutlets] + comparison.outlets).enumerated() {
            let isAll = index == 0
            for figure in outlet.figures {
                let rank: Int? = isAll ? nil : ranks[figure.measure]?[outlet.name]
                let identity: [String] = [
                    isAll ? "(all outlets)" : Self.inert(outlet.name), isAll ? "" : outlet.slug, String(outlet.articles),
                    isAll ? "" : String(outlet.ranked), figure.measure, units[figure.measure] ?? "",
                ]
                let interval = figure.interval
                let numbers: [String] = [
                    figure.value.map { String($0) } ?? "", interval.map { String($0.low) } ?? "",
                    interval.map { String($0.high) } ?? "", interval.map { String($0.definedResamples) } ?? "",
                    rank.map { String($0) } ?? "",
                ]
                let sums = figure.inputs.map { "\($0.field)=\($0.sum)" }.joined(separator: ";")
                let cells = identity + numbers + [sums]
                lines.append(cells.map(Self.quoted).joined(separator: ","))
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// RFC 4180: a field with a comma, quote, line break or any other control character is
    /// quoted, its quotes doubled; everything else is written as it is.
    static func quoted(_ field: String) -> String {
        guard field.unicodeScalars.contains(where: { $0 == "," || $0 == "\"" || $0.properties.generalCategory == .control })
        else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// Text from the data that a spreadsheet would run as a formula (a cell starting with `=`,
    /// `+`, `-`, `@`, a tab or a carriage return, as in `=HYPERLINK(...)`) gets a leading `'`, as
    /// OWASP advises; the JSON report keeps the name exactly.
    static func inert(_ text: String) -> String {
        guard let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return text }
        return "'" + text
    }
}
