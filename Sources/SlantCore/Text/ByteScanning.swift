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
        scalar.properties.isWhitespace
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

    /// The word ranges in `range`, in order.
    static func words(in range: Range<Int>, of bytes: [UInt8]) -> [Range<Int>] {
        var result: [Range<Int>] = []
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
                    result.append(start..<index)
                    wordStart = nil
                }
            }
            index += length
        }
        if let start = wordStart { result.append(start..<range.upperBound) }
        return result
    }

    static func wordCount(in range: Range<Int>, of bytes: [UInt8]) -> Int {
        words(in: range, of: bytes).count
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
