import PCRE2
import TestSupport
import Testing

@testable import SlantCore

@Suite struct SegmentationTests {
    func sentences(_ text: String) -> [String] {
        let document = TestLexicons.document(text)
        return document.sentences.map { document.source.text($0.range) }
    }

    @Test func abbreviationsAndInitialsDoNotEndSentences() {
        let text =
            "Mr. Blinken met Gen. Halevi in the U.S. capital on Tuesday. The U.N. envoy, Lt. Col. J. Smith, said 3.5 tons arrived. Aid followed!"
        #expect(
            sentences(text) == [
                "Mr. Blinken met Gen. Halevi in the U.S. capital on Tuesday.",
                "The U.N. envoy, Lt. Col. J. Smith, said 3.5 tons arrived.",
                "Aid followed!",
            ])
    }

    @Test func closingQuotesStayWithTheirSentence() {
        #expect(
            sentences("He said, “We will respond.” Then he left. “Why?” she asked.") == [
                "He said, “We will respond.”", "Then he left.", "“Why?” she asked.",
            ])
    }

    @Test func lowercaseAfterAPeriodIsNotANewSentence() {
        #expect(
            sentences("The figure was approx. ten per cent. and rising. Next.") == [
                "The figure was approx. ten per cent. and rising.", "Next.",
            ])
    }

    @Test func paragraphsAreBlankLineSeparatedAndDebrisIsDropped() {
        let text =
            "Title of the piece\n\nFirst paragraph line one\nline two.\n\nAdvertisement\n\nSecond paragraph.\n\nExit mobile version"
        let document = TestLexicons.document(text)
        #expect(document.title.map { document.source.text($0.range) } == "Title of the piece")
        #expect(
            document.paragraphs.map { document.source.text($0.range) } == [
                "First paragraph line one\nline two.", "Second paragraph.",
            ])
        #expect(document.droppedLines.map(\.text) == ["Advertisement", "Exit mobile version"])
        #expect(document.droppedLines.map(\.line) == [6, 10])
    }

    /// The one-regex pre-check must drop exactly the lines the rule-by-rule loop drops, on every
    /// example of every debris rule (each on its own line, between prose lines).
    @Test func combinedDebrisCheckDropsWhatTheRuleLoopDrops() throws {
        let debris = TestLexicons.defaults.debris
        let examples = debris.flatMap { $0.rule.examples.match + $0.rule.examples.noMatch }
        let text = (["Headline without a period"] + examples.flatMap { [$0, "A prose line."] }).joined(separator: "\n")
        let source = try InputDecoder.decode(Array(text.utf8), name: "debris.txt")
        let combined = Segmenter(debris: debris)
        #expect(combined.anyDebris != nil)
        #expect(combined.prefilter != nil)
        let fast = combined.segment(source, scratch: MatchScratch()).droppedLines
        let reference = Segmenter(debris: debris, combined: false).segment(source, scratch: MatchScratch()).droppedLines
        #expect(fast == reference)
        #expect(fast.count >= debris.reduce(0) { $0 + $1.rule.examples.match.count })
    }

    /// The prefilter and the combined regex drop exactly the lines the rule-by-rule loop drops
    /// on real articles, with every line short enough to be tested.
    @Test func prefilteredDebrisCheckDropsWhatTheRuleLoopDropsOnRealArticles() throws {
        let debris = TestLexicons.defaults.debris
        let articles = RealArticles.first(200)
        #expect(articles.count == 200)
        let fast = Segmenter(debris: debris)
        let reference = Segmenter(debris: debris, combined: false)
        var dropped = 0
        for (index, article) in articles.enumerated() {
            // One line per sentence-ish piece too, so that more lines are short.
            for text in [article, article.replacingOccurrences(of: ". ", with: ".\n")] {
                let source = try InputDecoder.decode(Array(text.utf8), name: "article-\(index)")
                let lines = fast.segment(source, scratch: MatchScratch()).droppedLines
                #expect(lines == reference.segment(source, scratch: MatchScratch()).droppedLines, "article \(index)")
                dropped += lines.count
            }
        }
        #expect(dropped > 0)
    }

    /// The ASCII shortcut of `startsSentence` against its Unicode definition.
    @Test func sentenceStartsOnASCIIFollowTheUnicodeProperties() {
        for value in UInt8(0)..<0x80 {
            let scalar = Unicode.Scalar(value)
            let expected =
                scalar.properties.isUppercase || scalar.properties.numericType != nil || ByteScanning.isOpeningQuote(scalar)
                || scalar == "(" || scalar == "[" || scalar == "\u{2018}"
            #expect(SentenceSplitter.startsSentence(at: 0, in: [value]) == expected, "\(value)")
        }
    }

    /// `isAbbreviation` looks a token up only when it is at most six letters.
    @Test func abbreviationsAreShortLetterTokens() {
        for abbreviation in SentenceSplitter.abbreviations {
            #expect(abbreviation.utf8.count <= 6 && abbreviation.allSatisfy { $0.isASCII && $0.isLetter }, "\(abbreviation)")
        }
    }

    /// The numeric lookup of letter tokens against the set of names.
    @Test func abbreviationKeysFindExactlyTheAbbreviations() {
        var tokens = Array(SentenceSplitter.abbreviations)
        tokens += [
            "M", "Mrx", "mr", "MR", "Gen", "Gens", "Ge", "Sepx", "Sept", "approx", "approX", "a", "Z", "Inc", "In", "zzzzzz",
        ]
        for abbreviation in SentenceSplitter.abbreviations {
            tokens.append(String(abbreviation.dropLast()))
            tokens.append(abbreviation + "s")
            tokens.append(abbreviation.uppercased())
        }
        for token in tokens where token.utf8.count <= 6 {
            #expect(
                SentenceSplitter.isAbbreviationKey(SentenceSplitter.key(of: Array(token.utf8)[...]))
                    == SentenceSplitter.abbreviations.contains(token), "\(token)")
        }
    }

    /// The sentence search against a look through all the sentences, at every offset of real
    /// articles (their title, paragraph gaps and dropped lines included).
    @Test func sentenceSearchFindsTheSentenceHoldingEachOffset() {
        let articles = RealArticles.first(30)
        #expect(articles.count == 30)
        for article in articles {
            let document = TestLexicons.document(article)
            for offset in -1...(document.bytes.count + 1) {
                #expect(document.sentence(containing: offset) == document.sentences.first { $0.range.contains(offset) })
            }
        }
    }

    @Test func withoutBlankLinesEachLineIsAParagraph() {
        let document = TestLexicons.document("One.\nTwo.\nThree.")
        #expect(document.paragraphs.count == 3)
    }

    @Test func curlyAndStraightQuotesArePaired() {
        let document = TestLexicons.document("He said “we will not stop now” and \"they will pay for this\" today.")
        #expect(
            document.quotations.map { document.source.text($0.contentRange) } == [
                "we will not stop now", "they will pay for this",
            ])
        #expect(document.quotations.allSatisfy { !$0.isUnclosed && !$0.continuesPrevious })
    }

    /// Archives render “ and ” as two apostrophes; a lone apostrophe stays an apostrophe.
    @Test func doubledApostrophesAreQuotationMarks() {
        let document = TestLexicons.document(
            "''We will not stop,'' he said. The players' union's ''offer'' was 'final', it said. ''It is over.''")
        #expect(
            document.quotations.map { document.source.text($0.contentRange) } == [
                "We will not stop,", "offer", "It is over.",
            ])
        #expect(document.quotations.allSatisfy { !$0.isUnclosed })
        #expect(document.sentences.count == 3)
    }

    @Test func multiParagraphQuoteContinues() {
        let text =
            "“We will rebuild every home,” the mayor said. “Every school.\n\n“Every clinic, every road,” she added.\n\nThe end."
        let document = TestLexicons.document(text)
        let quotes = document.quotations
        #expect(quotes.count == 3)
        #expect(quotes[1].isUnclosed)
        #expect(quotes[2].continuesPrevious)
        #expect(document.source.text(quotes[2].contentRange) == "Every clinic, every road,")
    }

    @Test func offsetsMapToLineAndColumnOfTheOriginal() {
        let source = try! InputDecoder.decode(Array("first line\r\nsecond “é” line\n".utf8), name: "x")
        let offset = Array(source.bytes).firstIndex(of: UInt8(ascii: "l"))!
        #expect(source.location(of: offset) == SourceLocation(line: 1, column: 7))
        let lineOffset = source.text(0..<source.bytes.count).utf8.count - " line\n".utf8.count
        #expect(source.location(of: lineOffset) == SourceLocation(line: 2, column: 11))
    }
}

