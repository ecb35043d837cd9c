/// The longest stretch of text analysed as one sentence. Attribution and casualty analysis look
/// at a whole sentence for every reporting verb and casualty word in it, so a text without
/// sentence punctuation (a scraped list, a 5 MB line) would cost the square of its length; cut
/// into pieces of at most `maximumBytes`, it costs a bounded amount per byte. Real sentences are
/// far shorter: in 652 news articles the longest was a scraped country list of under 3,000 bytes.
public enum SentenceLengthLimit {
    public static let maximumBytes = 4_000

    /// Calls `body` with `sentence` itself when it is short enough, else with pieces of at most
    /// `maximumBytes`, each cut at the last ASCII white space that fits (at a character
    /// boundary when a piece has none) and trimmed. Returns whether it cut.
    @discardableResult
    static func forEachPiece(of sentence: Range<Int>, in bytes: [UInt8], _ body: (Range<Int>) -> Void) -> Bool {
        guard sentence.count > maximumBytes else {
            body(sentence)
            return false
        }
        var start = sentence.lowerBound
        while sentence.upperBound - start > maximumBytes {
            let windowEnd = start + maximumBytes
            // The piece ends before the last space in the window; the bytes after it go on to the
            // next piece, so every byte is read once by these backward searches.
            var cut = windowEnd
            while cut > start && !isASCIIWhitespace(bytes[cut]) { cut -= 1 }
            var next = cut
            if cut == start {
                // One "word" longer than a piece: cut at a character boundary.
                cut = windowEnd
                while cut > start && bytes[cut] & 0xC0 == 0x80 { cut -= 1 }
                next = cut
            }
            let piece = ByteScanning.trimmed(start..<cut, in: bytes)
            if !piece.isEmpty { body(piece) }
            start = next
            while start < sentence.upperBound && isASCIIWhitespace(bytes[start]) { start += 1 }
        }
        let last = ByteScanning.trimmed(start..<sentence.upperBound, in: bytes)
        if !last.isEmpty { body(last) }
        return true
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)
    }
}
