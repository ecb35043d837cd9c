import Foundation
import PCRE2
import Testing

@testable import SlantCore

/// Markup that never closes (thousands of `<!--`, `<a `, `[` or `(`) costs work in proportion
/// to its length. The counters are the bytes the scans read; a quadratic scan of these inputs
/// would read thousands of times more.
@Suite struct HostileMarkupTests {
    static func source(_ text: String, name: String) throws -> SourceText {
        try InputDecoder.decode(Array(text.utf8), name: name)
    }

    @Test func htmlTagsWithoutClosingBracketAreReadOnce() {
        let bytes = Array(String(repeating: "<a ", count: 200_000).utf8)
        var work = 0
        let tokens = HTMLTokenizer.tokenize(bytes, work: &work)
        #expect(tokens.count == 1, "the page is one run of text")
        #expect(work <= 4 * bytes.count, "read \(work) bytes for a page of \(bytes.count)")
    }

    @Test func htmlTagsWithQuotedValuesThatNeverCloseAreReadOnce() {
        let bytes = Array((String(repeating: "<a href=x title='y' ", count: 50_000) + "<b c=\"").utf8)
        var work = 0
        _ = HTMLTokenizer.tokenize(bytes, work: &work)
        #expect(work <= 4 * bytes.count, "read \(work) bytes for a page of \(bytes.count)")
    }

    @Test func unclosedTagsStillBecomeTextAndLaterTagsStillParse() {
        let html = "<p>one <a title=\"x> two</p><p>three</p>"
        let tokens = HTMLTokenizer.tokenize(Array(html.utf8))
        // The quote never closes, so the `<a` finds no `>` and is text, as before; the tags after
        // it are still tags.
        let tags = tokens.compactMap { token -> String? in
            if case .startTag(let name, _, _, _) = token { return name }
            if case .endTag(let name, _) = token { return "/" + name }
            return nil
        }
        #expect(tags == ["p", "/p", "p", "/p"])
    }

    @Test func matchingEndTagsAgreeWithCountingNestedTags() {
        let html = "<div><nav><div></div><nav></nav></div><p></nav><nav><br><div></div></div><section></section></nav>"
        let tokens = HTMLTokenizer.tokenize(Array(html.utf8))
        let ends = MatchingEndTags(tokens)
        for index in tokens.indices {
            guard case .startTag(let name, _, _, false) = tokens[index] else { continue }
            // The definition: the first end tag of the name after it at nesting depth zero.
            var depth = 0
            var expected: Int?
            for position in (index + 1)..<tokens.count {
                if case .startTag(name, _, _, false) = tokens[position] { depth += 1 }
                if case .endTag(name, _) = tokens[position] {
                    if depth == 0 {
                        expected = position
                        break
                    }
                    depth -= 1
                }
            }
            #expect(ends.end(of: index) == expected, "start tag \(index) <\(name)>")
        }
    }

    @Test func thousandsOfUnclosedBoilerplateElementsAreSkippedInOnePass() throws {
        // Each `<nav>` used to look for its `</nav>` through the rest of the page.
        let html = "<body><p>Hamas militants fired.</p>" + String(repeating: "<nav>x ", count: 20_000) + "</body>"
        let prose = ProseExtractor.extract(try Self.source(html, name: "page.html"), markup: .html)
        #expect(prose.prose.text(0..<prose.prose.bytes.count).hasPrefix("Hamas militants fired."))
    }

    @Test func markdownCommentsThatNeverCloseAreSearchedOnce() throws {
        let text = String(repeating: "a <!-- b ", count: 16_000)
        var work = 0
        let prose = MarkdownProse.extract(try Self.source(text, name: "story.md"), work: &work)
        #expect(prose.candidates.isEmpty)
        #expect(work <= 2 * text.utf8.count, "read \(work) bytes for a file of \(text.utf8.count)")
    }

    @Test func markdownCommentsThatCloseAreStillDirectiveCandidates() throws {
        let text = "a <!-- slant-disable-line --> b <!-- c --> d <!-- e"
        let prose = MarkdownProse.extract(try Self.source(text, name: "story.md"))
        #expect(prose.candidates.map(\.body) == ["slant-disable-line", "c"])
    }

    @Test func markdownBracketsAndParenthesesThatNeverCloseAreReadOnce() throws {
        for text in [String(repeating: "[a ", count: 30_000), String(repeating: "[a](b ", count: 30_000)] {
            var work = 0
            _ = MarkdownProse.extract(try Self.source(text, name: "story.md"), work: &work)
            #expect(work <= 4 * text.utf8.count, "read \(work) bytes for a file of \(text.utf8.count)")
        }
    }

    @Test func markdownLinksNestedAndEscapedStillBlankTheirDestinations() throws {
        let text = "See [the [inner] text](https://x.example/a_(b)) and [ref][r] or \\[not](a link)."
        let prose = MarkdownProse.extract(try Self.source(text, name: "story.md"))
        let blanked = prose.prose.text(0..<prose.prose.bytes.count)
        #expect(!blanked.contains("x.example"))
        #expect(blanked.contains("the [inner] text"))
        #expect(blanked.contains("(a link)"))
    }
}
