import Foundation
import SlantReporters
import Testing

@testable import SlantBatch

/// Part 4 of issue 14: `--events` groups the articles of one event, by date window and shared
/// names or by an event field, and shows them side by side; a split-then-merge groups alike.
/// The corpus is written here with its right answers: which articles report the same event.
@Suite struct SameEventTests {
    /// Articles of other days, four days apart, that make "Israel", "Gaza" and "Palestinian"
    /// common in the corpus (weighing little), as they are in a real one.
    static let background: [[String: String]] = (1...6).map { index in
        [
            "id": "bg\(index)", "outlet": ["Herald", "Courier", "Bugle"][index % 3],
            "date": "2024-01-\(String(format: "%02d", 4 * index))",
            "title": "Israel and Gaza: week \(index) in review",
            "text":
                "Israeli troops and Palestinian gunmen clashed in Gaza on day \(index), Israel said. Hamas said Palestinian civilians were hurt.",
        ]
    }

    /// Event A, a synagogue attack, reported by three outlets on 4 and 5 March; event B, the
    /// same day's peace talks in Ramallah, by two; event C, a flotilla, by two outlets two days
    /// apart across the end of February (2024 is a leap year: 28 February to 1 March is two days).
    static let stories: [[String: String]] = [
        [
            "id": "a-herald", "outlet": "Herald", "date": "2024-03-04",
            "title": "Gunmen attack Jerusalem synagogue, killing four worshippers",
            "text":
                "Two Palestinian gunmen attacked the Kehilat Bnei Torah synagogue in Har Nof, Jerusalem, killing four worshippers during morning prayers, Israeli police said.",
        ],
        [
            "id": "a-courier", "outlet": "Courier", "date": "2024-03-04",
            "title": "Four killed in Har Nof synagogue attack",
            "text":
                "The terrorists killed four worshippers at the Kehilat Bnei Torah synagogue in the Har Nof neighbourhood of Jerusalem. The terrorists were shot dead.",
        ],
        [
            "id": "a-sentinel", "outlet": "Sentinel", "date": "2024-03-05T08:00:00Z",
            "title": "Israel vows response after Jerusalem synagogue attack",
            "text":
                "Netanyahu vowed a harsh response a day after Palestinian gunmen killed four worshippers at a synagogue in Har Nof, Jerusalem.",
        ],
        [
            "id": "b-herald", "outlet": "Herald", "date": "2024-03-04",
            "title": "Kerry meets Abbas in Ramallah over stalled peace talks",
            "text":
                "Secretary of State John Kerry met Mahmoud Abbas in Ramallah on Tuesday to revive stalled peace talks, Palestinian officials said.",
        ],
        [
            "id": "b-bugle", "outlet": "Bugle", "date": "2024-03-04",
            "title": "Abbas and Kerry hold Ramallah talks",
            "text":
                "John Kerry and Mahmoud Abbas held three hours of talks in Ramallah, seeking a framework for peace negotiations with Israel.",
        ],
        [
            "id": "c-courier", "outlet": "Courier", "date": "2024-02-28",
            "title": "Flotilla sails for Gaza from Cyprus",
            "text":
                "The Mavi Marmara flotilla left Cyprus for Gaza, its Turkish organisers said, defying the Israeli blockade.",
        ],
        [
            "id": "c-bugle", "outlet": "Bugle", "date": "2024-03-01",
            "title": "Israeli navy seizes Gaza flotilla",
            "text":
                "Israeli commandos boarded the Mavi Marmara flotilla from Cyprus before it reached Gaza, the Turkish organisers said.",
        ],
        [
            "id": "undated", "outlet": "Sentinel", "date": "March 2024",
            "title": "A synagogue attack in Jerusalem",
            "text": "Palestinian gunmen killed four worshippers at a synagogue in Har Nof, Jerusalem.",
        ],
    ]

    static func corpus(_ records: [[String: String]] = background + stories) -> String {
        records.map(TestCorpus.jsonLine).joined(separator: "\n") + "\n"
    }

    let settings = ComparisonSettings(seed: 5, resamples: 30, minimumArticles: 2, minimumCount: 1)

