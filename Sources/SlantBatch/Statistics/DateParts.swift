/// The leading `YYYY`, `YYYY-MM` or `YYYY-MM-DD` of a record's date field (`/` also separates,
/// a time may follow), read once for `--by-period` and for deciding which near duplicate came
/// first. Nil without a four-digit year from 1000 on, or when something other than a separator
/// follows the year.
struct DateParts {
    let year: Int32
    /// 1-12; nil when absent or out of range.
    let month: Int32?
    /// 1-31; nil when absent, out of range, or without a month.
    let day: Int32?
    /// How many bytes the date has, counted up to 10 (a bare year is 4, a year and month 7).
    let length: Int

    init?(_ date: String?) {
        guard let date else { return nil }
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
        guard let year = digits(0..<4), year >= 1000, bytes.count == 4 || separator(at: 4) else { return nil }
        self.year = year
        self.length = bytes.count
        let month = separator(at: 4) ? digits(5..<7).flatMap { (1...12).contains($0) ? $0 : nil } : nil
        self.month = month
        self.day =
            month != nil && separator(at: 7) ? digits(8..<10).flatMap { (1...31).contains($0) ? $0 : nil } : nil
    }
}
