import Foundation
import Testing

@testable import SlantBatch
@testable import SlantReporters

/// Issue 14 part 8: the off-topic list is spilled to temporary files in sorted runs and read
/// back merged, so a corpus that is mostly off topic does not grow the heap; it must still list
/// every article, in canonical order, and leave no file behind.
@Suite struct OffTopicListTests {
    /// `count` articles over three groups, ids in a scrambled order, some without a title.
    static func articles(_ count: Int) -> [OffTopicArticle] {
        (0..<count).map { index in
            let scrambled = (index * 37) % count
            return OffTopicArticle(
                group: ["Herald", "Courier", "Zeitung"][index % 3], id: "id-\(scrambled)",
                title: index % 5 == 0 ? nil : "Title \(index)", sentences: 10 + index % 7, topicSentences: index % 2)
        }
    }

    /// Paths of this process's open files that name a spilled run.
    static func openRunFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd").compactMap { descriptor in
            let target = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/fd/\(descriptor)")
            return target.flatMap { $0.contains("slant-off-topic-") ? $0 : nil }
        }
    }

    @Test func aSpilledListComesBackWholeInCanonicalOrder() throws {
        let articles = Self.articles(101)
        var list = OffTopicList(runLength: 4)
        for article in articles { list.append(article) }
        #expect(list.spilledRuns == 25)
        #expect(list.count == 101)
        #expect(list.articles == articles.sorted())
        #expect(list.countsByGroup == ["Herald": 34, "Courier": 34, "Zeitung": 33])
        // Reading twice gives the same list (readers do not share a position).
        #expect(Array(list.sorted()) == Array(list.sorted()))
    }

    /// Past `maximumRuns` the runs are merged into one, so the open files stay few.
    @Test func manyRunsAreMergedIntoOne() {
        let articles = Self.articles(OffTopicList.maximumRuns + 10)
        var list = OffTopicList(runLength: 1)
        for article in articles { list.append(article) }
        #expect(list.spilledRuns == 11)
        #expect(list.articles == articles.sorted())
    }

    /// A merge of two parts (their lists spilled or not) is the list of one pass over both.
    @Test func mergedPartsEqualOnePass() throws {
        let articles = Self.articles(60)
        var whole = OffTopicList(runLength: 7)
        for article in articles { whole.append(article) }
        var first = OffTopicList(runLength: 5)
        var second = OffTopicList(runLength: 1000)
        for article in articles[..<35] { first.append(article) }
        for article in articles[35...] { second.append(article) }
        first.append(contentsOf: second)
        #expect(first == whole)
        #expect(first.articles == articles.sorted())
        #expect(first.countsByGroup == whole.countsByGroup)
        // And through the partial-results encoding.
        let decoded = try JSONDecoder().decode(OffTopicList.self, from: try JSONEncoder().encode(first))
        #expect(decoded.articles == articles.sorted())
    }

    /// A run's file has no name once opened: it is never left in the temporary folder, and it
    /// goes with the list.
    @Test func runFilesAreUnlinkedAndClosedWithTheList() throws {
        let folder = NSTemporaryDirectory()
        func namedRuns() throws -> [String] {
            try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("slant-off-topic-") }
        }
        do {
            var list = OffTopicList(runLength: 2)
            for article in Self.articles(9) { list.append(article) }
            #expect(list.spilledRuns == 4)
            let open = try Self.openRunFiles()
            #expect(open.count >= 4)
            #expect(open.allSatisfy { $0.hasSuffix("(deleted)") })
            #expect(try namedRuns().isEmpty)
            #expect(list.articles.count == 9)
        }
        #expect(try namedRuns().isEmpty)
    }

    /// The reports read a spilled list as they would the list in memory: the same bytes.
    @Test func reportsOfASpilledListAreTheSameBytes() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("c.jsonl")
        let story = TopicRelevanceTests.electionStory
        var lines: [String] = []
        for index in 0..<23 {
            lines.append(
                TestCorpus.jsonLine([
                    "id": "a\((index * 7) % 23)", "outlet": ["Herald", "Courier", "Gazette"][index % 3],
                    "title": "Vote | \(index)", "text": story,
                ]))
        }
        lines.append(TestCorpus.jsonLine(["id": "g", "outlet": "Herald", "text": TopicRelevanceTests.gazaStory]))
        try TestCorpus.write(lines.joined(separator: "\n") + "\n", to: file)
        let statistics = try TestCorpus.run([file.path], minimumRelevance: 0.25)
        var spilled = statistics
        var accounting = RecordAccounting(offTopicRunLength: 2)
        accounting.merge(statistics.accounting)
        spilled.accounting = accounting
        #expect(spilled.accounting.offTopic.spilledRuns > 0)
        #expect(statistics.accounting.offTopic.spilledRuns == 0)
        let settings = ComparisonSettings(resamples: 10, minimumArticles: 1)
        let held = ComparisonBuilder.build(statistics, settings: settings)
        let read = ComparisonBuilder.build(spilled, settings: settings)
        #expect(read.accounting.offTopic.count == 23)
        let context = ComparisonContext(inputs: ["c.jsonl"], evidenceFolder: nil)
        for reporter in [MarkdownComparisonReporter(), JSONComparisonReporter(), CSVComparisonReporter()]
            as [any ComparisonReporter]
        {
            let expected = reporter.render(held, context: context)
            #expect(reporter.render(read, context: context) == expected)
            var pieces: [String] = []
            try reporter.write(read, context: context) { pieces.append($0) }
            #expect(pieces.joined() == expected)
        }
        let markdown = MarkdownComparisonReporter().render(read, context: context)
        #expect(markdown.contains("<summary>Courier: 8</summary>"))
        #expect(markdown.contains("| `a7` | Vote \\| 1 |"))
    }
}
