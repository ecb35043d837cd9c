/// Lines an article repeats: photo captions printed under every picture, a credit or a
/// newsletter blurb pasted twice, a transcript's speaker labels. They are boilerplate, not
/// prose, and counting each copy would let one caption repeated 42 times drive an outlet's
/// figures. Every copy of a line after its first is dropped; a short line (up to
/// `Segmenter.longestDebrisLine` bytes) that occurs more than once is dropped entirely, first
/// copy included, since a short repeated line is a caption, credit or label rather than a
/// paragraph scraped twice. Lines are compared trimmed, byte for byte.
public struct RepeatedLines {
    public static let ruleID = "boilerplate.repeated-line"

    /// Trimmed line -> how many times it occurs.
    private var counts: [HashedBytes: Int] = [:]
    private var seen: Set<HashedBytes> = []

    init(_ source: SourceText) {
        let bytes = source.bytes
        for line in 1...source.lineStarts.count {
            let range = ByteScanning.trimmed(source.lineRange(line), in: bytes)
            if !range.isEmpty { counts[HashedBytes(bytes[range]), default: 0] += 1 }
        }
        counts = counts.filter { $0.value > 1 }
    }

    /// Whether the line at `range` (trimmed) is dropped; call once per line, in order.
    mutating func drops(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        guard !counts.isEmpty else { return false }
        let line = HashedBytes(bytes[range])
        guard counts[line] != nil else { return false }
        let isFirst = seen.insert(line).inserted
        return !isFirst || range.count <= Segmenter.longestDebrisLine
    }
}
