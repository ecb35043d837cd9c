/// A date as one sortable number, yyyymmdd, for deciding which of two copies came first: a
/// `YYYY-MM-DD` date (or with `/`, optionally followed by a time) gives its day, `YYYY-MM` the
/// month's day 0 and `YYYY` the year's; anything else is undated, which sorts after every date.
enum PublicationDay {
    static let undated = Int32.max

    static func day(of date: String?) -> Int32 {
        guard let parts = DateParts(date) else { return undated }
        guard let month = parts.month else { return parts.length == 4 ? parts.year * 10_000 : undated }
        guard let day = parts.day else { return parts.length == 7 ? parts.year * 10_000 + month * 100 : undated }
        return parts.year * 10_000 + month * 100 + day
    }
}
