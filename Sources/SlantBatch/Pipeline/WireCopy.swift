/// Tells wire copy (agency stories an outlet ran) by its datelines and credits: "(AP) —",
/// "(Reuters) -", "(AFP)", "contributed to this report", "Contributing: The Associated
/// Press". Such an article's framing is the agency's rather than the outlet's, so the report
/// gives each outlet's key figures with and without it. A credit can be missed (a story
/// rewritten without one) or be partial (a staff story with agency reporting added), which is
/// why both figures are shown rather than the wire copy dropped.
enum WireCopy {
    static let credits: [[UInt8]] = [
        "(AP)", "(Reuters)", "(AFP)", "(Agence France-Presse)", "contributed to this report",
        "Contributing: The Associated Press",
        "Contributing: Reuters", "Contributing: Associated Press",
    ].map { Array($0.utf8) }

    /// The first credit the text holds, if any.
    static func credit(in text: [UInt8]) -> String? {
        for credit in credits where text.firstRange(of: credit) != nil {
            return String(decoding: credit, as: UTF8.self)
        }
        return nil
    }
}