    func run(_ corpus: String, events: EventSettings, jobs: Int = 2) throws -> CorpusStatistics {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let file = directory.appendingPathComponent("events.jsonl")
        try TestCorpus.write(corpus, to: file)
        var fields = CorpusFields()
        fields.event = events.field
        return try BatchRunner(
            auditor: TestCorpus.auditor, options: BatchOptions(fields: fields, jobs: jobs, events: events)
        ).run([file.path])
    }

    func ids(_ event: SameEvents.Event) -> Set<String> { Set(event.articles.map(\.id)) }

    @Test func oneDaysStoriesLandTogetherAndADifferentStoryOfTheSameDayDoesNot() throws {
        let statistics = try run(Self.corpus(), events: EventSettings())
        let events = try #require(ComparisonBuilder.build(statistics, settings: settings).events)
        #expect(events.events.map(ids) == [["a-herald", "a-courier", "a-sentinel"], ["b-herald", "b-bugle"]])
        #expect(events.multiOutletEvents == 2)
        #expect(events.articlesInMultiOutletEvents == 5)
        #expect(events.leftOff == 0)
        // "March 2024" places the article within no window of days.
        #expect(events.ungroupable == 1)
        #expect(events.groupable == Self.background.count + Self.stories.count - 1)
        let attack = events.events[0]
        #expect(attack.firstDate == "2024-03-04")
        #expect(attack.lastDate == "2024-03-05")
        #expect(attack.outlets == 3)
        #expect(attack.articles.map(\.outlet) == ["Courier", "Herald", "Sentinel"])
        #expect(attack.sharedKeys.contains("synagogue"))
        #expect(attack.sharedKeys.contains("har"))
        #expect(!attack.sharedKeys.contains("kerry"))
        #expect(events.events[1].sharedKeys.contains("ramallah"))
    }

