import Foundation
import SlantBatch
import SlantReporters
import Testing

/// The acceptance point: a corpus split into parts, each reduced to partial results, merged,
/// gives the comparison of a single run, byte for byte; and the thread count changes nothing.
@Suite struct SplitMergeTests {
    let settings = ComparisonSettings(seed: 7, resamples: 200, minimumArticles: 5)

    func json(_ statistics: CorpusStatistics) -> String {
        JSONComparisonReporter().render(
            ComparisonBuilder.build(statistics, settings: settings), context: ComparisonContext(inputs: [], evidenceFolder: nil))
    }

    @Test func splitThenMergeEqualsASingleRun() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let whole = directory.appendingPathComponent("all.jsonl")
        try TestCorpus.write(TestCorpus.jsonLines(0..<48), to: whole)
        // Uneven parts, and an article order the single run never saw.
        let cuts = [0..<5, 5..<31, 31..<48]
        var parts: [(file: String, statistics: CorpusStatistics)] = []
        for (index, range) in cuts.reversed().enumerated() {
            let part = directory.appendingPathComponent("part-\(index).jsonl")
            try TestCorpus.write(TestCorpus.jsonLines(range), to: part)
            let statistics = try TestCorpus.run([part.path], jobs: 1 + index % 2, minimumRelevance: 0.7)
            // Through the file format, as `slant merge` reads it.
            parts.append((part.path, try CorpusStatistics.decode(try statistics.encoded(), file: part.path)))
        }
        let single = try TestCorpus.run([whole.path], jobs: 2, minimumRelevance: 0.7)
        let merged = try CorpusStatistics.merged(parts)
        #expect(merged.accounting.read == 48)
        // The threshold sorts some articles out, so the merge has off-topic records to carry.
        #expect(single.accounting.byReason.first { $0.reason == .offTopic }.map(\.count) ?? 0 > 0)
        #expect(single.accounting.audited > 10)
        #expect(json(merged) == json(single))
        #expect(json(single).contains("\"voice-share-israel\""))
    }

    @Test func threadCountDoesNotChangeTheResult() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("corpus.jsonl")
        try TestCorpus.write(TestCorpus.jsonLines(0..<30), to: file)
        let one = try TestCorpus.run([file.path], jobs: 1, evidence: directory.appendingPathComponent("one").path)
        let four = try TestCorpus.run([file.path], jobs: 4, evidence: directory.appendingPathComponent("four").path)
        #expect(json(one) == json(four))
        for outlet in TestCorpus.outlets {
            let name = "articles/\(OutletSlug.make(outlet)).jsonl"
            let first = try Data(contentsOf: directory.appendingPathComponent("one/\(name)"))
            let second = try Data(contentsOf: directory.appendingPathComponent("four/\(name)"))
            #expect(first == second)
            #expect(!first.isEmpty)
        }
    }

    @Test func partsFromOtherLexiconsAreRefused() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("corpus.jsonl")
        try TestCorpus.write(TestCorpus.jsonLines(0..<2), to: file)
        let statistics = try TestCorpus.run([file.path])
        var text = String(decoding: try statistics.encoded(), as: UTF8.self)
        // One pack's version changed, whatever the packs' versions are today.
        let version = try #require(text.range(of: #""version":"[0-9.]+""#, options: .regularExpression))
        text.replaceSubrange(version, with: #""version":"9.9.9""#)
        let altered = try CorpusStatistics.decode(Data(text.utf8), file: "altered.json")
        #expect(throws: MergeProblem.self) { try CorpusStatistics.merged([("a.json", statistics), ("altered.json", altered)]) }
    }
}
