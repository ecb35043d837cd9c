import Foundation
import Testing

@testable import SlantBatch

/// Part 3 of issue 14 (wire copy): articles with an agency's dateline or credit are counted,
/// and each ranked outlet's key figures are given over its own articles too.
@Suite struct WireCopyTests {
    @Test func outletsAreReportedWithAndWithoutWireCopy() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let own = "Strike\n\nIsraeli forces struck Gaza overnight. Hamas fired rockets at Israeli towns."
        let wire = "Strike\n\nGAZA CITY (AP) — The terrorists fired rockets at Sderot. The terrorists fled into Gaza."
        let credited = own + "\n\nThe Associated Press contributed to this report."
        let lines = [("a", own), ("b", wire), ("c", credited), ("d", own)].map {
            TestCorpus.jsonLine(["id": $0.0, "outlet": "Herald", "text": $0.1])
        }
        let file = directory.appendingPathComponent("c.jsonl")
        try TestCorpus.write(lines.joined(separator: "\n") + "\n", to: file)
        let statistics = try TestCorpus.run([file.path])
        let comparison = ComparisonBuilder.build(statistics, settings: ComparisonSettings(resamples: 20, minimumArticles: 2))
        let herald = try #require(comparison.wireCopy.first)
        #expect(comparison.wireCopy.count == 1)
        #expect(herald.articles == 4)
        #expect(herald.wireArticles == 2)
        let loaded = try #require(comparison.measures.filter(\.charted).firstIndex { $0.id == "loaded-editorial" })
        // Without the wire story, no loaded term is left in the outlet's own voice.
        #expect(herald.withoutWireCopy[loaded].inputs.first { $0.field == "loaded.editorial" }?.sum == 0)
        let all = try #require(comparison.outlets.first?.figure("loaded-editorial"))
        #expect((all.inputs.first { $0.field == "loaded.editorial" }?.sum ?? 0) >= 2)
    }
}

/// The credit search (`memmem`) against Swift's own search on texts where a credit sits at
/// the start, the end, across a line, only partly, or twice.
@Suite struct WireCopyCreditSearchTests {
    @Test func findsTheFirstCreditAsAByteSearchWould() {
        let texts = [
            "", "(AP", "(AP)", "GAZA (AP) — text", "text (Reuters) -", "Reporting by (Reuters",
            "Staff contributed to this\nreport.", "The Associated Press contributed to this report.",
            "Contributing: Reuters and (AFP)", "(AFP) first, then (AP) later", "(ap) lower case is not a credit",
            "Contributing: The Associated Press", "ends with (Agence France-Presse)",
        ]
        for text in texts {
            let bytes = Array(text.utf8)
            let expected = WireCopy.credits.first { credit in
                bytes.count >= credit.count
                    && (0...(bytes.count - credit.count)).contains { bytes[$0..<($0 + credit.count)].elementsEqual(credit) }
            }.map { String(decoding: $0, as: UTF8.self) }
            #expect(WireCopy.credit(in: bytes) == expected, "\(text)")
        }
        #expect(WireCopy.credit(in: Array("GAZA (AP) — text".utf8)) == "(AP)")
        #expect(WireCopy.credit(in: Array("nothing here".utf8)) == nil)
    }
}
