import Foundation
import SlantBatch
import Testing

/// Part 3 of issue 14 (outlet identity): name variants merged under one outlet by a YAML file.
@Suite struct OutletAliasTests {
    @Test func variantsAreMergedUnderTheirName() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("aliases.yml")
        try TestCorpus.write("Fox News:\n  - Fox Online News\n  - Fox News (Online)\n", to: file)
        let aliases = try OutletAliases.load(file.path)
        #expect(aliases["Fox Online News"] == "Fox News")
        #expect(aliases["Fox News (Online)"] == "Fox News")
        #expect(aliases["Fox News Opinion"] == "Fox News Opinion")

        let corpus = directory.appendingPathComponent("c.jsonl")
        let lines = ["Fox News", "Fox Online News", "Fox News (Online)", "Fox News Opinion"].enumerated().map {
            TestCorpus.jsonLine(["id": "a\($0.offset)", "outlet": $0.element, "text": TestCorpus.text($0.offset)])
        }
        try TestCorpus.write(lines.joined(separator: "\n") + "\n", to: corpus)
        let statistics = try BatchRunner(auditor: TestCorpus.auditor, options: BatchOptions(jobs: 2, aliases: aliases))
            .run([corpus.path])
        #expect(statistics.outlets.keys.sorted() == ["Fox News", "Fox News Opinion"])
        #expect(statistics.outlets["Fox News"]?.articleCount == 3)
        let comparison = ComparisonBuilder.build(statistics, settings: ComparisonSettings(resamples: 0))
        #expect(comparison.method.outletAliases == ["Fox Online News": "Fox News", "Fox News (Online)": "Fox News"])
        // Parts merged by other aliases are refused.
        let plain = try TestCorpus.run([corpus.path])
        #expect(throws: MergeProblem.self) { try CorpusStatistics.merged([("a", statistics), ("b", plain)]) }
    }

    @Test func ambiguousFilesAreRefusedWithTheirName() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let twice = directory.appendingPathComponent("twice.yml")
        try TestCorpus.write("A:\n  - X\nB:\n  - X\n", to: twice)
        #expect { try OutletAliases.load(twice.path) } throws: {
            ($0 as? MergeProblem)?.description.contains("\"X\" is listed under both") == true
        }
        let chained = directory.appendingPathComponent("chained.yml")
        try TestCorpus.write("A:\n  - B\nB:\n  - C\n", to: chained)
        #expect(throws: MergeProblem.self) { try OutletAliases.load(chained.path) }
        let notAList = directory.appendingPathComponent("scalar.yml")
        try TestCorpus.write("A: B\n", to: notAList)
        #expect { try OutletAliases.load(notAList.path) } throws: { ($0 as? MergeProblem)?.file == notAList.path }
        // YAML keeps only the last of two lists under one name: refused, not half lost.
        let repeated = directory.appendingPathComponent("repeated.yml")
        try TestCorpus.write("A:\n  - X\nB:\n  - Y\nA:\n  - Z\n", to: repeated)
        #expect { try OutletAliases.load(repeated.path) } throws: {
            ($0 as? MergeProblem)?.description.contains("line 5: duplicate key 'A' (first on line 1)") == true
        }
    }
}
