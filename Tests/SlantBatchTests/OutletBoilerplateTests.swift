import Foundation
import SlantBatch
import SlantReporters
import Testing

/// Part 2 of issue 14 (lines repeated across an outlet's articles): a first pass writes the
/// lines found alone in at least N of one outlet's articles; a comparison given that table drops
/// them from that outlet's articles like debris, and merges only parts that used the same table.
@Suite struct OutletBoilerplateTests {
    static let blurb = "Herald readers club: members save on tickets"
    static let credit = "Pictures by the Herald staff photographers"

    /// Six Herald articles with the blurb, three of them with the credit too; one Courier
    /// article with the blurb.
    func records() -> [String] {
        var lines: [String] = []
        for index in 0..<6 {
            var text = TestCorpus.text(index) + "\n\n" + Self.blurb
            if index < 3 { text += "\n\n" + Self.credit }
            lines.append(TestCorpus.jsonLine(["id": "h\(index)", "outlet": "Herald", "text": text]))
        }
        lines.append(
            TestCorpus.jsonLine(["id": "c0", "outlet": "Courier", "text": TestCorpus.text(9) + "\n\n" + Self.blurb]))
        return lines
    }

    func write(_ lines: [String], _ name: String, in directory: URL) throws -> String {
        let file = directory.appendingPathComponent(name)
        try TestCorpus.write(lines.joined(separator: "\n") + "\n", to: file)
        return file.path
    }

    func run(_ path: String, boilerplate: BoilerplateTable?) throws -> CorpusStatistics {
        try BatchRunner(auditor: TestCorpus.auditor, options: BatchOptions(jobs: 2, boilerplate: boilerplate)).run([path])
    }

    func repeatedLines(_ statistics: CorpusStatistics, _ outlet: String) throws -> Int64 {
        let field = try #require(statistics.layout.index(of: FigureLayout.repeatedLines))
        return try #require(statistics.outlets[outlet]).totals()[field]
    }

    @Test func linesInEnoughOfAnOutletsArticlesAreFoundAndDropped() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = try write(records(), "c.jsonl", in: directory)
        let (table, accounting) = BoilerplateFinder(options: BatchOptions(jobs: 1), minimumArticles: 5).find([corpus])
        #expect(accounting.read == 7)
        #expect(table.groups.map(\.name) == ["Herald"])
        // The credit is in three articles, below the minimum; the blurb in six of the Herald's,
        // and one of the Courier's, which is not enough for the Courier.
        #expect(table.groups.first { $0.name == "Herald" }?.lines == [BoilerplateTable.Line(text: Self.blurb, articles: 6)])
        #expect(table.known(for: "Courier") == nil)
        // The table depends on the set of articles, not their order.
        let reversed = try write(records().reversed(), "r.jsonl", in: directory)
        #expect(
            try BoilerplateFinder(options: BatchOptions(jobs: 1), minimumArticles: 5).find([reversed]).0.encoded()
                == (try table.encoded()))

        let before = try run(corpus, boilerplate: nil)
        let after = try run(corpus, boilerplate: table)
        #expect(try repeatedLines(after, "Herald") - repeatedLines(before, "Herald") == 6)
        #expect(try repeatedLines(after, "Courier") == repeatedLines(before, "Courier"))
        let comparison = ComparisonBuilder.build(after, settings: ComparisonSettings(resamples: 0))
        #expect(comparison.method.boilerplate?.lines == 1)
        let report = MarkdownComparisonReporter().render(comparison, context: ComparisonContext(inputs: [], evidenceFolder: nil))
        #expect(report.contains("Lines found alone in at least 5 articles of one outlet are dropped"))
    }

    @Test func theTableTravelsThroughItsFileAndSplitThenMergeEqualsOneRun() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let all = records()
        let corpus = try write(all, "c.jsonl", in: directory)
        let tableFile = directory.appendingPathComponent("boilerplate.json")
        try BoilerplateFinder(options: BatchOptions(jobs: 1), minimumArticles: 5).find([corpus]).0.encoded()
            .write(to: tableFile)
        let table = try BoilerplateTable.load(tableFile.path)
        let parts = try [Array(all[4...]), Array(all[..<4])].enumerated().map { index, lines in
            let name = "part-\(index).jsonl"
            let statistics = try run(try write(lines, name, in: directory), boilerplate: table)
            return (file: name, statistics: try CorpusStatistics.decode(try statistics.encoded(), file: name))
        }
        let settings = ComparisonSettings(seed: 5, resamples: 40, minimumArticles: 1)
        func json(_ statistics: CorpusStatistics) -> String {
            JSONComparisonReporter().render(
                ComparisonBuilder.build(statistics, settings: settings),
                context: ComparisonContext(inputs: [], evidenceFolder: nil))
        }
        #expect(json(try CorpusStatistics.merged(parts)) == json(try run(corpus, boilerplate: table)))
        // A part made without the table, or with another, is refused.
        let without = try run(try write(Array(all[..<4]), "plain.jsonl", in: directory), boilerplate: nil)
        #expect(throws: MergeProblem.self) { try CorpusStatistics.merged([parts[0], ("plain", without)]) }
        let other = BoilerplateTable(
            groupField: "outlet", minimumArticles: 5,
            groups: [
                BoilerplateTable.Group(
                    name: "Herald", articles: 6, lines: [BoilerplateTable.Line(text: Self.credit, articles: 3)])
            ])
        let otherPart = try run(try write(Array(all[..<4]), "other.jsonl", in: directory), boilerplate: other)
        #expect(throws: MergeProblem.self) { try CorpusStatistics.merged([parts[0], ("other", otherPart)]) }
    }

    @Test func aFileThatIsNotATableIsRefusedWithItsName() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("aliases.yml")
        try TestCorpus.write("Fox News:\n  - Fox Online News\n", to: file)
        #expect { try BoilerplateTable.load(file.path) } throws: { ($0 as? MergeProblem)?.file == file.path }
    }
}
