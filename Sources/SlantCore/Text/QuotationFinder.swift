/// Pairs quotation marks within each paragraph: straight marks toggle, curly marks and
/// guillemets open and close. Single quotes are left alone: they are mostly apostrophes; two
/// apostrophes together are a straight double mark (`ByteScanning.isDoubledApostrophe`).
enum QuotationFinder {
    static func find(in paragraphs: [Paragraph], bytes: [UInt8], words: WordIndex) -> [Quotation] {
        var quotations: [Quotation] = []
        var previousLeftOpen = false
        for paragraph in paragraphs {
            var openedAt: (outer: Int, content: Int)?
            var continuing = false
            var index = paragraph.range.lowerBound
            let firstNonSpace = ByteScanning.trimmed(paragraph.range, in: bytes).lowerBound
            func close(at contentEnd: Int, outerEnd: Int, unclosed: Bool) {
                guard let opened = openedAt else { return }
                let content = opened.content..<contentEnd
                quotations.append(
                    Quotation(
                        index: quotations.count, paragraphIndex: paragraph.index, contentRange: content,
                        outerRange: opened.outer..<outerEnd, wordCount: words.wordCount(in: content),
                        continuesPrevious: continuing, isUnclosed: unclosed))
                openedAt = nil
                continuing = false
            }
            while index < paragraph.range.upperBound {
                // Every mark is `"` or starts with a byte above ASCII: skip the rest unread.
                index = nextPossibleMark(from: index, to: paragraph.range.upperBound, in: bytes)
                guard index < paragraph.range.upperBound else { break }
                var (scalar, length) = ByteScanning.scalar(at: index, in: bytes)
                if scalar == "'" {
                    guard ByteScanning.isDoubledApostrophe(at: index, in: bytes, end: paragraph.range.upperBound) else {
                        index += 1
                        continue
                    }
                    (scalar, length) = ("\"", 2)
                }
                if openedAt == nil {
                    // A closing curly mark with no quote open, before a word, is used as an opener.
                    let opensHere =
                        ByteScanning.isOpeningQuote(scalar)
                        || (ByteScanning.isClosingQuote(scalar) && index + length < paragraph.range.upperBound
                            && ByteScanning.isWordScalar(ByteScanning.scalar(at: index + length, in: bytes).scalar))
                    if opensHere {
                        openedAt = (index, index + length)
                        continuing = previousLeftOpen && index == firstNonSpace
                    }
                } else if ByteScanning.isClosingQuote(scalar) {
                    close(at: index, outerEnd: index + length, unclosed: false)
                }
                index += length
            }
            previousLeftOpen = openedAt != nil
            close(at: paragraph.range.upperBound, outerEnd: paragraph.range.upperBound, unclosed: true)
        }
        return quotations
    }

    /// The offset of the next `"`, `'` or non-ASCII byte in `start..<end`, or `end`.
    static func nextPossibleMark(from start: Int, to end: Int, in bytes: [UInt8]) -> Int {
        ByteScanning.firstOffset(
            from: start, to: end, in: bytes,
            mayHold: {
                $0 & ByteLanes.high != 0 || ByteLanes.has(UInt8(ascii: "\""), in: $0)
                    || ByteLanes.has(UInt8(ascii: "'"), in: $0)
            },
            isWanted: { $0 >= 0x80 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") })
    }
}
