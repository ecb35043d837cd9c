import Foundation
import PCRE2
import SlantCore
import Testing

/// What is prose in Markdown and HTML, and locations that point into the file as written.
@Suite struct MarkupTests {
    @Test func markdownTermsInCodeFrontMatterAndURLsAreNotFindings() throws {
        let markdown = try CheckFixtures.check(file: CheckFixtures.path("code-only.md"))
        #expect(markdown.findings.isEmpty, "\(CheckFixtures.signature(markdown.findings))")
        // The same file read as plain text: every hidden place does hold a loaded term.
        let asText = try CheckFixtures.check(file: CheckFixtures.path("code-only.md"), markup: .text)
        let lines = Set(asText.findings.map(\.location.line))
        let hidden: [(String, Int)] = [
            ("front matter", 3), ("front matter", 4), ("link URL", 10), ("angle-bracket URL", 11), ("bare URL", 12),
            ("fenced code", 17), ("tilde fence", 21), ("indented code", 26), ("inline code", 28), ("image URL", 29),
            ("tag attribute", 30), ("comment", 32), ("reference definition", 34),
        ]
        for (place, line) in hidden { #expect(lines.contains(line), "no loaded term on line \(line) (\(place)) to hide") }
    }

    @Test func markdownProseAroundMarkupIsStillChecked() throws {
        let text = """
            ---
            title: x
            ---
            ## The **militant group** walked out ##

            > “We will not stop,” said a [spokesman](https://example.com/x) of the `group`, calling it a *massacre*.

            - The [militant group](https://example.com) left.
            """
        let file = try CheckFixtures.check(text, name: "story.md")
        #expect(
            file.findings.map { "\($0.location) \($0.text)" } == [
                "4:10 militant group", "6:95 massacre", "8:8 militant group",
            ])
    }

    @Test func markdownColumnsCountCharactersOfTheFile() throws {
        // Blanked markup before the term on the same line holds multi-byte characters.
        let file = try CheckFixtures.check("Entry `naïve – “code”` — the militant group left.\n", name: "story.md")
        let finding = try #require(file.findings.first)
        #expect(finding.location == SourceLocation(line: 1, column: 30))
        let bytes = Array("Entry `naïve – “code”` — the militant group left.\n".utf8)
        #expect(String(decoding: bytes[finding.start..<finding.end], as: UTF8.self) == "militant group")
    }

    @Test func htmlPageOfTheSampleGivesTheSameFindingsAsTheText() throws {
        let text = try CheckFixtures.check(file: CheckFixtures.sample)
        let html = try CheckFixtures.check(file: CheckFixtures.path("cairo-talks.html"))
        #expect(html.markup == .html)
        #expect(CheckFixtures.signature(html.findings) == CheckFixtures.signature(text.findings))
        #expect(html.findings.count == 15)
        // Nothing from the head, navigation, share bar, figure, aside, ads, footer or scripts.
        let outside = ["terrorism", "terrorists", "massacre", "genocide", "zionist", "martyrs", "holocaust"]
        #expect(!html.findings.contains { finding in outside.contains { finding.text.lowercased().contains($0) } })
    }

    @Test func htmlLocationsPointIntoThePage() throws {
        let page = try CheckFixtures.read(CheckFixtures.path("cairo-talks.html"))
        let html = try CheckFixtures.check(file: CheckFixtures.path("cairo-talks.html"))
        for finding in html.findings {
            // The finding's bytes in the page are its text (tags aside, entities decoded).
            let written = page.text(finding.start..<finding.end)
            #expect(written.replacingOccurrences(of: "\n", with: " ").replacing(#/ +/#, with: " ") == finding.text)
            #expect(page.location(of: finding.start) == finding.location)
            #expect(finding.location.line > 30)  // inside <main>, not the head
        }
        let militantGroup = try #require(html.findings.first { $0.ruleID == "label.militant-group" })
        let line = page.text(page.lineRange(militantGroup.location.line))
        let column = line.unicodeScalars.index(line.unicodeScalars.startIndex, offsetBy: militantGroup.location.column - 1)
        #expect(String(line.unicodeScalars[column...]).hasPrefix("militant group"))
    }

    @Test func htmlEntitiesAreDecodedAndMapBack() throws {
        let html =
            "<html><body><article><p>Gaza&rsquo;s &ldquo;militant group&rdquo; &amp; the&nbsp;militant&#160;group.</p></article></body></html>"
        let source = try InputDecoder.decode(Array(html.utf8), name: "page.html")
        let prose = ProseExtractor.extract(source, markup: .html)
        #expect(prose.prose.utf8.string == "Gaza’s “militant group” & the militant group.")
        let file = try CheckFixtures.check(html, name: "page.html")
        #expect(file.findings.map { source.text($0.start..<$0.end) } == ["militant group", "militant&#160;group"])
        #expect(file.findings.map(\.text) == ["militant group", "militant group"])
    }

    @Test func htmlWithoutArticleUsesMainThenBody() throws {
        let main = "<html><body><header>The militant group</header><main><p>The militant group left.</p></main></body></html>"
        #expect(try CheckFixtures.check(main, name: "a.html").findings.count == 1)
        let body =
            "<body><header>The militant group</header><p>The militant group left.</p><footer>militant group</footer></body>"
        #expect(try CheckFixtures.check(body, name: "b.html").findings.map(\.location.column) == [49])
    }

    @Test func markupIsDetectedByExtensionThenContent() {
        #expect(MarkupKind.detect(path: "a/story.MD", bytes: []) == .markdown)
        #expect(MarkupKind.detect(path: "page.htm", bytes: []) == .html)
        #expect(MarkupKind.detect(path: "-", bytes: Array("  <!DOCTYPE html><html>".utf8)) == .html)
        #expect(MarkupKind.detect(path: "story.txt", bytes: Array("Hamas said.".utf8)) == .text)
    }

    @Test func textOriginMapsOffsetsAndRanges() throws {
        let file = SourceText(name: "f", utf8: ValidUTF8("ab&amp;cd\nef"))
        let origin = TextOrigin(
            file: file,
            pieces: [
                .init(text: 0..<2, file: 0..<2, verbatim: true), .init(text: 2..<3, file: 2..<7, verbatim: false),
                .init(text: 3..<5, file: 7..<9, verbatim: true), .init(text: 5..<6, file: 9..<10, verbatim: false),
                .init(text: 6..<8, file: 10..<12, verbatim: true),
            ])
        #expect(origin.fileOffset(of: 1) == 1)
        #expect(origin.fileOffset(of: 2) == 2)
        #expect(origin.fileOffset(of: 4) == 8)
        #expect(origin.fileRange(of: 1..<4) == 1..<8)
        #expect(origin.fileRange(of: 2..<3) == 2..<7)
        #expect(origin.fileRange(of: 6..<8) == 10..<12)
        let derived = SourceText(name: "f", utf8: ValidUTF8("ab&cd ef"), origin: origin)
        #expect(derived.location(of: 6) == SourceLocation(line: 2, column: 1))
        #expect(derived.span(6..<8).start == 6)  // the engine's offsets are the analysed ones
    }
}
