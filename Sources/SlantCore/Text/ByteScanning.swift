/// Small, allocation-free helpers for walking UTF-8 bytes.
enum ByteScanning {
    /// The scalar starting at `index` and its length in bytes. Input is valid UTF-8.
    static func scalar(at index: Int, in bytes: [UInt8]) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = bytes[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length where index + offset < bytes.count {
            value = (value << 6) | (UInt32(bytes[index + offset]) & 0x3F)
        }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }

    /// Start of the scalar that ends just before `index`.
    static func previousScalarStart(before index: Int, in bytes: [UInt8]) -> Int {
        var start = index - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return start
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII first: Unicode's White_Space in ASCII is exactly tab to carriage return and space.
        if scalar.value < 0x80 { return scalar.value == 0x20 || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// Joiners inside a word: "Hamas-run", "Gaza's".
    static func isWordJoiner(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "-" || scalar == "'" || scalar == "\u{2019}"
    }

    static func isOpeningQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\u{201C}" || scalar == "\u{00AB}" || scalar == "\u{201E}"
    }

    static func isClosingQuote(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "\"" || scalar == "\u{201D}" || scalar == "\u{00BB}"
    }

    /// The last `count` words of `range` (the same as `words(in:of:).suffix(count)`), found by
    /// scanning a window at its end: where a word starts or ends depends only on the characters
    /// around it, so once the window holds more than `count` words its last ones are right.
    static func lastWords(_ count: Int, in range: Range<Int>, of bytes: [UInt8]) -> ArraySlice<Range<Int>> {
        var window = 48 * (count + 1)
        while true {
            var start = max(range.lowerBound, range.upperBound - window)
            while start > range.lowerBound && bytes[start] & 0xC0 == 0x80 { start -= 1 }
            let found = words(in: start..<range.upperBound, of: bytes)
            if start == range.lowerBound || found.count > count { return found.suffix(count) }
            window *= 4
        }
    }

    /// The word ranges in `range`, in order; with `limit`, only the first `limit` of them.
    static func words(in range: Range<Int>, of bytes: [UInt8], limit: Int = .max) -> [Range<Int>] {
        var result: [Range<Int>] = []
        guard limit > 0 else { return result }
        forEachWord(in: range, of: bytes) { word in
            result.append(word)
            return result.count < limit
        }
        return result
    }

    /// How many words `range` holds, without collecting them.
    static func wordCount(in range: Range<Int>, of bytes: [UInt8]) -> Int {
        var count = 0
        forEachWord(in: range, of: bytes) { _ in
            count += 1
            return true
        }
        return count
    }

    /// Calls `body` with each word (letters and digits, joined by a hyphen or apostrophe between
    /// two of them) until it returns false.
    private static func forEachWord(in range: Range<Int>, of bytes: [UInt8], _ body: (Range<Int>) -> Bool) {
        var index = range.lowerBound
        var wordStart: Int?
        while index < range.upperBound {
            let (scalar, length) = scalar(at: index, in: bytes)
            if isWordScalar(scalar) {
                if wordStart == nil { wordStart = index }
            } else if let start = wordStart {
                let next = index + length
                let joins =
                    isWordJoiner(scalar) && next < range.upperBound && isWordScalar(self.scalar(at: next, in: bytes).scalar)
                if !joins {
                    guard body(start..<index) else { return }
                    wordStart = nil
                }
            }
            index += length
        }
        if let start = wordStart { _ = body(start..<range.upperBound) }
    }

    /// `range` without leading and trailing white space.
    static func trimmed(_ range: Range<Int>, in bytes: [UInt8]) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let (scalar, length) = scalar(at: start, in: bytes)
            guard isSpace(scalar) else { break }
            start += length
        }
        while end > start {
            let previous = previousScalarStart(before: end, in: bytes)
            guard isSpace(scalar(at: previous, in: bytes).scalar) else { break }
            end = previous
        }
        return start..<end
    }
}
