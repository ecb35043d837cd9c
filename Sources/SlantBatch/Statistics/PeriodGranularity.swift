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
        guard let date else { return Self.undated }
        let bytes = Array(date.utf8.prefix(7))
        func digits(_ range: Range<Int>) -> Int32? {
            guard range.upperBound <= bytes.count else { return nil }
            var value: Int32 = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int32(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = digits(0..<4), year >= 1000 else { return Self.undated }
        if bytes.count > 4 && bytes[4] != UInt8(ascii: "-") && bytes[4] != UInt8(ascii: "/") { return Self.undated }
        if self == .year { return year * 100 }
        guard bytes.count >= 7, let month = digits(5..<7), (1...12).contains(month) else { return Self.undated }
        return year * 100 + (self == .quarter ? (month + 2) / 3 : month)
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
