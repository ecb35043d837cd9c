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

    /// Whether the scalar at `index` is upper case (`properties.isUppercase`): in ASCII, exactly
    /// `A`-`Z`, without the Unicode property tables a capitalised-word test per word asked.
    @inline(__always)
    static func isUppercase(at index: Int, in bytes: [UInt8]) -> Bool {
        let lead = bytes[index]
        if lead < 0x80 { return lead &- UInt8(ascii: "A") < 26 }
        return scalar(at: index, in: bytes).scalar.properties.isUppercase
    }

    /// The length in bytes of the scalar whose first byte is `lead`.
    @inline(__always)
    static func scalarLength(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
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
        if isGeneralPunctuation(scalar) {
            let value = scalar.value
            return value <= 0x200A || value == 0x2028 || value == 0x2029 || value == 0x202F || value == 0x205F
        }
        return scalar.properties.isWhitespace
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A)
        }
        // Curly quotes, dashes and the ellipsis are nearly all the non-ASCII of English news.
        if isGeneralPunctuation(scalar) { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }

    /// U+2000 to U+206F: spaces, dashes, quotation marks, bullets; no letter or digit among
    /// them, so the word and space tests need not consult Unicode's tables
    /// (`ByteScanningTests` check each of them against the properties).
    @inline(__always)
    static func isGeneralPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value &- 0x2000 < 0x70
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

    /// Two apostrophes standing for a straight double quotation mark (`''We will answer,'' he
    /// said`): how the New York Times archive and news databases render “ and ”. Read wherever
    /// a `"` would be; a lone apostrophe is never a mark.
    @inline(__always)
    static func isDoubledApostrophe(at index: Int, in bytes: [UInt8], end: Int) -> Bool {
        bytes[index] == UInt8(ascii: "'") && index + 1 < end && bytes[index + 1] == UInt8(ascii: "'")
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
    /// two of them) until it returns false. ASCII bytes (nearly all of an English article) are
    /// classified without decoding a scalar; this loop runs over every byte of every article.
    static func forEachWord(in range: Range<Int>, of bytes: [UInt8], _ body: (Range<Int>) -> Bool) {
        bytes.withUnsafeBufferPointer { buffer in
            let raw = UnsafeRawBufferPointer(buffer)
            let end = range.upperBound
            var index = range.lowerBound
            var wordStart = -1
            while index < end {
                // Eight plain ASCII bytes (no hyphen or apostrophe to join words) at once: their
                // word bytes as a mask, each word start and end found from it by bit counting.
                if index + 8 <= end {
                    let chunk = raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)
                    if chunk & ByteLanes.high == 0, !ByteLanes.has(UInt8(ascii: "-"), in: chunk),
                        !ByteLanes.has(UInt8(ascii: "'"), in: chunk)
                    {
                        let words = ByteLanes.letterOrDigitLanes(chunk)
                        var from = ByteLanes.high
                        while true {
                            let edges = (wordStart < 0 ? words : ~words & ByteLanes.high) & from
                            if edges == 0 { break }
                            let position = edges.trailingZeroBitCount >> 3
                            if wordStart < 0 {
                                wordStart = index + position
                            } else {
                                guard body(wordStart..<(index + position)) else { return }
                                wordStart = -1
                            }
                            from = position == 7 ? 0 : ByteLanes.high << UInt64((position + 1) * 8)
                        }
                        index += 8
                        continue
                    }
                }
                let (isWord, isJoiner, length) = classify(at: index, in: buffer)
                if isWord {
                    if wordStart < 0 { wordStart = index }
                } else if wordStart >= 0 {
                    let next = index + length
                    if !(isJoiner && next < end && classify(at: next, in: buffer).isWord) {
                        guard body(wordStart..<index) else { return }
                        wordStart = -1
                    }
                }
                index += length
            }
            if wordStart >= 0 { _ = body(wordStart..<end) }
        }
    }

    /// Whether the character at `index` is a word character or a word joiner, and its length.
    @inline(__always)
    static func classify(at index: Int, in buffer: UnsafeBufferPointer<UInt8>) -> (
        isWord: Bool, isJoiner: Bool, length: Int
    ) {
        let byte = buffer[index]
        if byte < 0x80 { return (isASCIILetterOrDigit(byte), byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'"), 1) }
        let length = scalarLength(byte)
        var value = UInt32(byte) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
        for offset in 1..<length where index + offset < buffer.count {
            value = (value << 6) | (UInt32(buffer[index + offset]) & 0x3F)
        }
        let scalar = Unicode.Scalar(value) ?? "\u{FFFD}"
        return (isWordScalar(scalar), scalar == "\u{2019}", length)
    }

    /// The offset of the first byte in `start..<end` that `isWanted` accepts, or `end`. Eight
    /// bytes are tested at a time with `mayHold` (a word-wide test that may say yes wrongly but
    /// never no wrongly); only a chunk it flags is read byte by byte.
    @inline(__always)
    static func firstOffset(
        from start: Int, to end: Int, in bytes: [UInt8], mayHold: (UInt64) -> Bool, isWanted: (UInt8) -> Bool
    ) -> Int {
        bytes.withUnsafeBytes { raw in
            var index = start
            while index + 8 <= end {
                if mayHold(raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)) { break }
                index += 8
            }
            while index < end {
                if isWanted(raw[index]) { return index }
                index += 1
            }
            return end
        }
    }

    @inline(__always)
    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }

    /// The text of `range` lowercased: ASCII byte by byte (the usual case), anything else through
    /// `String.lowercased()`, which consults Unicode's tables for every character.
    static func lowercased(_ range: Range<Int>, of bytes: [UInt8]) -> String {
        let slice = bytes[range]
        guard slice.allSatisfy({ $0 < 0x80 }) else { return String(decoding: slice, as: UTF8.self).lowercased() }
        return String(unsafeUninitializedCapacity: slice.count) { buffer in
            for (offset, byte) in slice.enumerated() {
                buffer[offset] = byte &- 0x41 < 26 ? byte | 0x20 : byte
            }
            return slice.count
        }
    }

    /// Whether `lowercased(range, of: bytes) == word`, without building the lowercased text
    /// when it is ASCII (short words compared at nearly every finding). `word` is lowercase ASCII.
    static func lowercased(_ range: Range<Int>, of bytes: [UInt8], equals word: StaticString) -> Bool {
        let answer: Bool? = bytes.withUnsafeBufferPointer { buffer in
            word.withUTF8Buffer { expected in
                // An ASCII text of another length never lowercases to `word`.
                guard range.count == expected.count else {
                    return buffer[range].contains { $0 >= 0x80 } ? nil : false
                }
                for (offset, byte) in buffer[range].enumerated() {
                    if byte >= 0x80 { return nil }
                    if (byte &- 0x41 < 26 ? byte | 0x20 : byte) != expected[offset] { return false }
                }
                return true
            }
        }
        // Beyond ASCII, the definition itself.
        return answer ?? (lowercased(range, of: bytes) == word.description)
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
