import Foundation
import PCRE2
import Testing

@testable import SlantCore

/// Issue 12: a line break, tab, double space or no-break space between the words of a phrase,
/// or an invisible character inside a word, must not hide it from the lexicon; the span found
/// is still the article's bytes. Checked on every example of the default lexicon, through the
/// audit's fast scanner.
@Suite struct SpacingProofMatchingTests {
    static let lexicon = TestLexicons.defaults
    static let fast = PrefilteredPatternScanner(patterns: lexicon.patterns.all)

    /// A rule's or a side's examples, with the patterns that must find them.
    struct Owner {
        let id: String
        let examples: RuleExamples
        let patterns: [Int]
        let exceptions: [Int]
    }

    static let owners: [Owner] =
        lexicon.rules.indices.map {
            Owner(
                id: lexicon.rules[$0].rule.id, examples: lexicon.rules[$0].rule.examples,
                patterns: lexicon.patterns.rulePatterns[$0], exceptions: lexicon.patterns.ruleExceptions[$0])
        }
        + lexicon.sides.map { side in
            Owner(
                id: side.id, examples: side.examples,
                patterns: lexicon.actors.indices.filter { lexicon.actors[$0].side.id == side.id }.flatMap {
                    lexicon.patterns.actorPatterns[$0]
                }, exceptions: [])
        }

    /// A `match` example split around its bracketed span.
    struct MarkedExample {
        let owner: Owner
        let before: String
        let span: String
        let after: String
    }

    static let marked: [MarkedExample] = owners.flatMap { owner in
        owner.examples.match.compactMap { example -> MarkedExample? in
            guard let open = example.range(of: "[["),
                let close = example.range(of: "]]", range: open.upperBound..<example.endIndex)
            else { return nil }
            return MarkedExample(
                owner: owner, before: String(example[..<open.lowerBound]),
                span: String(example[open.upperBound..<close.lowerBound]),
                after: String(example[close.upperBound...]))
        }
    }

    /// The owner's matches in `text`, a paragraph of an article (a blank line follows it), as
    /// the audit finds them: one scan, patterns and exceptions combined. (In a text without a
    /// blank line each line is a paragraph, and no phrase goes on across one.)
    static func matches(of owner: Owner, in text: String, scratch: MatchScratch) -> [Range<Int>] {
        let scan = fast.scan(ValidUTF8(text + "\n\n"), scratch: scratch)
        return CompiledRule.combine(
            patternMatches: owner.patterns.flatMap { scan.matches[$0] },
            exceptionMatches: owner.exceptions.flatMap { scan.matches[$0] })
    }

    /// Whether the owner finds exactly `span` between `before` and `after`.
    static func findsSpan(_ owner: Owner, before: String, span: String, after: String, scratch: MatchScratch) -> Bool {
        let start = before.utf8.count
        return matches(of: owner, in: before + span + after, scratch: scratch).contains(start..<(start + span.utf8.count))
    }

    static let separators = ["\n", "\t", "  ", "\u{A0}", "\r\n", "\u{2009}", "\u{202F}", " \n ", "\u{200B} "]

    @Test func enoughExamplesAreChecked() {
        #expect(Self.marked.filter { $0.span.contains(" ") }.count >= 100)
    }

    @Test func phrasesMatchAcrossAnySpacingBetweenTheirWords() {
        let scratch = MatchScratch()
        for example in Self.marked where example.span.contains(" ") {
            for separator in Self.separators {
                let span = example.span.replacingOccurrences(of: " ", with: separator)
                #expect(
                    Self.findsSpan(example.owner, before: example.before, span: span, after: example.after, scratch: scratch),
                    "\(example.owner.id): \(span.debugDescription)")
                // The words around it re-spaced too: lookbehinds and lookaheads see them as spaces.
                #expect(
                    Self.findsSpan(
                        example.owner, before: example.before.replacingOccurrences(of: " ", with: separator), span: span,
                        after: example.after.replacingOccurrences(of: " ", with: separator), scratch: scratch),
                    "\(example.owner.id): whole example with \(separator.debugDescription)")
            }
        }
    }

    /// `no_match` examples (often a phrase an exception or a lookahead rules out) stay unmatched
    /// when their spaces are line breaks or no-break spaces.
    @Test func exclusionsHoldAcrossAnySpacing() {
        let scratch = MatchScratch()
        for owner in Self.owners {
            for example in owner.examples.noMatch {
                for separator in ["\n", "\u{A0}", "  "] {
                    let text = example.replacingOccurrences(of: " ", with: separator)
                    let found = Self.matches(of: owner, in: text, scratch: scratch)
                    #expect(found.isEmpty, "\(owner.id): \(text.debugDescription) matched \(found.map { ValidUTF8(text)[$0] })")
                }
            }
        }
    }

    static let invisibles = ["\u{200B}", "\u{AD}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{FEFF}"]

    /// An invisible character between any two letters of the span: the span is still found,
    /// from its first byte to its last, invisible character included.
    @Test func wordsMatchWithInvisibleCharactersInside() {
        let scratch = MatchScratch()
        for example in Self.marked {
            let characters = Array(example.span)
            for position in characters.indices.dropFirst()
            where characters[position - 1].isLetter && characters[position].isLetter {
                for invisible in Self.invisibles {
                    let span = String(characters[..<position]) + invisible + String(characters[position...])
                    #expect(
                        Self.findsSpan(example.owner, before: example.before, span: span, after: example.after, scratch: scratch),
                        "\(example.owner.id): \(span.debugDescription)")
                }
            }
        }
    }

    /// Patterns write an apostrophe as `['’]`: every `match` example with one still matches,
    /// the same number of times, with the other.
    @Test func straightAndCurlyApostrophesMatchAlike() {
        let scratch = MatchScratch()
        var checked = 0
        for owner in Self.owners {
            for example in owner.examples.match where example.contains("'") || example.contains("’") {
                let text = LexiconExampleRunner.stripMarkers(example).text
                let swapped = String(text.map { $0 == "'" ? "’" : $0 == "’" ? "'" : $0 })
                #expect(
                    Self.matches(of: owner, in: swapped, scratch: scratch).count
                        == Self.matches(of: owner, in: text, scratch: scratch).count, "\(owner.id): \(swapped)")
                checked += 1
            }
        }
        #expect(checked >= 10)
    }

    /// The example runner (`slant lexicon test`) matches as the audit does.
    @Test func compiledRuleMatchesLikeTheScan() throws {
        let scratch = MatchScratch()
        for (index, compiled) in Self.lexicon.rules.enumerated() {
            for example in compiled.rule.examples.match {
                let text = LexiconExampleRunner.stripMarkers(example).text.replacingOccurrences(of: " ", with: "\n")
                    .replacingOccurrences(of: "e", with: "e\u{AD}")
                #expect(
                    try compiled.matches(in: ValidUTF8(text + "\n\n"), scratch: scratch)
                        == Self.matches(of: Self.owners[index], in: text, scratch: scratch))
            }
        }
    }
}
