/// A date as one sortable number, yyyymmdd, for deciding which of two copies came first: a
/// `YYYY-MM-DD` date (or with `/`, optionally followed by a time) gives its day, `YYYY-MM` the
/// month's day 0 and `YYYY` the year's; anything else is undated, which sorts after every date.
enum PublicationDay {
    static let undated = Int32.max

    static func day(of date: String?) -> Int32 {
        guard let date else { return undated }
        let bytes = Array(date.utf8.prefix(10))
        func digits(_ range: Range<Int>) -> Int32? {
            guard range.upperBound <= bytes.count else { return nil }
            var value: Int32 = 0
            for byte in bytes[range] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int32(byte - UInt8(ascii: "0"))
            }
            return value
        }
        func separator(at index: Int) -> Bool {
            index < bytes.count && (bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "/"))
        }
        guard let year = digits(0..<4), year >= 1000 else { return undated }
        guard separator(at: 4), let month = digits(5..<7), (1...12).contains(month) else {
            return bytes.count == 4 ? year * 10_000 : undated
        }
        guard separator(at: 7), let day = digits(8..<10), (1...31).contains(day) else {
            return bytes.count == 7 ? year * 10_000 + month * 100 : undated
        }
        return year * 10_000 + month * 100 + day
    }
}
