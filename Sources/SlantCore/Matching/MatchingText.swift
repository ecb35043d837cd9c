import PCRE2

/// The text lexicon patterns run over: the article with every run of spacing between two words
/// read as one space, and invisible characters inside words dropped (`SpacingCharacter`), so that
/// `\bmilitant group\b` finds "militant\ngroup", "militant  group" and "militant\u{A0}group", and
/// `\bterror\b` finds "ter\u{AD}ror". Matches are mapped back to the article's bytes
/// (`MatchingOffsetMap`), so a finding still points at what the article says.
///
/// A run holding a blank line (two line breaks, or U+2029) is a paragraph break and is left as
/// it is: a phrase does not go on across paragraphs. So is every line break of a text with no
/// blank line at all, where `Segmenter` takes each line for a paragraph. A run of one byte other than a space (a
/// line break of re-wrapped text, a tab) becomes a space in place, which moves no offset. The
/// common article (single spaces, blank lines between paragraphs, no invisible characters) is
/// matched as it is, with no copy.
public struct MatchingText: Sendable {
    /// The text to match: the article itself when nothing needed changing.
    public let text: ValidUTF8
    /// Nil when offsets in `text` are the article's.
    let offsets: MatchingOffsetMap?

    public init(_ article: ValidUTF8) {
        let built = article.bytes.withUnsafeBufferPointer { bytes in
            let joiningLines = MatchingText.normalized(bytes, lineBreaksEndParagraphs: false)
            // Without a blank line anywhere, each line is a paragraph (as `Segmenter` reads it),
            // and a phrase does not go on to the next line either.
            guard let joined = joiningLines, !joined.sawParagraphBreak, joined.joinedLines else { return joiningLines }
            return MatchingText.normalized(bytes, lineBreaksEndParagraphs: true)
        }
        guard let (bytes, edits, _, _) = built else {
            text = article
            offsets = nil
            return
        }
        // Whole characters were replaced by ASCII spaces or dropped: still valid UTF-8.
        guard let valid = try? ValidUTF8(validating: bytes) else {
            preconditionFailure("spacing normalisation broke UTF-8 at \(article.count) bytes")
        }
        text = valid
        offsets = edits.isEmpty ? nil : MatchingOffsetMap(edits: edits)
    }

    /// The article's range for a range of `text`.
    public func originalRange(_ range: Range<Int>) -> Range<Int> {
        offsets?.originalRange(range) ?? range
    }

    /// A scan of `text` with every match mapped to the article's offsets.
    func original(_ scan: PatternScan) -> PatternScan {
        guard let offsets else { return scan }
        var mapped = scan
        for index in mapped.matches.indices where !mapped.matches[index].isEmpty {
            mapped.matches[index] = mapped.matches[index].map(offsets.originalRange)
        }
        return mapped
    }

    /// Every match of `regex` in `text`, in the article's offsets.
    public func matches(of regex: Regex, scratch: MatchScratch) throws(RegexMatchError) -> [Range<Int>] {
        let found = try regex.matches(in: text, scratch: scratch)
        guard let offsets else { return found }
        return found.map(offsets.originalRange)
    }

    /// The matching text's bytes and the edits that changed lengths, whether a run held a blank
    /// line and whether one joined two lines; nil when the article needs no change. With
    /// `lineBreaksEndParagraphs`, every run with a line break is a paragraph break. Runs start
    /// at spacing or invisible characters, which a word-wide test finds (`runCandidates`);
    /// single spaces, the bulk of them, are passed over eight bytes at a time.
    private static func normalized(_ article: UnsafeBufferPointer<UInt8>, lineBreaksEndParagraphs: Bool) -> (
        bytes: [UInt8], edits: [MatchingOffsetMap.Edit], sawParagraphBreak: Bool, joinedLines: Bool
    )? {
        var sawParagraphBreak = false
        var joinedLines = false
        var bytes: [UInt8] = []
        var edits: [MatchingOffsetMap.Edit] = []
        var changed = false
        // The article's bytes before this offset are in `bytes` (once changed).
        var copied = 0
        // The end of the last run read: a run never starts before it.
        var offset = 0
        let raw = UnsafeRawBufferPointer(article)
        while offset < article.count {
            if offset + 9 <= article.count {
                let candidates = runCandidates(
                    raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self),
                    next: raw.loadUnaligned(fromByteOffset: offset + 1, as: UInt64.self))
                guard candidates != 0 else {
                    offset += 8
                    continue
                }
                offset += candidates.trailingZeroBitCount >> 3
            }
            let byte = article[offset]
            let isDoubleSpace = byte == 0x20 && offset + 1 < article.count && article[offset + 1] == 0x20
            guard byte < 0x20 || byte >= 0xC0 || isDoubleSpace else {
                offset += 1
                continue
            }
            guard SpacingCharacter.at(offset, in: article) != nil else {
                offset += ByteScanning.scalarLength(byte)
                continue
            }
            // The run: back over the single spaces the word-wide test passes over, then forward.
            var start = offset
            while start > copied, article[start - 1] == 0x20 { start -= 1 }
            var end = start
            var lineBreaks = 0
            var isVisible = false
            while end < article.count, let (kind, length) = SpacingCharacter.at(end, in: article) {
                switch kind {
                case .space: isVisible = true
                case .lineBreak: lineBreaks += 1
                case .paragraphSeparator: lineBreaks += 2
                case .invisible: break
                }
                end += length
            }
            offset = end
            // A paragraph break, one space already, or spacing at an end of the text (between
            // no two words; most texts end with a line break).
            if lineBreaks >= 2 || (lineBreaksEndParagraphs && lineBreaks > 0) {
                sawParagraphBreak = sawParagraphBreak || (lineBreaks >= 2 && start > 0)
                continue
            }
            if (end - start == 1 && article[start] == 0x20) || start == 0 || end == article.count { continue }
            joinedLines = joinedLines || lineBreaks > 0
            if !changed {
                changed = true
                bytes.reserveCapacity(article.count)
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: article[copied..<start]))
            let replacement = isVisible || lineBreaks > 0 ? 1 : 0
            if replacement == 1 { bytes.append(0x20) }
            if end - start != replacement {
                edits.append(
                    MatchingOffsetMap.Edit(viewStart: bytes.count - replacement, viewLength: replacement, original: start..<end))
            }
            copied = end
        }
        guard changed else { return nil }
        bytes.append(contentsOf: UnsafeBufferPointer(rebasing: article[copied...]))
        return (bytes, edits, sawParagraphBreak, joinedLines)
    }

    /// The high bit of each of eight bytes (`lanes`, and `next`, the same eight one byte on)
    /// that may start a run to change: a control character (tabs and line breaks), the lead byte
    /// of a character outside ASCII (the other spacing and invisible characters), or the first of
    /// two spaces. The lowest one is exact (the control test may only err above a true lane).
    @inline(__always)
    private static func runCandidates(_ lanes: UInt64, next: UInt64) -> UInt64 {
        let control = (lanes &- 0x20 &* ByteLanes.ones) & ~lanes & ByteLanes.high
        let lead = lanes & (lanes << 1) & ByteLanes.high
        let doubleSpace = ByteLanes.lanes(equalTo: 0x20, in: lanes) & ByteLanes.lanes(equalTo: 0x20, in: next)
        return control | lead | doubleSpace
    }
}
