import Foundation
import SlantBatch
import SlantCore
import Testing

/// Part 2 of issue 14: lines an article repeats are dropped like debris and counted, and
/// characteristic terms count articles (document frequency), not hits.
@Suite struct BoilerplateTests {
    static let caption = "Palestinian terrorists fire rockets, in a photo released by the army."

    @Test func repeatedLinesAreDroppedAndListed() throws {
        let long = String(repeating: "Israeli forces struck Gaza overnight, the army said. ", count: 5)
        let text = [
            "Strikes hit Gaza", "", Self.caption, "", "Israeli forces killed 12 Palestinians in Gaza, medics said.", "",
            Self.caption, "", long, "", Self.caption, "", long,
        ].joined(separator: "\n")
        let audit = TestCorpus.auditor.audit(try InputDecoder.decode(Array(text.utf8), name: "t"))
        let repeated = audit.droppedLines.filter { $0.ruleID == RepeatedLines.ruleID }
        // The short caption goes entirely (lines 3, 7, 11); the long paragraph keeps its first copy (9).
        #expect(repeated.map(\.line) == [3, 7, 11, 13])
        #expect(audit.findings.allSatisfy { $0.span.location.line != 3 && $0.span.location.line != 7 })
        // The same article audited without the option keeps every line.
        let plain = Auditor(compiled: TestCorpus.lexicon).audit(try InputDecoder.decode(Array(text.utf8), name: "t"))
        #expect(plain.droppedLines.isEmpty)
        #expect(plain.findings.contains { $0.span.location.line == 7 })
    }

    @Test func outletsCountDroppedLinesAndTermsByArticle() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // One article uses a loaded term 40 times (numbered lines, so no copy is a repeated line
        // and every hit survives); two others use it once each.
        let pile = Array(repeating: "Palestinian terrorists fired again in wave number", count: 40)
        let piled = "Piled\n\n" + pile.enumerated().map { "\($0.element) \($0.offset)." }.joined(separator: "\n\n")
        var lines = [TestCorpus.jsonLine(["id": "pile", "outlet": "Caption Daily", "text": piled])]
        for index in 0..<2 {
            lines.append(
                TestCorpus.jsonLine([
                    "id": "once-\(index)", "outlet": "Caption Daily",
                    "text": "Rockets\n\nPalestinian terrorists fired rockets at Sderot in story \(index).",
                ]))
        }
        lines.append(
            TestCorpus.jsonLine([
                "id": "repeats", "outlet": "Caption Daily",
                "text": "Gaza\n\n\(Self.caption)\n\nHamas fired rockets at Israeli towns.\n\n\(Self.caption)",
            ]))
        let file = directory.appendingPathComponent("c.jsonl")
        try TestCorpus.write(lines.joined(separator: "\n") + "\n", to: file)
        let statistics = try TestCorpus.run([file.path])
        let outlet = try #require(statistics.outlets["Caption Daily"])
        // Document frequency: 40 hits in one article count as one article, so three articles
        // use the term (the fourth article's copies of the caption were dropped).
        let terrorists = outlet.terms.filter { $0.key.contains("terror") }
        #expect(terrorists.values.max() == 3)
        let totals = outlet.totals()
        #expect(totals[statistics.layout.index(of: FigureLayout.repeatedLines)!] == 2)
        let comparison = ComparisonBuilder.build(statistics, settings: ComparisonSettings(resamples: 0, minimumArticles: 1))
        #expect(comparison.outlets[0].repeatedLines == 2)
    }
}
