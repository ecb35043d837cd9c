/// Splits a paragraph into sentences at `.`, `!` and `?` followed by space and a capital,
/// digit or opening quote, except after an abbreviation ("Mr.", "Gen.", "U.S.") or an initial.
enum SentenceSplitter {
    static let abbreviations: Set<String> = [
        "Mr", "Mrs", "Ms", "Dr", "Prof", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Pvt", "Adm", "Cmdr", "Brig",
        "Sen", "Rep", "Gov", "Pres", "Rev", "Hon", "St", "Jr", "Sr", "Mt", "Ft", "No", "Nos", "vs", "Inc", "Corp", "Ltd",
        "Co", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "approx", "est", "Ave",
        "Blvd", "Dept", "Univ", "Assn", "Gens", "Sens", "Reps",
    ]

    /// The abbreviations as `key(of:)` numbers, sorted: a token is looked up at nearly every
    /// sentence end, and this needs neither a `String` nor a hash.
    static let abbreviationKeys: [UInt64] = abbreviations.map { key(of: Array($0.utf8)[...]) }.sorted()

    /// Up to eight bytes as one number, the first in the lowest byte. Tokens of letters only
    /// (no zero byte) have distinct keys.
    static func key(of bytes: ArraySlice<UInt8>) -> UInt64 {
        var key: UInt64 = 0
        for (position, byte) in bytes.enumerated() { key |= UInt64(byte) << UInt64(8 * position) }
        return key
    }

    static func isAbbreviationKey(_ key: UInt64) -> Bool {
        let keys = abbreviationKeys
        var low = 0
        var high = keys.count
        while low < high {
            let middle = (low + high) / 2
            if keys[middle] < key { low = middle + 1 } else { high = middle }
        }
        return low < keys.count && keys[low] == key
    }

    static func split(_ paragraph: Range<Int>, in bytes: [UInt8]) -> [Range<Int>] {
        var sentences: [Range<Int>] = []
        forEachSentence(in: paragraph, of: bytes) { sentences.append($0) }
        return sentences
    }

    /// Calls `body` with each sentence of `paragraph` in order (empty ones left out), so the
    /// segmenter appends them to its list with no array per paragraph.
    static func forEachSentence(in paragraph: Range<Int>, of bytes: [UInt8], _ body: (Range<Int>) -> Void) {
        func emit(_ range: Range<Int>) { if !range.isEmpty { body(range) } }
        var start = paragraph.lowerBound
        var index = paragraph.lowerBound
        let end = paragraph.upperBound
        while index < end {
            index = nextTerminator(from: index, to: end, in: bytes)
            guard index < end else { break }
            let byte = bytes[index]
            var after = index + 1
            while after < end,
                bytes[after] == UInt8(ascii: ".") || bytes[after] == UInt8(ascii: "!") || bytes[after] == UInt8(ascii: "?")
            {
                after += 1
            }
            // Closing quotes and brackets belong to the sentence they close.
            while after < end {
                if ByteScanning.isDoubledApostrophe(at: after, in: bytes, end: end) {
                    after += 2
                    continue
                }
                let (scalar, length) = ByteScanning.scalar(at: after, in: bytes)
                guard ByteScanning.isClosingQuote(scalar) || scalar == ")" || scalar == "]" || scalar == "\u{2019}" else { break }
                after += length
            }
            guard after < end else { break }
            // Scraped text often loses the space: "killed in Gaza.Israel said". A period between a
            // lowercase letter and a capitalised word is a boundary, not an initialism.
            if byte == UInt8(ascii: "."), after == index + 1, isRunTogetherBoundary(at: index, in: bytes, end: end) {
                emit(start..<after)
                start = after
                index = after
                continue
            }
            var next = after
            while next < end {
                let (scalar, length) = ByteScanning.scalar(at: next, in: bytes)
                guard ByteScanning.isSpace(scalar) else { break }
                next += length
            }
            if next == after || next >= end || !startsSentence(at: next, in: bytes)
                || (byte == UInt8(ascii: ".") && after == index + 1 && isAbbreviation(endingAt: index, from: start, in: bytes))
            {
                index = after
                continue
            }
            emit(start..<after)
            start = next
            index = next
        }
        if start < end { emit(ByteScanning.trimmed(start..<end, in: bytes)) }
    }

    /// The offset of the next `.`, `!` or `?` in `start..<end`, or `end`: this reads every
    /// byte of every paragraph, so eight at a time.
    static func nextTerminator(from start: Int, to end: Int, in bytes: [UInt8]) -> Int {
        ByteScanning.firstOffset(
            from: start, to: end, in: bytes,
            mayHold: {
                ByteLanes.has(UInt8(ascii: "."), in: $0) || ByteLanes.has(UInt8(ascii: "!"), in: $0)
                    || ByteLanes.has(UInt8(ascii: "?"), in: $0)
            },
            isWanted: { $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "!") || $0 == UInt8(ascii: "?") })
    }

    /// `x.Yz` with a lowercase letter before the period and a capital then a lowercase letter after.
    static func isRunTogetherBoundary(at period: Int, in bytes: [UInt8], end: Int) -> Bool {
        guard period > 0, period + 2 < end else { return false }
        let before = bytes[period - 1]
        let first = bytes[period + 1]
        let second = bytes[period + 2]
        return (before >= 0x61 && before <= 0x7A) && (first >= 0x41 && first <= 0x5A) && (second >= 0x61 && second <= 0x7A)
    }

    static func startsSentence(at index: Int, in bytes: [UInt8]) -> Bool {
        let byte = bytes[index]
        if byte < 0x80 {
            // ASCII: a capital, a digit (the only ASCII with a numeric type), `"`, `(`, `[` or `''`.
            return (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x30 && byte <= 0x39) || byte == UInt8(ascii: "\"")
                || byte == UInt8(ascii: "(") || byte == UInt8(ascii: "[")
                || ByteScanning.isDoubledApostrophe(at: index, in: bytes, end: bytes.count)
        }
        let (scalar, _) = ByteScanning.scalar(at: index, in: bytes)
        return scalar.properties.isUppercase || scalar.properties.numericType != nil || ByteScanning.isOpeningQuote(scalar)
            || scalar == "(" || scalar == "[" || scalar == "\u{2018}"
    }

    /// Whether the token before the period at `period` is an abbreviation or an initial.
    static func isAbbreviation(endingAt period: Int, from lowerBound: Int, in bytes: [UInt8]) -> Bool {
        var tokenStart = period
        while tokenStart > lowerBound {
            let previous = bytes[tokenStart - 1]
            let isLetter = (previous >= 0x41 && previous <= 0x5A) || (previous >= 0x61 && previous <= 0x7A)
            guard isLetter || previous == UInt8(ascii: ".") else { break }
            tokenStart -= 1
        }
        let length = period - tokenStart
        if length == 0 { return false }
        let hasPeriod = bytes[tokenStart..<period].contains(UInt8(ascii: "."))
        // The abbreviations are letters only, at most six of them: only such a token is looked up.
        if !hasPeriod, length <= 6, isAbbreviationKey(key(of: bytes[tokenStart..<period])) { return true }
        // Initials and initialisms: "J.", "U.S.", "U.N.", "a.m.": single letters between periods.
        for offset in 0..<length {
            let isPeriod = bytes[tokenStart + offset] == UInt8(ascii: ".")
            if isPeriod != (offset % 2 == 1) { return false }
        }
        guard length % 2 == 1 else { return false }
        return length > 1 || (bytes[tokenStart] >= 0x41 && bytes[tokenStart] <= 0x5A)
    }
}
