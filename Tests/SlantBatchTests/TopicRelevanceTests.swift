import Foundation
import SlantBatch
import SlantCore
import SlantReporters
import Testing

/// Part 1 of issue 14: an article's relevance is the share of its sentences naming an actor or
/// a place of a party to the conflict; below `--min-relevance` it is off topic, counted under
/// its own reason, listed with its outlet, and left out of the figures.
@Suite struct TopicRelevanceTests {
    /// Five sentences (the headline is one), one naming a party: relevance 1/5.
    static let budgetStory =
        "Council passes budget\n\nThe city council approved the budget on Tuesday. Israeli forces struck Gaza overnight. "
        + "The mayor said taxes would not rise. Residents welcomed the news."
    /// Four sentences, three naming a party (the UN, a third party, does not count): 3/4.
    static let gazaStory =
        "Strikes hit Gaza\n\nIsraeli forces struck Gaza overnight. Hamas fired rockets at Israeli towns. "
        + "The United Nations called for calm."
    /// No party at all, only a third party: 0/3.
    static let electionStory =
        "Senate race tightens\n\nThe senator said the United Nations should be reformed. Polls opened at seven."

    @Test func relevanceIsTheShareOfSentencesNamingAParty() throws {
        func audit(_ text: String) throws -> ArticleAudit {
            TestCorpus.auditor.audit(try InputDecoder.decode(Array(text.utf8), name: "t"))
        }
        let budget = try audit(Self.budgetStory)
        #expect(budget.input.sentences == 5)
        #expect(budget.topicSentences == 1)
        #expect(budget.relevance == 0.2)
        let gaza = try audit(Self.gazaStory)
        #expect(gaza.input.sentences == 4)
        #expect(gaza.topicSentences == 3)
        let election = try audit(Self.electionStory)
        #expect(election.topicSentences == 0)
        #expect(election.relevance == 0)
    }

    func corpus() -> String {
        [
            TestCorpus.jsonLine(["id": "a", "outlet": "Herald", "title": "Budget", "text": Self.budgetStory]),
            TestCorpus.jsonLine(["id": "b", "outlet": "Herald", "title": "Gaza", "text": Self.gazaStory]),
            TestCorpus.jsonLine(["id": "c", "outlet": "Herald", "title": "Senate", "text": Self.electionStory]),
            TestCorpus.jsonLine(["id": "d", "outlet": "Courier", "title": "Senate again", "text": Self.electionStory]),
        ].joined(separator: "\n") + "\n"
    }

    @Test func offTopicArticlesAreCountedListedAndLeftOut() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("c.jsonl")
        try TestCorpus.write(corpus(), to: file)

        let statistics = try TestCorpus.run([file.path], minimumRelevance: 0.25)
        #expect(statistics.accounting.read == 4)
        #expect(statistics.accounting.audited == 1)
        #expect(statistics.accounting.balances)
        #expect(statistics.accounting.skippedRecords.isEmpty)
        let offTopic = statistics.accounting.sorted().offTopicArticles
        #expect(offTopic.map(\.id) == ["d", "a", "c"])
        #expect(offTopic.map(\.group) == ["Courier", "Herald", "Herald"])
        #expect(offTopic.map(\.relevance) == [0, 0.2, 0])
        #expect(offTopic[1].title == "Budget")
        #expect(statistics.outlets["Herald"]?.articleCount == 1)
        #expect(statistics.outlets["Courier"] == nil)
        #expect(statistics.accounting.byReason.map(\.reason) == [.offTopic])
        #expect(statistics.accounting.byReason.map(\.count) == [3])

        let comparison = ComparisonBuilder.build(statistics, settings: ComparisonSettings(resamples: 10, minimumArticles: 1))
        #expect(comparison.method.minimumRelevance == 0.25)
        let markdown = MarkdownComparisonReporter().render(
            comparison, context: ComparisonContext(inputs: [file.path], evidenceFolder: nil))
        #expect(markdown.contains("<details><summary>Courier: 1</summary>"))
        #expect(markdown.contains("<details><summary>Herald: 2</summary>"))
        #expect(markdown.contains("| Herald | 2 | 1 |"))
        #expect(markdown.contains("| `a` | Budget | 0.20 (1 of 5 sentences) |"))

        // With no threshold every article is measured.
        let all = try TestCorpus.run([file.path], minimumRelevance: 0)
        #expect(all.accounting.audited == 4)
        #expect(all.outlets["Herald"]?.articleCount == 3)
    }

    @Test func partsSortedByAnotherThresholdAreNotMerged() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("c.jsonl")
        try TestCorpus.write(corpus(), to: file)
        let strict = try TestCorpus.run([file.path], minimumRelevance: 0.25)
        let lenient = try TestCorpus.run([file.path], minimumRelevance: 0.1)
        #expect(throws: MergeProblem.self) { try CorpusStatistics.merged([("a", strict), ("b", lenient)]) }
        let decoded = try CorpusStatistics.decode(try strict.encoded(), file: "a")
        #expect(decoded.minimumRelevance == 0.25)
        #expect(decoded.accounting == strict.accounting.sorted())
    }

    /// The off-topic list's canonical order: group, id and title compared as UTF-8 bytes (so
    /// "Z" before "a" before "é", and a prefix first), a missing title as empty, then the counts.
    @Test func offTopicOrderIsByteOrderOfGroupIdTitleThenCounts() {
        func article(_ group: String, _ id: String, _ title: String?, _ sentences: Int = 3) -> OffTopicArticle {
            OffTopicArticle(group: group, id: id, title: title, sentences: sentences, topicSentences: 0)
        }
        let expected = [
            article("Herald", "Z", "x"), article("Herald", "a", nil), article("Herald", "a", "", 4),
            article("Herald", "a", "b"), article("Herald", "ab", "a"), article("Herald", "é", "a"),
            article("Herald\u{301}", "a", "a"),
        ]
        #expect(expected.reversed().sorted() == expected)
        #expect(expected.shuffled().sorted() == expected)
        #expect(!(expected[0] < expected[0]))
    }
}