    @Test func eachArticleHasItsOwnFigures() throws {
        let statistics = try run(Self.corpus(), events: EventSettings())
        let comparison = ComparisonBuilder.build(statistics, settings: settings)
        let events = try #require(comparison.events)
        #expect(
            events.measures == [
                "loaded-editorial", "voice-share-israel", "voice-share-palestinian", "verb-neutrality-israel",
                "verb-neutrality-palestinian", "agentless-rate-israel", "agentless-rate-palestinian",
            ])
        let attack = events.events[0].articles
        let loaded = try #require(events.measures.firstIndex(of: "loaded-editorial"))
        func loadedHits(_ id: String) -> Int64? {
            attack.first { $0.id == id }?.counts["loaded.editorial"]
        }
        // Only the Courier calls the gunmen "terrorists" in its own voice.
        #expect((loadedHits("a-courier") ?? 0) >= 1)
        #expect(loadedHits("a-herald") == 0)
        #expect(loadedHits("a-sentinel") == 0)
        let courier = try #require(attack.first { $0.id == "a-courier" })
        let words = try #require(courier.counts["words"])
        #expect(courier.words == words)
        #expect(courier.figures[loaded].value == Rounding.value(1000 * Double(loadedHits("a-courier")!) / Double(words)))
        #expect(courier.slug == OutletSlug.make("Courier"))
        // "Israeli police said" and "Netanyahu vowed": all their attributed words are Israeli; the
        // Courier attributes nothing.
        let israel = try #require(events.measures.firstIndex(of: "voice-share-israel"))
        #expect(attack.first { $0.id == "a-herald" }?.figures[israel].value == 1)
        #expect(attack.first { $0.id == "a-sentinel" }?.figures[israel].value == 1)
        #expect(courier.figures[israel].value == nil)
        #expect(courier.counts["voice.words.israel"] == 0)
        #expect(courier.counts["attributed.words"] == 0)
        // The counts are the article's own, as its outlet holds them.
        let outlet = try #require(statistics.outlets["Courier"])
        let position = try #require(outlet.keys.firstIndex { $0.idHash == ArticleKey.hash("a-courier") })
        let row = outlet.values(of: position)
        #expect(courier.counts["loaded.editorial"] == Int64(row[statistics.layout.index(of: "loaded.editorial")!]))
        #expect(courier.counts["words"] == Int64(row[statistics.layout.index(of: "words")!]))
    }

    @Test func theWindowDecidesWhetherStoriesTwoDaysApartAreOneEvent() throws {
        let narrow = try #require(
            ComparisonBuilder.build(try run(Self.corpus(), events: EventSettings(window: 1)), settings: settings).events)
        #expect(!narrow.events.contains { ids($0).contains("c-courier") })
        let wide = try #require(
            ComparisonBuilder.build(try run(Self.corpus(), events: EventSettings(window: 2)), settings: settings).events)
        #expect(wide.events.contains { ids($0) == ["c-courier", "c-bugle"] })
        #expect(wide.multiOutletEvents == 3)
        #expect(wide.window == 2)
    }

    @Test func anEventFieldNamesTheEvents() throws {
        let records: [[String: String]] = [
            ["id": "1", "outlet": "Herald", "story": "truce", "date": "2024-03-01", "text": "Hamas and Israel agreed a truce."],
            ["id": "2", "outlet": "Courier", "story": "truce", "text": "Israel and Hamas agreed to a truce in Gaza."],
            // Far apart in time, unlike anything by date and names: the field alone decides.
            ["id": "3", "outlet": "Bugle", "story": "truce", "date": "2019-05-05", "text": "Gunfire in Gaza overnight."],
            ["id": "4", "outlet": "Herald", "story": "visit", "text": "Netanyahu visited Washington."],
            ["id": "5", "outlet": "Herald", "story": "visit", "text": "Netanyahu met Israeli officials in Washington."],
            ["id": "6", "outlet": "Bugle", "text": "Israeli troops entered Gaza."],
            ["id": "7", "outlet": "Bugle", "story": " ", "text": "Hamas fired rockets at Israel."],
        ]
        let statistics = try run(Self.corpus(records), events: EventSettings(field: "story"))
        let events = try #require(ComparisonBuilder.build(statistics, settings: settings).events)
        #expect(events.method == "event field")
        #expect(events.eventField == "story")
        #expect(events.events.count == 1)
        #expect(events.events.first?.name == "truce")
        #expect(events.events.first.map(ids) == ["1", "2", "3"])
        #expect(events.events.first?.firstDate == "2019-05-05")
        #expect(events.events.first?.articles.map(\.id) == ["2", "3", "1"])
        #expect(events.singleOutletEvents == 1)
        // No value, or a blank one: not grouped.
        #expect(events.ungroupable == 2)
        #expect(events.groupable == 5)
    }

    @Test func splitThenMergeGroupsAsOneRun() throws {
        let whole = try run(Self.corpus(), events: EventSettings(), jobs: 2)
        // Each part alone holds only part of each event; the merge must find them all again.
        let records = Self.background + Self.stories
        let parts = try [records.indices.filter { $0 % 2 == 0 }, records.indices.filter { $0 % 2 == 1 }].reversed().map {
            positions -> (file: String, statistics: CorpusStatistics) in
            let part = try run(Self.corpus(positions.map { records[$0] }), events: EventSettings(), jobs: 1)
            return ("part", try CorpusStatistics.decode(try part.encoded(), file: "part"))
        }
        let merged = try CorpusStatistics.merged(parts)
        let context = ComparisonContext(inputs: [], evidenceFolder: nil)
        let single = JSONComparisonReporter().render(ComparisonBuilder.build(whole, settings: settings), context: context)
        #expect(
            JSONComparisonReporter().render(ComparisonBuilder.build(merged, settings: settings), context: context) == single)
        #expect(single.contains("\"a-sentinel\""))
        // Parts grouped another way, or not at all, are refused.
        let wider = try run(Self.corpus(), events: EventSettings(window: 3))
        #expect(throws: MergeProblem.self) { try CorpusStatistics.merged([("a", whole), ("b", wider)]) }
        let without = try TestCorpus.run([])
        #expect(throws: MergeProblem.self) { try CorpusStatistics.merged([("a", whole), ("b", without)]) }
    }

    @Test func partialsWhoseEventsDoNotMatchTheirArticlesAreRefused() throws {
        let statistics = try run(Self.corpus(), events: EventSettings())
        let text = String(decoding: try statistics.encoded(), as: UTF8.self)
        #expect(throws: Never.self) { try CorpusStatistics.decode(Data(text.utf8), file: "p") }
        // Keys sorted: "events" comes before "outlets", so the first occurrence is the candidate's.
        let hash = "\"idHash\":\"\(ArticleKey.hex(ArticleKey.hash("a-courier")))\""
        let first = try #require(text.range(of: hash))
        let tampered = text.replacingCharacters(in: first, with: "\"idHash\":\"0000000000000001\"")
        #expect(throws: MergeProblem.self) { try CorpusStatistics.decode(Data(tampered.utf8), file: "p") }
        let keys = try #require(text.range(of: "\"keys\":[\""))
        let unsorted = text.replacingCharacters(in: keys, with: "\"keys\":[\"ffffffffffffffff\",\"")
        #expect(throws: MergeProblem.self) { try CorpusStatistics.decode(Data(unsorted.utf8), file: "p") }
    }

    @Test func withoutEventsNothingIsKeptOrReported() throws {
        let statistics = try TestCorpus.run([])
        #expect(statistics.events == nil)
        let comparison = ComparisonBuilder.build(statistics, settings: settings)
        #expect(comparison.events == nil)
        let context = ComparisonContext(inputs: [], evidenceFolder: nil)
        #expect(!JSONComparisonReporter().render(comparison, context: context).contains("\"events\""))
        #expect(!MarkdownComparisonReporter().render(comparison, context: context).contains("Same event"))
    }

    @Test func theMarkdownReportShowsEachEventsArticlesSideBySide() throws {
        let statistics = try run(Self.corpus(), events: EventSettings())
        let comparison = ComparisonBuilder.build(statistics, settings: settings)
        let markdown = MarkdownComparisonReporter().render(
            comparison, context: ComparisonContext(inputs: ["events.jsonl"], evidenceFolder: "articles"))
        #expect(markdown.contains("- [Same event, side by side](#same-event-side-by-side)\n"))
        #expect(markdown.contains("\n## Same event, side by side\n"))
        #expect(markdown.contains("### 1. 2024-03-04 to 2024-03-05: "))
        #expect(markdown.contains("(3 outlets, 3 articles)"))
        #expect(markdown.contains("### 2. 2024-03-04: "))
        #expect(markdown.contains("| Gunmen attack Jerusalem synagogue, killing four worshippers |"))
        let courier = "articles/\(OutletSlug.make("Courier")).jsonl"
        #expect(markdown.contains("| [Courier](\(courier)) `a-courier` | 2024-03-04 |"))
        #expect(markdown.contains("](\(courier)) |"))
        #expect(!markdown.contains("### 3."))
    }
}

