/// Quoted words that `QuotationFinder` leaves to the outlet's voice, found for the voice of
/// findings only (attributions do not use them):
/// - text between single quotation marks ("Kerry backpedals on 'apartheid state'", "Rejects
///   ‘Shameful Anti-Israel’ Resolution"): headlines and British house styles quote with them, and
///   a loaded term inside is the quoted person's, not the outlet's;
/// - a block quotation with no marks: a paragraph in the first person right after a paragraph
///   that reports somebody's words and ends with a colon ("He also mentioned how the plan is a
///   horrible deal:" then "Let me be clear: ...");
/// - a statement an attribution introduces as "the following" ("released the following
///   statement:"): the annotation guidelines' third ruling makes everything after it the
///   source's, to the article's end, in the first person or not.
enum UnmarkedQuotations {
    /// Each single-quoted span of a paragraph (the title included), marks excluded. A mark opens
    /// after a space or punctuation and before a letter, and closes after a word or a stop and
    /// before anything that is not a letter, so apostrophes inside words ("Israel's", "don't")
    /// are never marks; a span still open at the paragraph's end is dropped.
    static func singleQuoted(in document: Document) -> [Range<Int>] {
        let bytes = document.bytes
        var spans: [Range<Int>] = []
        let paragraphs = (document.title.map { [$0] } ?? []) + document.paragraphs
        for paragraph in paragraphs {
            var openedAt: Int?
            var index = paragraph.range.lowerBound
            let end = paragraph.range.upperBound
            while index < end {
                index = QuotationFinder.nextPossibleMark(from: index, to: end, in: bytes)
                guard index < end else { break }
                let (scalar, length) = ByteScanning.scalar(at: index, in: bytes)
                guard scalar == "'" || scalar == "\u{2018}" || scalar == "\u{2019}" else {
                    index += length
                    continue
                }
                let before: Unicode.Scalar? =
                    index > paragraph.range.lowerBound
                    ? ByteScanning.scalar(at: ByteScanning.previousScalarStart(before: index, in: bytes), in: bytes).scalar
                    : nil
                let after: Unicode.Scalar? =
                    index + length < end ? ByteScanning.scalar(at: index + length, in: bytes).scalar : nil
                if let opened = openedAt {
                    if scalar != "\u{2018}", let before, isWordOrStop(before),
                        after.map({ !ByteScanning.isWordScalar($0) }) ?? true
                    {
                        spans.append(opened..<index)
                        openedAt = nil
                    }
                } else if scalar != "\u{2019}", before.map({ !ByteScanning.isWordScalar($0) && !isSingleMark($0) }) ?? true,
                    let after, after.properties.isAlphabetic
                {
                    openedAt = index + length
                }
                index += length
            }
        }
        return spans
    }

    /// Each unmarked block quotation: its paragraph's range and the attribution of the paragraph
    /// before it (the last one there), which introduces it.
    static func blockQuoted(in document: Document, attributions: [Attribution]) -> [(range: Range<Int>, attribution: Int?)] {
        var lastAttribution: [Int: Int] = [:]
        for attribution in attributions where attribution.paragraphIndex >= 0 {
            lastAttribution[attribution.paragraphIndex] = attribution.index
        }
        let withQuotations = Set(document.quotations.map(\.paragraphIndex))
        let paragraphs = document.paragraphs
        var blocks: [(range: Range<Int>, attribution: Int?)] = []
        for (position, paragraph) in paragraphs.enumerated().dropFirst() {
            let previous = paragraphs[position - 1]
            guard endsWithColon(previous.range, in: document.bytes) else { continue }
            let introducer = lastAttribution[previous.index]
            // "the following statement:" needs no attribution slant found: the noun says it. A
            // statement printed in quotation marks is the quotation alone: the article goes on
            // after it in its own voice ("The company shared the following statement:" then "“...”").
            if let following = introducesFollowing(previous.range, in: document), introducer != nil || following,
                !opensWithQuotation(paragraph.range, in: document)
            {
                let rest = paragraph.range.lowerBound..<paragraphs[paragraphs.count - 1].range.upperBound
                return blocks + [(rest, introducer)]
            }
            guard let introducer, !withQuotations.contains(paragraph.index), isFirstPerson(paragraph.range, in: document)
            else { continue }
            blocks.append((paragraph.range, introducer))
        }
        return blocks
    }

    /// Whether the paragraph is a quotation from its first character (a statement printed in
    /// marks), not one that merely quotes words inside it.
    private static func opensWithQuotation(_ range: Range<Int>, in document: Document) -> Bool {
        let trimmed = ByteScanning.trimmed(range, in: document.bytes)
        return document.quotations(overlapping: trimmed).first?.outerRange.lowerBound == trimmed.lowerBound
    }

    private static func isSingleMark(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "'" || scalar == "\u{2018}" || scalar == "\u{2019}"
    }

    private static func isWordOrStop(_ scalar: Unicode.Scalar) -> Bool {
        ByteScanning.isWordScalar(scalar) || scalar == "." || scalar == "," || scalar == "!" || scalar == "?"
    }

    private static func endsWithColon(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        let trimmed = ByteScanning.trimmed(range, in: bytes)
        return !trimmed.isEmpty && bytes[trimmed.upperBound - 1] == UInt8(ascii: ":")
    }

    /// Whether "the following" is among the last words before the colon ("said the
    /// following:"), nil if not; true when a noun of speech or writing follows it ("released the
    /// following statement:").
    private static func introducesFollowing(_ range: Range<Int>, in document: Document) -> Bool? {
        let bytes = document.bytes
        let words = document.words.lastWords(4, in: range)
        guard
            let the = words.indices.first(where: { index in
                index + 1 < words.endIndex && ByteScanning.lowercased(words[index], of: bytes, equals: "the")
                    && ByteScanning.lowercased(words[index + 1], of: bytes, equals: "following")
            })
        else { return nil }
        return the + 2 < words.endIndex && statementNouns.contains(ByteScanning.lowercased(words[the + 2], of: bytes))
    }

    /// Nouns of speech or writing that "the following" introduces as somebody's words.
    static let statementNouns: Set<String> = [
        "statement", "statements", "letter", "message", "remarks", "comments", "speech", "response", "tweet", "tweets",
        "post", "announcement", "text", "address", "reply",
    ]

    /// Words of a speaker talking about themselves or their side, as written (capital "US" is
    /// the country).
    static let firstPersonWords: Set<String> = ["I", "we", "We", "our", "Our", "us", "my", "My", "me", "I'm", "I’m"]

    private static func isFirstPerson(_ range: Range<Int>, in document: Document) -> Bool {
        document.words.words(in: range).contains { firstPersonWords.contains(document.source.text($0)) }
    }
}