@Suite struct InputDecoderTests {
    @Test func emptyAndBlankInputsAreErrors() {
        #expect(throws: InputProblem.empty(file: "a.txt")) { try InputDecoder.decode([], name: "a.txt") }
        #expect(throws: InputProblem.empty(file: "a.txt")) { try InputDecoder.decode(Array(" \n\t\n".utf8), name: "a.txt") }
    }

    @Test func binaryInputIsAnError() {
        #expect(throws: InputProblem.binary(file: "b.bin", byteOffset: 3)) {
            try InputDecoder.decode([0x50, 0x4B, 0x03, 0x00, 0x14], name: "b.bin")
        }
    }

    @Test func invalidUTF8NamesByteLineAndColumn() {
        let bytes = Array("ok\nbad é ".utf8) + [0xE9] + Array(" end".utf8)
        let expected = InputProblem.invalidUTF8(file: "c.txt", byteOffset: 10, location: SourceLocation(line: 2, column: 7))
        #expect(throws: expected) { try InputDecoder.decode(bytes, name: "c.txt") }
        #expect(expected.description.hasPrefix("c.txt:2:7: invalid UTF-8 at byte 10"))
    }

    @Test func missingFileAndDirectoryAreErrors() {
        #expect(throws: InputProblem.unreadable(file: "/nonexistent.txt", reason: "no such file")) {
            try InputDecoder.read(path: "/nonexistent.txt")
        }
        #expect(throws: InputProblem.unreadable(file: "/tmp", reason: "is a directory")) { try InputDecoder.read(path: "/tmp") }
    }

    @Test func byteOrderMarkIsNotText() throws {
        let source = try InputDecoder.decode([0xEF, 0xBB, 0xBF] + Array("Hi.".utf8), name: "bom.txt")
        let document = Segmenter(debris: []).segment(source, scratch: .init())
        #expect(document.source.text(document.paragraphs[0].range) == "Hi.")
    }
}

@Suite struct RunTogetherSentenceTests {
    @Test func scrapedTextWithoutASpaceStillSplits() {
        let document = TestLexicons.document(
            "More than 700 people have died in Israel.Israel struck a market in Gaza. Ph.D. students and the U.S.Army stayed.")
        #expect(
            document.sentences.map { document.source.text($0.range) } == [
                "More than 700 people have died in Israel.", "Israel struck a market in Gaza.",
                "Ph.D. students and the U.S.Army stayed.",
            ])
    }
}
