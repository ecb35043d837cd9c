import Foundation
import SlantBatch
import SlantReporters
import Testing

/// Part 3 of issue 14 (wire copy by shingling): an article that is a near duplicate of an
/// earlier article of another outlet is wire copy of the outlet that ran it, whatever the order
/// of the input, the thread count or the split of the corpus.
@Suite struct NearDuplicateTests {
    static let story = TestCorpus.sentences.joined(separator: " ")
    /// The story with one of its ten sentences rewritten and a sign-off added: an edited copy.
    static let editedCopy =
        story.replacingOccurrences(
            of: "Dozens of people died in the strikes, according to medics.",
            with: "Medics said that dozens of people had died in the overnight strikes.")
        + " Follow our live coverage for updates."
    static let otherStory = """
        The city council approved a new budget for road repairs on Monday after a long debate. \
        Residents of the northern district had asked for months that the potholes on the main avenue be fixed, \
        and the mayor promised that work would begin before the winter. Opponents said the money should go to \
        schools instead, and two members voted against the plan.
        """

    func corpus(_ records: [(id: String, outlet: String, date: String?, text: String)]) -> String {
        records.map { record in
            var fields = ["id": record.id, "outlet": record.outlet, "text": "Headline\n\n" + record.text]
            fields["date"] = record.date
            return TestCorpus.jsonLine(fields)
        }.joined(separator: "\n") + "\n"
    }

    let records: [(id: String, outlet: String, date: String?, text: String)] = [
        ("herald-copy", "Herald", "2024-03-02", editedCopy),
        ("courier-1", "Courier", "2024-03-01", story),
        ("courier-again", "Courier", "2024-03-03", story),
        ("gazette-1", "Gazette", "2024-03-01", otherStory),
        ("undated-copy", "Sentinel", nil, story),
    ]

    func run(_ text: String, in directory: URL, name: String, jobs: Int = 2) throws -> CorpusStatistics {
        let file = directory.appendingPathComponent(name)
        try TestCorpus.write(text, to: file)
        return try BatchRunner(auditor: TestCorpus.auditor, options: BatchOptions(jobs: jobs, findsNearDuplicates: true))
            .run([file.path])
    }

    func json(_ statistics: CorpusStatistics) -> String {
        JSONComparisonReporter().render(
            ComparisonBuilder.build(statistics, settings: ComparisonSettings(seed: 3, resamples: 50, minimumArticles: 1)),
            context: ComparisonContext(inputs: [], evidenceFolder: nil))
    }

    @Test func copiesOfAnotherOutletsEarlierArticleAreWireCopy() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let statistics = try run(corpus(records), in: directory, name: "c.jsonl")
        let comparison = ComparisonBuilder.build(statistics, settings: ComparisonSettings(resamples: 20, minimumArticles: 1))
        let copies = try #require(comparison.nearDuplicates)
        // The Courier ran the story first; its own second run of it is not a copy of the Herald's,
        // though the Herald's came in between.
        #expect(copies.map(\.id) == ["herald-copy", "undated-copy"])
        #expect(copies.allSatisfy { $0.originalOutlet == "Courier" && $0.originalID == "courier-1" })
        #expect(copies[1].similarity == 1)
        #expect(copies[0].similarity >= NearDuplicateFinder.threshold && copies[0].similarity < 1)
        #expect(comparison.method.nearDuplicates != nil)
        #expect(comparison.wireCopy.map(\.outlet) == ["Herald", "Sentinel"])
        #expect(comparison.wireCopy.allSatisfy { $0.wireArticles == 1 })
        let report = MarkdownComparisonReporter().render(comparison, context: ComparisonContext(inputs: [], evidenceFolder: nil))
        #expect(report.contains("| Herald | `herald-copy` | Courier | `courier-1` |"))
    }

    @Test func theResultDependsOnNeitherInputOrderNorThreadsNorSplit() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // Two outlets running the same story on the same day: the tie goes by article key.
        let sameDay = records + [("bugle-same-day", "Bugle", "2024-03-01", Self.story)]
        let single = try run(corpus(sameDay), in: directory, name: "all.jsonl", jobs: 1)
        let reversed = try run(corpus(sameDay.reversed()), in: directory, name: "reversed.jsonl", jobs: 3)
        #expect(json(single) == json(reversed))
        let parts = try [Array(sameDay[3...]), Array(sameDay[..<3])].enumerated().map { index, part in
            let name = "part-\(index).jsonl"
            let statistics = try run(corpus(part), in: directory, name: name)
            return (file: name, statistics: try CorpusStatistics.decode(try statistics.encoded(), file: name))
        }
        #expect(json(try CorpusStatistics.merged(parts)) == json(single))
        let copies = try #require(ComparisonBuilder.build(single, settings: ComparisonSettings(resamples: 0)).nearDuplicates)
        // Of the two same-day originals exactly one is the other's copy.
        #expect(copies.filter { ["bugle-same-day", "courier-1"].contains($0.id) }.count == 1)
        // Whichever came first by key is the original of every other copy, and the Courier's second
        // run is a copy only when the Bugle's version preceded the Courier's first.
        let bugleFirst = copies.contains { $0.id == "courier-1" }
        #expect(copies.allSatisfy { $0.originalID == (bugleFirst ? "bugle-same-day" : "courier-1") })
        #expect(copies.count == (bugleFirst ? 4 : 3))
        // Parts made without --near-duplicates are refused.
        let plain = try TestCorpus.run([directory.appendingPathComponent("part-0.jsonl").path])
        #expect(throws: MergeProblem.self) { try CorpusStatistics.merged([parts[0], ("plain", plain)]) }
    }

    @Test func onOneDayTheCreditedVersionIsTheOriginal() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // By key alone "plain-1" would come first (its id's FNV-1a hash is the smaller).
        let pair: [(id: String, outlet: String, date: String?, text: String)] = [
            ("plain-1", "Plain Times", "2024-05-01", Self.otherStory),
            ("agency-1", "Wire Daily", "2024-05-01", "CITY HALL (AP) — " + Self.otherStory),
        ]
        for (index, order) in [pair, pair.reversed()].enumerated() {
            let statistics = try run(corpus(order), in: directory, name: "\(index).jsonl")
            let copies = ComparisonBuilder.build(statistics, settings: ComparisonSettings(resamples: 0)).nearDuplicates
            #expect(copies?.map(\.id) == ["plain-1"])
            #expect(copies?.first?.originalID == "agency-1")
        }
    }

    @Test func signaturesEstimateTheShingleSimilarity() throws {
        let story = try #require(NearDuplicateSignature(text: Array(Self.story.utf8)))
        let copy = try #require(NearDuplicateSignature(text: Array(Self.editedCopy.utf8)))
        let other = try #require(NearDuplicateSignature(text: Array(Self.otherStory.utf8)))
        #expect(story.similarity(to: story) == 1)
        #expect(story.similarity(to: copy) > 0.6)
        #expect(story.similarity(to: other) < 0.1)
        // Case and punctuation do not change the words.
        let shouted = try #require(
            NearDuplicateSignature(text: Array(Self.story.uppercased().replacingOccurrences(of: ",", with: " ;").utf8)))
        #expect(shouted == story)
        #expect(NearDuplicateSignature(text: Array("Too few words to be a story of their own.".utf8)) == nil)
        #expect(NearDuplicateSignature(hex: story.hex) == story)
        #expect(NearDuplicateSignature(hex: "zz") == nil)
    }
}
