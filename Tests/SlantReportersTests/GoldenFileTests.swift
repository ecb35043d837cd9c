import Foundation
import SlantCore
import SlantDefaultLexicons
import TestSupport
import Testing

@testable import SlantReporters

/// Each reporter on a fixture set, compared byte for byte with committed golden files.
/// Regenerate them with `SLANT_UPDATE_GOLDEN=1 swift test --filter GoldenFileTests`.
@Suite struct GoldenFileTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..").standardized
    static let golden = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden")

    static let auditor = Auditor(compiled: DefaultLexicon.compiled)

    /// Fixtures: the specification article (the committed example report) and small articles
    /// for the report's edge cases.
    static let fixtures: [(name: String, text: String)] = [
        (
            "quoted-both-sides",
            "Talks stall in Cairo\n\n“We will not stop until the hostages are home,” the Israeli military said on Sunday.\n\nA Hamas spokesman said the group would “resist the occupation forces” and accused Israel of a massacre in Jabalia.\n\nThe United Nations urged restraint."
        ),
        ("no-voices", "Rain fell over Gaza on Tuesday.\n\nMarkets were closed. Advertisement"),
    ]

    static func audit(_ name: String, _ text: String) -> ArticleAudit {
        auditor.audit(source(name, text))
    }

    static func source(_ name: String, _ text: String) -> SourceText {
        try! InputDecoder.decode(Array(text.utf8), name: "\(name).txt")
    }

    /// The reporter `slant audit --format` picks, with the default lexicon's rule notes (the HTML page shows them).
    static func reporter(_ format: String) -> (any AuditReporter)? {
        AuditReporters.reporter(for: format, rules: DefaultLexicon.compiled.lexicon.rules)
    }

    func check(_ rendered: String, against url: URL) throws {
        if ProcessInfo.processInfo.environment["SLANT_UPDATE_GOLDEN"] == "1" {
            try rendered.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(rendered == expected, "\(url.lastPathComponent) drifted; regenerate with SLANT_UPDATE_GOLDEN=1")
    }

    @Test(arguments: ["markdown", "json", "html"])
    func sampleArticleMatchesTheCommittedExample(format: String) throws {
        let reporter = try #require(Self.reporter(format))
        let path = "Examples/cairo-talks.txt"
        let bytes = try Data(contentsOf: Self.root.appendingPathComponent(path))
        let source = try InputDecoder.decode(Array(bytes), name: path)
        // As `slant audit` does: the side pack chosen from the article, and said in the report.
        let auditor = SidePackAuditor(
            lexicon: DefaultLexicon.compiled.lexicon, compiled: DefaultLexicon.compiled, chosen: nil)
        let url = Self.root.appendingPathComponent("Reports/examples/cairo-talks.\(type(of: reporter).fileExtension)")
        try check(reporter.render(auditor.audit(source), source: source), against: url)
    }

    @Test(arguments: ["markdown", "json", "html"])
    func fixturesMatchTheirGoldenFiles(format: String) throws {
        let reporter = try #require(Self.reporter(format))
        for fixture in Self.fixtures {
            let source = Self.source(fixture.name, fixture.text)
            let rendered = reporter.render(Self.auditor.audit(source), source: source)
            try check(
                rendered, against: Self.golden.appendingPathComponent("\(fixture.name).\(type(of: reporter).fileExtension)"))
        }
    }

    @Test func jsonRoundTripsAndIsVersioned() throws {
        let audit = Self.audit("quoted-both-sides", Self.fixtures[0].text)
        let json = JSONAuditReporter().render(audit)
        let decoded = try JSONDecoder().decode(ArticleAudit.self, from: Data(json.utf8))
        #expect(decoded.schemaVersion == ArticleAudit.currentSchemaVersion)
        #expect(decoded.findings == audit.findings)
        #expect(JSONAuditReporter().render(decoded) == json)
    }

    @Test func markdownHasEverySectionAReaderNeeds() {
        let markdown = MarkdownAuditReporter().render(Self.audit("quoted-both-sides", Self.fixtures[0].text))
        for heading in [
            "# Framing audit: Talks stall in Cairo", "## Verdict:", "## Who gets to speak", "```mermaid\npie",
            "## Loaded language", "## Attributions", "## What this audit cannot see", "## Provenance",
        ] {
            #expect(markdown.contains(heading), "missing \(heading)")
        }
    }

    @Test func tableCellsAreEscaped() {
        var table = MarkdownTable("a", "b")
        table.add("x | y", "line\nbreak")
        #expect(table.rendered == "| a | b |\n|---|---|\n| x \\| y | line break |\n")
    }
}
