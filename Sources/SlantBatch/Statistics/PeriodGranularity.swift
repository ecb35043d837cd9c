/// How `--by-period` cuts time. An article's period is a number (0 for undated) so it costs 4
/// bytes, sorts in time order and means the same in every part of a split corpus:
/// year × 100, plus the quarter (1-4) or the month (1-12).
public enum PeriodGranularity: String, Sendable, Codable, CaseIterable {
    case year, quarter, month

    public static let undated: Int32 = 0

    /// The period of a date written `YYYY`, `YYYY-MM`, `YYYY-MM-DD` (or with `/`), optionally
    /// followed by a time; `undated` for a missing date, another form, or a date without the
    /// month that a quarter or month needs.
    public func period(ofDate date: String?) -> Int32 {
        guard let parts = DateParts(date) else { return Self.undated }
        if self == .year { return parts.year * 100 }
        guard let month = parts.month else { return Self.undated }
        return parts.year * 100 + (self == .quarter ? (month + 2) / 3 : month)
    }

    /// "2014", "2014-Q2", "2014-05".
    public func label(_ period: Int32) -> String {
        guard period != Self.undated else { return "undated" }
        let year = period / 100
        let part = period % 100
        switch self {
        case .year: return "\(year)"
        case .quarter: return "\(year)-Q\(part)"
        case .month: return "\(year)-" + (part < 10 ? "0" : "") + "\(part)"
        }
    }
}
