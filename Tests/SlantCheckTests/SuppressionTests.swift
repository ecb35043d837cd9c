import SlantCore
import Testing

/// Inline suppressions in Markdown, HTML and plain text: used ones hide their finding and keep
/// the reason; unused, reasonless and misspelled ones are warnings.
@Suite struct SuppressionTests {
    @Test func suppressionsFixture() throws {
        let file = try CheckFixtures.check(file: CheckFixtures.path("suppressions.md"))
        let reported = file.findings.map { "\($0.location.line) \($0.ruleID)" }
        #expect(
            reported == [
                "6 label.terrorists",  // quoted: info
                "8 slant.suppression-without-reason",
                "13 verb.accused",
                "15 loaded.massacre",  // after slant-enable
                "17 slant.unused-suppression",  // nothing on the next line
                "20 slant.unused-suppression",  // misspelled rule id
                "21 loaded.aggression",  // so the real finding stays
                "23 slant.malformed-suppression",
            ])
        let suppressed = file.suppressed.map { "\($0.finding.location.line) \($0.finding.ruleID) \($0.reason ?? "-")" }
        #expect(
            suppressed == [
                "4 loaded.aggression the ministry's own phrase, reported as its statement in the next paragraph",
                "9 label.terrorists -",
                "12 loaded.massacre the court's ruling uses the word; see the legal desk's note",
                "13 loaded.massacre the court's ruling uses the word; see the legal desk's note",
            ])
        #expect(file.suppressed.allSatisfy { $0.kind == .inSource })
        let typo = try #require(file.findings.first { $0.location.line == 20 })
        #expect(typo.message.contains("there is no rule 'loaded.agression' (did you mean 'loaded.aggression'?)"))
        #expect(typo.severity == .warning)
        #expect(typo.location == SourceLocation(line: 20, column: 1))
    }

    @Test func plainTextDirectiveLinesAreRemovedFromTheProse() throws {
        // One paragraph per line and no blank line: removing (not blanking) the directive line
        // keeps the lines as separate paragraphs and the findings where they were.
        let text = """
            Hamas said the talks had failed.
            [slant-disable-next-line label.militant-group -- house style on second reference]
            The militant group said it would return.
            The militant group walked out.
            """
        let file = try CheckFixtures.check(text)
        #expect(file.suppressed.map(\.finding.location) == [SourceLocation(line: 3, column: 5)])
        #expect(
            file.findings.filter { $0.ruleID == "label.militant-group" }.map(\.location) == [SourceLocation(line: 4, column: 5)])
        let plain = try CheckFixtures.check(text.replacingOccurrences(of: "[slant-disable-next-line", with: "[not-a-directive"))
        #expect(plain.findings.filter { $0.ruleID == "label.militant-group" }.count == 2)
    }

    @Test func disableLineAndDisableAllInMarkdown() throws {
        let text = """
            The militant group walked out. <!-- slant-disable-line label.militant-group -- second reference -->

            <!-- slant-disable -- a quoted manifesto follows -->
            The militant group must demonstrate that it wants peace.
            <!-- slant-enable -->
            The militant group left.
            """
        let file = try CheckFixtures.check(text, name: "story.md")
        #expect(
            file.suppressed.map(\.finding.ruleID).sorted() == [
                "label.militant-group", "label.militant-group", "prescriptive.must-action", "verb.wants",
            ])
        #expect(file.findings.map { "\($0.location.line) \($0.ruleID)" } == ["6 label.militant-group"])
    }

    @Test func htmlCommentsSuppressOnThePageLines() throws {
        let html = """
            <html><body><article>
            <!-- slant-disable-next-line label.militant-group -- second reference -->
            <p>The militant group walked out.</p>
            <p>The militant group left.</p>
            </article></body></html>
            """
        let file = try CheckFixtures.check(html, name: "story.html")
        #expect(file.suppressed.map(\.finding.location) == [SourceLocation(line: 3, column: 8)])
        #expect(file.findings.map(\.location) == [SourceLocation(line: 4, column: 8)])
    }

    @Test func reasonsCanBeOptional() throws {
        let text = "<!-- slant-disable-next-line label.militant-group -->\nThe militant group walked out.\n"
        let strict = try CheckFixtures.check(text, name: "story.md")
        #expect(strict.findings.map(\.ruleID) == ["slant.suppression-without-reason"])
        let relaxed = try CheckFixtures.check(
            text, name: "story.md", configuration: try CheckFixtures.configuration("require_suppression_reason: false\n"))
        #expect(relaxed.findings.isEmpty)
        #expect(relaxed.suppressed.count == 1)
    }

    @Test func suppressionOfADisabledRuleIsUnusedAndSaysWhy() throws {
        let text = "<!-- slant-disable-next-line label.militant-group -- style -->\nThe militant group walked out.\n"
        let file = try CheckFixtures.check(
            text, name: "story.md", configuration: try CheckFixtures.configuration("disable: [label.militant-group]\n"))
        #expect(file.findings.map(\.ruleID) == ["slant.unused-suppression"])
        #expect(file.findings.first?.message.contains("the rule is disabled in the configuration") == true)
    }

    @Test func directiveGrammar() {
        let at = SourceLocation(line: 1, column: 1)
        guard
            case .directive(let directive) = SuppressionDirective.parse(
                " slant-disable-next-line a.b, c.d -- why -- it stands ", start: at, end: at)
        else {
            Issue.record("not parsed")
            return
        }
        #expect(directive.kind == .disableNextLine)
        #expect(directive.ruleIDs == ["a.b", "c.d"])
        #expect(directive.reason == "why -- it stands")
        #expect(SuppressionDirective.parse("an ordinary comment", start: at, end: at) == .none)
        if case .malformed(let message) = SuppressionDirective.parse("slant-ignore x", start: at, end: at) {
            #expect(message.contains("'slant-ignore' is not a slant directive"))
        } else {
            Issue.record("slant-ignore should be malformed")
        }
    }
}
