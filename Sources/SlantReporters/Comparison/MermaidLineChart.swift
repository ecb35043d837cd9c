import Foundation

/// A Mermaid `xychart-beta` line chart of a measure over periods, one line per series. Mermaid
/// draws no legend, so the title names the series in the order of their lines.
struct MermaidLineChart {
    let title: String
    let axisLabel: String
    let periods: [String]
    /// Each series has a value for every period, in order.
    let series: [(name: String, values: [Double])]
    /// The largest value the measure can take (100 for a percentage).
    var ceiling: Double?

    var rendered: String {
        let maximum = series.flatMap(\.values).max() ?? 0
        var top = maximum > 0 ? MermaidBarChart.niceCeiling(maximum * 1.05) : 1
        if let ceiling { top = min(top, ceiling) }
        let order = series.map { MermaidBarChart.clean($0.name) }.joined(separator: ", ")
        let labels = periods.map { "\"\(MermaidBarChart.clean($0))\"" }.joined(separator: ", ")
        let lines = series.map { series in
            "    line [" + series.values.map { String(format: "%.3f", max(0, $0)) }.joined(separator: ", ") + "]"
        }
        return """
            ```mermaid
            xychart-beta
                title "\(MermaidBarChart.clean(title)) (lines: \(order))"
                x-axis [\(labels)]
                y-axis "\(MermaidBarChart.clean(axisLabel))" 0 --> \(MermaidBarChart.number(top))
            \(lines.joined(separator: "\n"))
            ```

            """
    }
}
