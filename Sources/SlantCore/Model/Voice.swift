/// Whose language a span is. Style guides accept a loaded term inside a quotation or clearly
/// attributed speech; in narration (editorial voice) it is the outlet's own choice.
public enum Voice: String, Codable, Sendable, CaseIterable, Comparable {
    /// The outlet's own narration.
    case editorial
    /// A paraphrase of a named or resolved speaker ("X said that ...", "according to X").
    case attributed
    /// Inside quotation marks.
    case quoted

    public static func < (lhs: Voice, rhs: Voice) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
