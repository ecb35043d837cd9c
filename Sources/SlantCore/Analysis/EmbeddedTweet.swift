/// A tweet embedded in an article, as its text arrives in a page's copy: the tweet's words, then
/// "— Display Name (@handle) Month D, YYYY" closing the paragraph. The words are the account's,
/// not the outlet's: "Hamas is using the riots ... pic.twitter.com/x — Israel Defense Forces
/// (@IDFSpokesperson) May 13, 2018" is the Israeli military's post.
struct EmbeddedTweet {
    /// The account's display name ("Israel Defense Forces").
    let name: Range<Int>
    /// From the dash to the handle's closing bracket: the cue.
    let byline: Range<Int>
    /// The tweet's words before the dash.
    let content: Range<Int>

    /// The tweet closing `paragraph`, if it ends with such a byline.
    static func closing(_ paragraph: Range<Int>, in bytes: [UInt8]) -> EmbeddedTweet? {
        guard let handle = lastIndex(of: handleOpening, in: bytes[paragraph]),
            let close = bytes[handle..<paragraph.upperBound].firstIndex(of: UInt8(ascii: ")")),
            isDate(bytes[(close + 1)..<paragraph.upperBound])
        else { return nil }
        // The dash before the name, within a short name's reach.
        let searchStart = max(paragraph.lowerBound, handle - maximumNameBytes)
        var dash: Range<Int>?
        for mark in dashes {
            guard let start = lastIndex(of: mark, in: bytes[searchStart..<handle]) else { continue }
            if start > dash?.lowerBound ?? -1 { dash = start..<(start + mark.count) }
        }
        guard let dash else { return nil }
        let name = trimmed(dash.upperBound..<handle, in: bytes)
        let content = trimmed(paragraph.lowerBound..<dash.lowerBound, in: bytes)
        guard !name.isEmpty, !content.isEmpty, bytes[name].filter({ $0 == UInt8(ascii: " ") }).count < 6 else { return nil }
        return EmbeddedTweet(name: name, byline: dash.lowerBound..<(close + 1), content: content)
    }

    private static let handleOpening = Array("(@".utf8)
    private static let dashes = ["—", " - ", "–"].map { Array($0.utf8) }
    private static let maximumNameBytes = 80

    /// " May 13, 2018" (a month's name, a day, a comma, a year) and nothing else.
    private static func isDate(_ bytes: ArraySlice<UInt8>) -> Bool {
        let parts = String(decoding: bytes, as: UTF8.self).split(separator: " ")
        guard parts.count == 3, months.contains(parts[0].replacingOccurrences(of: ".", with: "")),
            parts[1].hasSuffix(","), let day = Int(parts[1].dropLast()), (1...31).contains(day),
            let year = Int(parts[2]), (2006...2100).contains(year)
        else { return false }
        return true
    }

    private static let months: Set<String> = [
        "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
        "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    ]

    private static func lastIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.endIndex - needle.count
        while index >= haystack.startIndex {
            if haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index -= 1
        }
        return nil
    }

    private static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var lower = range.lowerBound
        var upper = range.upperBound
        while lower < upper, bytes[lower] == UInt8(ascii: " ") { lower += 1 }
        while upper > lower, bytes[upper - 1] == UInt8(ascii: " ") { upper -= 1 }
        return lower..<upper
    }
}
