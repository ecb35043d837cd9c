/// An article segmented for analysis: paragraphs, sentences and quotations as byte ranges into
/// the original text, plus the lines dropped as web debris.
import Algorithms

public struct Document: Sendable {
    public let source: SourceText
    public let title: Paragraph?
    /// Body paragraphs in order (the title, if any, is not one of them).
    public let paragraphs: [Paragraph]
    public let sentences: [Sentence]
    public let quotations: [Quotation]
    public let droppedLines: [DroppedLine]
    /// Sentences longer than `SentenceLengthLimit.maximumBytes`, each in `sentences` as pieces
    /// cut between words.
    public let longSentences: Int
    /// The ranges that count as text, in order; matches outside them (in debris) are discarded.
    public let keptRanges: [Range<Int>]
    /// The words of the whole text (debris included), for counting and finding words in ranges.
    let words: WordIndex

    init(
        source: SourceText, title: Paragraph?, paragraphs: [Paragraph], sentences: [Sentence], quotations: [Quotation],
        droppedLines: [DroppedLine], words: WordIndex, longSentences: Int = 0
    ) {
        self.source = source
        self.longSentences = longSentences
        self.words = words
        self.title = title
        self.paragraphs = paragraphs
        self.sentences = sentences
        self.quotations = quotations
        self.droppedLines = droppedLines
        var kept: [Range<Int>] = []
        kept.reserveCapacity(paragraphs.count + 1)
        if let title { kept.append(title.range) }
        for paragraph in paragraphs { kept.append(paragraph.range) }
        self.keptRanges = kept
    }

    public var bytes: [UInt8] { source.bytes }

    /// Words in the title and body (dropped lines excluded).
    public var wordCount: Int {
        paragraphs.reduce(title?.wordCount ?? 0) { $0 + $1.wordCount }
    }

    /// Whether `offset` lies in the title or a body paragraph (not in a dropped line).
    public func isKept(_ offset: Int) -> Bool {
        let ranges = keptRanges
        var low = 0
        var high = ranges.count - 1
        while low <= high {
            let middle = (low + high) / 2
            if offset < ranges[middle].lowerBound {
                high = middle - 1
            } else if offset >= ranges[middle].upperBound {
                low = middle + 1
            } else {
                return true
            }
        }
        return false
    }

    /// The quotation whose quoted words contain `offset`.
    public func quotation(containing offset: Int) -> Quotation? {
        let index = quotations.partitioningIndex { $0.contentRange.upperBound > offset }
        guard index < quotations.count, quotations[index].contentRange.contains(offset) else { return nil }
        return quotations[index]
    }

    /// Quotations (marks included) that overlap `range`, in order.
    public func quotations(overlapping range: Range<Int>) -> ArraySlice<Quotation> {
        let first = quotations.partitioningIndex { $0.outerRange.upperBound > range.lowerBound }
        var end = first
        while end < quotations.count && quotations[end].outerRange.lowerBound < range.upperBound { end += 1 }
        return quotations[first..<end]
    }

    public func sentence(containing offset: Int) -> Sentence? {
        // Sentences are in order and do not overlap: only the first ending after `offset` can
        // hold it. Both halves' next states are computed and one selected (no branch to
        // mispredict), over the sentences in place (no copy per step).
        let index = sentences.withUnsafeBufferPointer { sentences in
            var first = 0
            var count = sentences.count
            while count > 0 {
                let half = count / 2
                let goRight = sentences[first + half].range.upperBound <= offset
                first = goRight ? first + half + 1 : first
                count = goRight ? count - half - 1 : half
            }
            return first
        }
        return index < sentences.count && sentences[index].range.contains(offset) ? sentences[index] : nil
    }
}

public struct Paragraph: Sendable, Hashable {
    /// 0 for the first body paragraph; the title has index -1.
    public let index: Int
    public let range: Range<Int>
    public let wordCount: Int
}

public struct Sentence: Sendable, Hashable {
    public let index: Int
    public let paragraphIndex: Int
    public let range: Range<Int>
}

/// Text between quotation marks. A quote left open at the end of a paragraph whose next
/// paragraph opens with a mark continues there (the multi-paragraph convention).
public struct Quotation: Sendable, Hashable {
    public let index: Int
    public let paragraphIndex: Int
    /// The quoted words, marks excluded.
    public let contentRange: Range<Int>
    /// Including the marks.
    public let outerRange: Range<Int>
    public let wordCount: Int
    /// Opens a paragraph that continues the previous paragraph's unclosed quote.
    public let continuesPrevious: Bool
    public let isUnclosed: Bool

    /// Fewer than four words: a scare quote, a title or a fragment, not a statement.
    public var isFragment: Bool { wordCount < 4 }
}

public struct DroppedLine: Sendable, Hashable, Codable {
    public let line: Int
    public let text: String
    public let ruleID: String
}
