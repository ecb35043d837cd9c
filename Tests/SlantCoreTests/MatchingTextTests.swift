import PCRE2
import Testing

@testable import SlantCore

/// The text patterns run over, and the way back from its offsets to the article's.
@Suite struct MatchingTextTests {
    static func view(_ article: String) -> String { MatchingText(ValidUTF8(article)).text.string }

    /// The matching text of `paragraph` as one paragraph of an article (followed by a blank line).
    static func paragraphView(_ paragraph: String) -> String {
        String(view(paragraph + "\n\nNext.").dropLast("\n\nNext.".count))
    }

    @Test func plainArticleIsMatchedAsItIs() {
        let article = ValidUTF8("Headline\n\nOne paragraph, single spaces.\n\nAnother; “curly” — é.\n")
        let matching = MatchingText(article)
        #expect(matching.text == article)
        #expect(matching.offsets == nil)
    }

    @Test func spacingRunsBecomeOneSpace() {
        #expect(Self.paragraphView("militant\ngroup") == "militant group")
        #expect(Self.paragraphView("militant\tgroup") == "militant group")
        #expect(Self.paragraphView("militant  group") == "militant group")
        #expect(Self.paragraphView("militant \r\n group") == "militant group")
        #expect(Self.paragraphView("militant\u{A0}group") == "militant group")
        #expect(
            Self.paragraphView("militant\u{2009}group\u{202F}x\u{3000}y\u{1680}z\u{205F}w\u{85}v\u{2028}u")
                == "militant group x y z w v u"
        )
        // Eight-byte words on both sides of the run: the word-wide test must see it wherever it falls.
        for padding in 0..<10 {
            let word = String(repeating: "a", count: padding)
            #expect(Self.paragraphView("\(word)x  y\(word)") == "\(word)x y\(word)")
            #expect(Self.paragraphView("\(word)x \u{A0} y\(word)") == "\(word)x y\(word)")
        }
    }

    @Test func blankLinesStayParagraphBreaks() {
        #expect(Self.view("militant\n\ngroup") == "militant\n\ngroup")
        #expect(Self.view("militant \r\n\r\n group") == "militant \r\n\r\n group")
        #expect(Self.view("militant\u{2029}group") == "militant\u{2029}group")
        #expect(Self.view("a  b\n\nc\nd") == "a b\n\nc d")
    }

    /// Without any blank line, `Segmenter` takes each line for a paragraph: so does matching.
    @Test func linesOfATextWithoutBlankLinesStayParagraphs() {
        #expect(Self.view("Gaza militant\ngroup  says\tno") == "Gaza militant\ngroup says no")
        #expect(Self.view("Gaza militant\r\ngroup") == "Gaza militant\r\ngroup")
        #expect(Self.view("Gaza militant\ngroup\n\n") == "Gaza militant group\n\n")
        #expect(Self.view("\n\nGaza militant\ngroup") == "\n\nGaza militant\ngroup")
    }

    @Test func invisibleCharactersInsideWordsAreDropped() {
        for invisible in ["\u{AD}", "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}", "\u{200E}", "\u{2066}"] {
            #expect(
                Self.paragraphView("ter\(invisible)ror") == "terror",
                "U+\(String(invisible.unicodeScalars.first!.value, radix: 16))")
            #expect(Self.paragraphView("terror \(invisible)attacks") == "terror attacks")
        }
        #expect(Self.view("ter\u{AD}\u{AD}ror") == "terror")
        // Not spacing: letters, quotes and dashes outside ASCII are kept.
        #expect(Self.view("naïve — “x” ’s ſ \u{212A}") == "naïve — “x” ’s ſ \u{212A}")
    }

    @Test func matchesMapToTheArticlesBytes() throws {
        let article = ValidUTF8("The \u{200B}militant\u{A0}\u{A0}group's ter\u{AD}ror\u{200D}.\n\nNext.")
        let matching = MatchingText(article)
        #expect(matching.text.string == "The militant group's terror.\n\nNext.")
        let group = try Regex(#"\bmilitant group\b"#).matches(in: matching.text).map(matching.originalRange)
        #expect(group.map { article[$0] } == ["militant\u{A0}\u{A0}group"])
        // The invisible character inside is covered, the ones at the edges are not.
        let terror = try Regex(#"\bterror\b"#).matches(in: matching.text).map(matching.originalRange)
        #expect(terror.map { article[$0] } == ["ter\u{AD}ror"])
        // A space standing for a run covers the whole run, at either end of a match.
        let spaceFirst = try Regex(#"\s+group"#).matches(in: matching.text).map(matching.originalRange)
        #expect(spaceFirst.map { article[$0] } == ["\u{A0}\u{A0}group"])
        let spaceLast = try Regex(#"militant\s"#).matches(in: matching.text).map(matching.originalRange)
        #expect(spaceLast.map { article[$0] } == ["militant\u{A0}\u{A0}"])
    }

    /// Random articles over an alphabet of words, punctuation, spacing and invisible characters:
    /// for every range of the matching text from one word character to another, the article's
    /// range it maps to starts and ends on character boundaries and normalises to the same text.
    @Test func mappedRangesNormaliseBackToTheMatchedText() {
        let pieces = [
            "ab", "Z", "é", "’", ".", " ", " ", " ", "  ", "\n", "\n\n", "\r\n", "\t", "\u{A0}", "\u{2009}", "\u{AD}",
            "\u{200B}", "\u{FEFF}", "\u{2029}", "\u{3000}",
        ]
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ bound: Int) -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int((state >> 33) % UInt64(bound))
        }
        for _ in 0..<300 {
            // Ending with a blank line: an article whose blank lines make the paragraphs.
            let article = ValidUTF8((0..<(1 + next(40))).map { _ in pieces[next(pieces.count)] }.joined() + "\n\n")
            let matching = MatchingText(article)
            let view = matching.text.bytes
            let wordStarts = view.indices.filter { view[$0] == UInt8(ascii: "a") || view[$0] == UInt8(ascii: "Z") }
            for start in wordStarts {
                for last in wordStarts where last >= start {
                    let original = matching.originalRange(start..<(last + 1))
                    #expect(article.bytes[original.lowerBound] == view[start])
                    #expect(article.bytes[original.upperBound - 1] == view[last])
                    #expect(
                        Self.paragraphView(article[original]) == String(decoding: view[start...last], as: UTF8.self),
                        "\(article.string.debugDescription) \(start)...\(last)")
                }
            }
        }
    }
}
