import Foundation

/// A horizontal Mermaid `xychart-beta` bar chart, which GitHub renders from a fenced
/// `mermaid` block. Kept small: at most `limit` bars (the top and bottom halves of a ranking).
struct MermaidBarChart {
    let title: String
    let axisLabel: String
    /// In display order.
    let bars: [(label: String, value: Double)]
    /// The largest value the measure can take (100 for a percentage), which the axis never
    /// passes: a rate cannot be drawn above 100%.
    var ceiling: Double?

    static let limit = 16

    var rendered: String {
        let maximum = bars.map(\.value).max() ?? 0
        var top = maximum > 0 ? Self.niceCeiling(maximum * 1.05) : 1
        if let ceiling { top = min(top, ceiling) }
        let labels = bars.map { "\"\(Self.shortened(Self.clean($0.label)))\"" }.joined(separator: ", ")
        let values = bars.map { String(format: "%.3f", max(0, $0.value)) }.joined(separator: ", ")
        return """
            ```mermaid
            xychart-beta horizontal
                title "\(Self.clean(title))"
                x-axis [\(labels)]
                y-axis "\(Self.clean(axisLabel))" 0 --> \(Self.number(top))
                bar [\(values)]
            ```

            """
    }

    /// The chart's bars for a ranking: all of it when short, else its top and bottom halves.
    static func selection<T>(_ ranked: [T]) -> [T] {
        guard ranked.count > limit else { return ranked }
        return Array(ranked.prefix(limit / 2)) + Array(ranked.suffix(limit / 2))
    }

    /// Quotes and brackets would end a Mermaid string or list early, a line break the chart.
    static func clean(_ text: String) -> String {
        var visible = ""
        for scalar in text.unicodeScalars {
            if let escaped = InvisibleCharacters.escape(scalar) {
                visible += escaped
            } else {
                visible.unicodeScalars.append(scalar)
            }
        }
        var cleaned = visible.replacingOccurrences(of: "\"", with: "'")
        for character in ["[", "]", "{", "}", "`", "#", ";"] { cleaned = cleaned.replacingOccurrences(of: character, with: " ") }
        return cleaned
    }

    /// Long outlet names would squeeze the bars.
    private static func shortened(_ label: String) -> String {
        label.count > 28 ? String(label.prefix(27)) + "…" : label
    }

    /// 1, 2, 2.5 or 5 times a power of ten, at or above `value`.
    static func niceCeiling(_ value: Double) -> Double {
        let power = pow(10, (log10(value)).rounded(.down))
        for step in [1.0, 2.0, 2.5, 5.0, 10.0] where step * power >= value { return step * power }
        return 10 * power
    }

    static func number(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(format: "%g", value)
    }
}