/// The pieces of the grouping, each against answers worked out by hand.
@Suite struct EventGroupingPartsTests {
    @Test func daysAreCalendarDays() {
        #expect(EventDay.day(ofDate: "1970-01-01") == 0)
        #expect(EventDay.day(ofDate: "2024-03-01")! - EventDay.day(ofDate: "2024-02-28")! == 2)
        #expect(EventDay.day(ofDate: "2023-03-01")! - EventDay.day(ofDate: "2023-02-28")! == 1)
        #expect(EventDay.day(ofDate: "2000-03-01")! - EventDay.day(ofDate: "1999-12-31")! == 61)
        #expect(EventDay.day(ofDate: "2014/08/05 10:00") == EventDay.day(ofDate: "2014-08-05"))
        #expect(EventDay.day(ofDate: "2014-08-05T23:59:59Z") == EventDay.day(ofDate: "2014-08-05"))
        for bad in ["2014-08", "2014", "2023-02-29", "2014-13-01", "2014-08-051", "2014-08/05", "3/16", "", "05-08-2014"] {
            #expect(EventDay.day(ofDate: bad) == nil, "\(bad)")
        }
        #expect(EventDay.day(ofDate: nil) == nil)
        for date in ["1999-12-31", "2000-02-29", "2024-03-05", "1900-01-01", "2100-12-31"] {
            #expect(EventDay.label(EventDay.day(ofDate: date)!) == date)
        }
    }

