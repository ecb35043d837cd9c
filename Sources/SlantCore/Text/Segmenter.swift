import PCRE2

/// Splits an article into title, paragraphs, sentences and quotations, dropping debris lines.
public struct Segmenter: Sendable {
    let debris: [CompiledLexicon.CompiledDebris]
    /// All debris patterns in one regex, tried first: most short lines are prose, and one JIT
    /// call rejects them where the rule-by-rule loop made one per pattern. Each pattern is its
    /// own group, so an inline option in one does not leak into the next alternative.
    let anyDebris: Regex?
    /// Rules out most lines before `anyDebris` runs (part of the combined check).
    let prefilter: DebrisPrefilter?
    /// Whether lines the article repeats are dropped as boilerplate (`RepeatedLines`).
    let dropsRepeatedLines: Bool

    /// `combined: false` leaves the rule-by-rule loop alone (the tests' reference).
    public init(debris: [CompiledLexicon.CompiledDebris], combined: Bool = true, dropsRepeatedLines: Bool = false) {
        self.debris = debris
        self.dropsRepeatedLines = dropsRepeatedLines
        let sources = debris.flatMap { $0.rule.patterns }
        anyDebris =
            !combined || sources.isEmpty || sources.contains(where: { PatternSource($0).dependsOnWholePattern })
            ? nil : try? Regex("^\\s*(?:" + sources.map { "(?:\($0))" }.joined(separator: "|") + ")\\s*$", caseless: true)
        prefilter = anyDebris == nil ? nil : DebrisPrefilter(sources: sources)
    }

    /// Debris lines are short; longer lines are prose and are not tested.
    static let longestDebrisLine = 200

    /// `boilerplate`: lines of the article's outlet dropped as boilerplate (`KnownBoilerplate`).
    public func segment(_ source: SourceText, scratch: MatchScratch, boilerplate: KnownBoilerplate? = nil) -> Document {
        let bytes = source.bytes
        let words = WordIndex(bytes)
        // The kept lines, and the blocks of lines between blank or dropped lines; which of them
        // are the paragraphs depends on whether any blank line separates text.
        var keptLines: [Range<Int>] = []
        var blocks: [Range<Int>] = []
        var block: Range<Int>?
        var dropped: [DroppedLine] = []
        var sawBlankBetweenText = false
        var repeated = dropsRepeatedLines ? RepeatedLines(source) : nil
        for line in 1...source.lineStarts.count {
            let range = ByteScanning.trimmed(source.lineRange(line), in: bytes)
            if range.isEmpty {
                if let open = block {
                    blocks.append(open)
                    block = nil
                    sawBlankBetweenText = true
                }
                continue
            }
            if let ruleID = debrisRule(matching: range, in: source, scratch: scratch)
                ?? (boilerplate?.contains(range, in: bytes) == true ? KnownBoilerplate.ruleID : nil)
                ?? (repeated?.drops(range, in: bytes) == true ? RepeatedLines.ruleID : nil)
            {
                dropped.append(DroppedLine(line: line, text: source.text(range), ruleID: ruleID))
                if let open = block {
                    blocks.append(open)
                    block = nil
                }
                continue
            }
            keptLines.append(range)
            block = (block?.lowerBound ?? range.lowerBound)..<range.upperBound
        }
        if let open = block { blocks.append(open) }
        // Without any blank line, each line is its own paragraph (one-paragraph-per-line corpora).
        let paragraphRanges = sawBlankBetweenText ? blocks : keptLines
        var bodyRanges = paragraphRanges[...]
        var title: Paragraph?
        if let first = paragraphRanges.first, paragraphRanges.count > 1,
            Segmenter.looksLikeHeadline(first, in: bytes, words: words)
        {
            title = Paragraph(index: -1, range: first, wordCount: words.wordCount(in: first))
            bodyRanges = bodyRanges.dropFirst()
        }
        let paragraphs = bodyRanges.enumerated().map { index, range in
            Paragraph(index: index, range: range, wordCount: words.wordCount(in: range))
        }
        var sentences: [Sentence] = []
        var longSentences = 0
        if let title { Self.appendSentences(of: title, in: bytes, to: &sentences, longSentences: &longSentences) }
        for paragraph in paragraphs {
            Self.appendSentences(of: paragraph, in: bytes, to: &sentences, longSentences: &longSentences)
        }
        let quotations = QuotationFinder.find(in: paragraphs, bytes: bytes, words: words)
        return Document(
            source: source, title: title, paragraphs: paragraphs, sentences: sentences, quotations: quotations,
            droppedLines: dropped, words: words, longSentences: longSentences)
    }

    /// An `inout` list, not one captured by a local function: a captured variable is checked
    /// for exclusive access at run time on every append. A sentence longer than
    /// `SentenceLengthLimit.maximumBytes` goes in as pieces, and is counted in `longSentences`.
    private static func appendSentences(
        of paragraph: Paragraph, in bytes: [UInt8], to sentences: inout [Sentence], longSentences: inout Int
    ) {
        SentenceSplitter.forEachSentence(in: paragraph.range, of: bytes) { range in
            let cut = SentenceLengthLimit.forEachPiece(of: range, in: bytes) { piece in
                sentences.append(Sentence(index: sentences.count, paragraphIndex: paragraph.index, range: piece))
            }
            if cut { longSentences += 1 }
        }
    }

    private func debrisRule(matching range: Range<Int>, in source: SourceText, scratch: MatchScratch) -> String? {
        guard range.count <= Segmenter.longestDebrisLine, !debris.isEmpty else { return nil }
        if let prefilter,
            !source.bytes.withUnsafeBufferPointer({ prefilter.mayBeDebris(UnsafeBufferPointer(rebasing: $0[range])) })
        {
            return nil
        }
        let line = source.utf8.slice(range)
        if let anyDebris, (try? anyDebris.nextMatchStart(in: line, from: 0, scratch: scratch)) == .some(nil) { return nil }
        for rule in debris {
            for pattern in rule.patterns {
                if (try? pattern.matches(in: line, scratch: scratch).isEmpty) == false { return rule.rule.id }
            }
        }
        return nil
    }

    /// A short single line without closing punctuation reads as a headline.
    static func looksLikeHeadline(_ range: Range<Int>, in bytes: [UInt8], words index: WordIndex) -> Bool {
        guard !bytes[range].contains(UInt8(ascii: "\n")) else { return false }
        let words = index.wordCount(in: range)
        guard words > 0 && words <= 20 else { return false }
        let last = bytes[range.upperBound - 1]
        return ![UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ",")].contains(last)
    }
}
