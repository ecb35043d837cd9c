/// One outlet-level measure: what it is called, how to read it, its formula in words and as a
/// function of summed counts.
public struct MeasureDefinition: Sendable {
    public let id: String
    public let title: String
    public let unit: MeasureUnit
    /// The formula as the report prints it.
    public let formulaText: String
    /// How to read a high value, and the caveats.
    public let reading: String
    /// Whether the report draws a chart of it.
    public let charted: Bool
    let formula: MeasureFormula

    /// The public description, with the names of the summed fields.
    func description(layout: FigureLayout) -> MeasureDescription {
        MeasureDescription(
            id: id, title: title, unit: unit, formula: formulaText, reading: reading, charted: charted,
            inputs: formula.fields.map { layout.fields[$0] })
    }
}

/// A measure as the JSON report describes it.
public struct MeasureDescription: Sendable, Codable, Hashable {
    public let id: String
    public let title: String
    public let unit: MeasureUnit
    public let formula: String
    public let reading: String
    /// Whether the Markdown report draws a chart of its ranking.
    public let charted: Bool
    /// The summed per-article counts it is computed from.
    public let inputs: [String]
}