    @Test func keysAreHeadlineWordsAndLeadNames() {
        let keys = EventKeys.extract(
            title: "Netanyahu’s Cabinet Approves the Gaza Cease-Fire",
            text: Array(
                "JERUSALEM — On Tuesday the Israeli cabinet, led by Benjamin Netanyahu, approved a truce with Hamas. The U.N. welcomed it."
                    .utf8))
        #expect(
            keys == [
                "netanyahu", "cabinet", "approves", "gaza", "cease-fire", "jerusalem", "israeli", "benjamin", "hamas",
            ])
        // Only the first words of the text are its lead.
        let long = Array((String(repeating: "word ", count: EventSettings.leadWords) + "Ramallah").utf8)
        #expect(EventKeys.extract(title: nil, text: long).isEmpty)
        let many = (1...40).map { "Name\($0)" }.joined(separator: " ")
        #expect(EventKeys.extract(title: nil, text: Array(many.utf8)).count == EventSettings.keysPerArticle)
    }

    func candidate(_ number: Int, day: Int32, keys: [String]) -> EventCandidate {
        EventCandidate(
            key: ArticleKey(idHash: UInt64(number), textHash: 0), day: day, id: "\(number)", title: nil, event: nil,
            keys: keys.map(ArticleKey.hash).sorted())
    }

    @Test func rareSharedKeysWeighMoreThanCommonOnes() {
        // "israel" is in all five articles (weight ln(6/5)); "flotilla", "marmara", "gaza" and
        // "rockets" in two (ln 3); "cyprus", "navy", "ceasefire", "knesset" in one (0).
        let candidates = [
            candidate(1, day: 0, keys: ["israel", "flotilla", "marmara", "cyprus"]),
            candidate(2, day: 0, keys: ["israel", "flotilla", "marmara", "navy"]),
            candidate(3, day: 0, keys: ["israel", "gaza", "rockets"]),
            candidate(4, day: 0, keys: ["israel", "gaza", "ceasefire"]),
            candidate(5, day: 0, keys: ["israel", "knesset", "rockets"]),
        ]
        let similarity = EventSimilarity(candidates)
        let (common, rare) = (log(6.0 / 5), log(6.0 / 2))
        #expect(abs(similarity.similarity(0, 1) - 1) < 1e-12)
        #expect(abs(similarity.similarity(2, 3) - (common + rare) / (common + 2 * rare)) < 1e-12)
        #expect(abs(similarity.similarity(2, 4) - (common + rare) / (common + 2 * rare)) < 1e-12)
        // One shared key is not enough, however it weighs.
        #expect(similarity.similarity(0, 2) == 0)
        #expect(similarity.similarity(3, 4) == 0)
        #expect(similarity.similarity(1, 0) == similarity.similarity(0, 1))
    }

    @Test func anEventSpansAtMostTheWindow() {
        // The same story on three consecutive days: with a window of one day it cannot be one
        // event (its first and last articles are two days apart).
        let keys = ["flotilla", "marmara", "cyprus", "turkish"]
        let candidates = [
            candidate(1, day: 10, keys: keys), candidate(2, day: 11, keys: keys), candidate(3, day: 12, keys: keys),
            candidate(4, day: 30, keys: ["other", "story"]), candidate(5, day: 31, keys: ["other", "story"]),
        ]
        let similarity = EventSimilarity(candidates)
        #expect(EventGrouping.groups(candidates, similarity: similarity, window: 1) == [[0, 1], [3, 4]])
        #expect(EventGrouping.groups(candidates, similarity: similarity, window: 2) == [[0, 1, 2], [3, 4]])
        #expect(EventGrouping.groups(candidates, similarity: similarity, window: 0) == [])
    }

    @Test func oneArticleDoesNotChainTwoStories() {
        // Two stories of a day, three articles each, sharing nothing; article 7 shares two keys
        // with each. Linked to both (a chain, as single linkage would make it), it joins one,
        // and the mean similarity across the two groups keeps the stories apart.
        let talks = ["kerry", "abbas", "ramallah"]
        let attack = ["synagogue", "nof", "har"]
        let candidates =
            (1...3).map { candidate($0, day: 0, keys: talks) } + (4...6).map { candidate($0, day: 0, keys: attack) }
            + [candidate(7, day: 0, keys: ["kerry", "abbas", "synagogue", "nof"])]
        let similarity = EventSimilarity(candidates)
        #expect(similarity.similarity(6, 0) >= EventSettings.linkThreshold)
        #expect(similarity.similarity(6, 3) >= EventSettings.linkThreshold)
        let groups = EventGrouping.groups(candidates, similarity: similarity, window: 1)
        #expect(groups.count == 2)
        #expect(groups.contains { Set($0).isSuperset(of: [0, 1, 2]) && !$0.contains(3) })
        #expect(groups.contains { Set($0).isSuperset(of: [3, 4, 5]) && !$0.contains(0) })
    }
}
