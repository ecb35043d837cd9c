import Foundation
import SlantBatch
import SlantReporters
import Testing

/// Part 3 of issue 14 (news and opinion): opinion pieces, told by a field or a URL pattern, are
/// measured in a group of their own beside their outlet's news, and counted in the accounting.
@Suite struct OpinionMarkingTests {
    /// Six articles of one outlet: two opinion pieces by URL, one by field (a boolean), one
    /// whose field is false (news), two news articles.
    func corpus(in directory: URL) throws -> URL {
        let records: [[String: Any]] = [
            ["id": "n1", "url": "https://herald.example/world/2024/strike"],
            ["id": "o1", "url": "https://herald.example/opinion/2024/why-the-strike-was-wrong"],
            ["id": "o2", "url": "https://herald.example/Columnists/smith/2024/peace"],
            ["id": "o3", "url": "https://herald.example/world/2024/analysis", "section": true],
            ["id": "n2", "url": "https://herald.example/world/2024/ceasefire", "section": false],
            // "opinion" only in the query, not as a folder: news.
            ["id": "n3", "url": "https://herald.example/world/2024/talks?module=opinion-c-col"],
        ]
        let lines = try records.enumerated().map { index, record in
            var object = record
            object["outlet"] = "Herald"
            object["text"] = TestCorpus.text(index)
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }
        let file = directory.appendingPathComponent("c.jsonl")
        try TestCorpus.write(lines.joined(separator: "\n") + "\n", to: file)
        return file
    }

    func run(_ inputs: [String], marking: OpinionMarking?, jobs: Int = 2) throws -> CorpusStatistics {
        try BatchRunner(
            auditor: TestCorpus.auditor,
            options: BatchOptions(fields: CorpusFields(opinion: marking?.field), jobs: jobs, opinion: marking)
        ).run(inputs)
    }

    @Test func opinionPiecesAreMeasuredApartFromTheNews() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try corpus(in: directory)
        let marking = try OpinionMarking(fieldSpecification: "section", urlPattern: "/(opinions?|columnists|commentary)/")
        let statistics = try run([file.path], marking: marking)
        #expect(statistics.outlets.keys.sorted() == ["Herald", "Herald (opinion)"])
        #expect(statistics.outlets["Herald"]?.articleCount == 3)
        #expect(statistics.outlets["Herald (opinion)"]?.articleCount == 3)
        #expect(statistics.accounting.opinionPieces == 3)
        #expect(statistics.accounting.audited == 6)
        let comparison = ComparisonBuilder.build(statistics, settings: ComparisonSettings(resamples: 0))
        let report = MarkdownComparisonReporter().render(comparison, context: ComparisonContext(inputs: [], evidenceFolder: nil))
        #expect(report.contains("Of the audited, **3** are opinion pieces"))
        #expect(report.contains("the URL matches `/(opinions?|columnists|commentary)/`"))
    }

    @Test func fieldValuesNameWhichPiecesAreOpinion() throws {
        let marking = try OpinionMarking(fieldSpecification: "type=Opinion,Editorial", urlPattern: nil)
        #expect(marking.field == "type")
        #expect(marking.marks(fieldValue: " editorial "))
        #expect(marking.marks(fieldValue: "OPINION"))
        #expect(!marking.marks(fieldValue: "news"))
        #expect(!marking.marks(fieldValue: nil))
        let anyValue = try OpinionMarking(fieldSpecification: "opinion", urlPattern: nil)
        #expect(anyValue.marks(fieldValue: "yes"))
        #expect(!anyValue.marks(fieldValue: "0"))
        #expect(!anyValue.marks(fieldValue: "false"))
        #expect(throws: (any Error).self) { try OpinionMarking(fieldSpecification: nil, urlPattern: "/(opinion") }
    }

    @Test func splitThenMergeKeepsTheOpinionGroupsAndRefusesOtherMarkings() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = try corpus(in: directory)
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n")
        let first = directory.appendingPathComponent("1.jsonl")
        let second = directory.appendingPathComponent("2.jsonl")
        try TestCorpus.write(lines[..<2].joined(separator: "\n") + "\n", to: first)
        try TestCorpus.write(lines[2...].joined(separator: "\n") + "\n", to: second)
        let marking = try OpinionMarking(fieldSpecification: "section", urlPattern: "/opinion/")
        let parts = try [second, first].map { part in
            (
                file: part.path,
                statistics: try CorpusStatistics.decode(
                    try run([part.path], marking: marking, jobs: 1).encoded(), file: part.path)
            )
        }
        let settings = ComparisonSettings(resamples: 50, minimumArticles: 1)
        func json(_ statistics: CorpusStatistics) -> String {
            JSONComparisonReporter().render(
                ComparisonBuilder.build(statistics, settings: settings),
                context: ComparisonContext(inputs: [], evidenceFolder: nil))
        }
        let merged = try CorpusStatistics.merged(parts)
        #expect(json(merged) == json(try run([file.path], marking: marking)))
        #expect(merged.accounting.opinionPieces == 2)
        let other = try run([first.path], marking: try OpinionMarking(urlPattern: "/columnists/"))
        #expect(throws: MergeProblem.self) { try CorpusStatistics.merged([parts[0], ("other", other)]) }
    }
}
