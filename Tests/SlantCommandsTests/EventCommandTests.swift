import ArgumentParser
import Foundation
import SlantBatch
import Testing

@testable import SlantCommands

/// `slant compare --events` end to end: options, the report section with its evidence links,
/// and a split-then-merge through partial files giving the bytes of one run.
@Suite struct EventCommandTests {
    func run(_ arguments: [String]) throws {
        var command = try SlantCommand.parseAsRoot(arguments)
        try command.run()
    }

    static func line(_ fields: [String: String]) -> String {
        String(decoding: try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys]), as: UTF8.self)
    }

    /// A synagogue attack reported by two outlets on consecutive days; the same day's talks in
    /// Ramallah by one of them.
    static let corpus = [
        line([
            "id": "1", "outlet": "Herald", "date": "2024-03-04", "title": "Gunmen attack Jerusalem synagogue",
            "text":
                "Two Palestinian gunmen attacked a synagogue in Har Nof, Jerusalem, killing four worshippers, Israeli police said.",
        ]),
        line([
            "id": "2", "outlet": "Courier", "date": "2024-03-05", "title": "Four killed in Har Nof synagogue attack",
            "text": "Palestinian gunmen killed four worshippers at a synagogue in Har Nof, Jerusalem, Israeli police said.",
        ]),
        line([
            "id": "3", "outlet": "Courier", "date": "2024-03-04", "title": "Kerry meets Abbas in Ramallah",
            "text": "John Kerry met Mahmoud Abbas in Ramallah to revive peace talks with Israel, Palestinian officials said.",
        ]),
        line([
            "id": "4", "outlet": "Bugle", "date": "2024-02-01", "title": "Israel and Gaza in review",
            "text": "Israeli troops and Palestinian gunmen clashed in Gaza, Israel said.",
        ]),
    ]

    @Test func optionsAreChecked() {
        for arguments in [
            ["--event-field", "story"], ["--event-window", "2"], ["--events", "--event-field", "story", "--event-window", "2"],
            ["--events", "--event-window", "31"], ["--events", "--event-window", "-1"], ["--events", "--event-field", ""],
        ] {
            #expect(throws: (any Error).self, "\(arguments)") {
                try SlantCommand.parseAsRoot(["compare", "x.jsonl"] + arguments)
            }
        }
        #expect(throws: Never.self) { try SlantCommand.parseAsRoot(["compare", "x.jsonl", "--events", "--event-window", "0"]) }
    }

    @Test func reportAndMergeCarryTheEvents() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-events-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let whole = directory.appendingPathComponent("whole.jsonl")
        try (Self.corpus.joined(separator: "\n") + "\n").write(to: whole, atomically: true, encoding: .utf8)
        let options = ["--events", "--min-relevance", "0"]
        let report = ["--resamples", "40", "--min-articles", "1"]
        let single = directory.appendingPathComponent("single")
        try run(["compare", whole.path, "--output", single.path, "--format", "json,markdown"] + options + report)
        let markdown = try String(contentsOf: single.appendingPathComponent("comparison.md"), encoding: .utf8)
        #expect(markdown.contains("## Same event, side by side"))
        #expect(markdown.contains("### 1. 2024-03-04 to 2024-03-05: "))
        #expect(markdown.contains("(2 outlets, 2 articles)"))
        #expect(markdown.contains("[Herald](articles/\(OutletSlug.make("Herald")).jsonl) `1`"))
        #expect(!markdown.contains("Kerry meets Abbas in Ramallah |"))

        var partials: [String] = []
        for (index, lines) in [[2, 0], [1, 3]].enumerated() {
            let part = directory.appendingPathComponent("part\(index).jsonl")
            try (lines.map { Self.corpus[$0] }.joined(separator: "\n") + "\n").write(to: part, atomically: true, encoding: .utf8)
            let partial = directory.appendingPathComponent("part\(index).partial").path
            try run(["compare", part.path, "--partial", partial] + options)
            partials.append(partial)
        }
        let merged = directory.appendingPathComponent("merged")
        try run(["merge"] + partials.reversed() + ["--output", merged.path, "--format", "json"] + report)
        let expected = try Data(contentsOf: single.appendingPathComponent("comparison.json"))
        #expect(try Data(contentsOf: merged.appendingPathComponent("comparison.json")) == expected)
        #expect(String(decoding: expected, as: UTF8.self).contains("\"sharedKeys\""))

        // A part made without --events is not merged with them.
        let plain = directory.appendingPathComponent("plain.partial").path
        try run(["compare", whole.path, "--partial", plain, "--min-relevance", "0"])
        #expect(throws: ExitCode(2)) { try run(["merge", partials[0], plain, "--format", "json"]) }
    }

    /// The synagogue attack again, now also as an opinion column and as an uncredited copy of the
    /// Herald's story at the Bugle.
    static let combinedCorpus: [String] = {
        let story =
            "Two Palestinian gunmen armed with knives and a pistol attacked a synagogue in Har Nof, Jerusalem, on Tuesday morning, killing four worshippers and wounding eight others during prayers before police officers shot both attackers dead, Israeli police said."
        return [
            line([
                "id": "h1", "outlet": "Herald", "date": "2024-03-04", "url": "https://herald.example/news/h1",
                "title": "Gunmen attack Jerusalem synagogue", "text": story,
            ]),
            line([
                "id": "c1", "outlet": "Courier", "date": "2024-03-05", "url": "https://courier.example/world/c1",
                "title": "Four killed in Har Nof synagogue attack",
                "text": "Palestinian gunmen killed four worshippers at a synagogue in Har Nof, Jerusalem, Israeli police said.",
            ]),
            line([
                "id": "c2", "outlet": "Courier", "date": "2024-03-05", "url": "https://courier.example/opinion/c2",
                "title": "After the Har Nof synagogue attack, Jerusalem needs calm",
                "text":
                    "The attack on a synagogue in Har Nof, Jerusalem, by Palestinian gunmen is a crime, and Israeli leaders must not answer it with collective punishment.",
            ]),
            line([
                "id": "b1", "outlet": "Bugle", "date": "2024-03-05", "url": "https://bugle.example/news/b1",
                "title": "Jerusalem synagogue attacked by gunmen", "text": story,
            ]),
            line([
                "id": "c3", "outlet": "Courier", "date": "2024-03-04", "url": "https://courier.example/world/c3",
                "title": "Kerry meets Abbas in Ramallah",
                "text": "John Kerry met Mahmoud Abbas in Ramallah to revive peace talks with Israel, Palestinian officials said.",
            ]),
        ]
    }()

    /// `--events` with `--near-duplicates` and the opinion split: the column is its own group in
    /// the event, the Bugle's copy is wire copy of the Herald's story and still one of the event's
    /// articles, and parts merged in another order give the bytes of one run. Parts of an older
    /// partial-results version are refused, naming it.
    @Test func eventsNearDuplicatesAndOpinionSplitAndMergeExactly() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-events-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = Self.combinedCorpus
        let whole = directory.appendingPathComponent("whole.jsonl")
        try (corpus.joined(separator: "\n") + "\n").write(to: whole, atomically: true, encoding: .utf8)
        let options = ["--events", "--near-duplicates", "--opinion-url-pattern", "/opinion/", "--min-relevance", "0"]
        let report = ["--resamples", "40", "--min-articles", "1"]
        let single = directory.appendingPathComponent("single")
        try run(["compare", whole.path, "--output", single.path, "--format", "json"] + options + report)
        let expected = try Data(contentsOf: single.appendingPathComponent("comparison.json"))
        let comparison = try JSONDecoder().decode(Comparison.self, from: expected)

        #expect(comparison.accounting.opinionPieces == 1)
        #expect(
            comparison.nearDuplicates?.map { "\($0.outlet) \($0.id) <- \($0.originalOutlet) \($0.originalID)" } == [
                "Bugle b1 <- Herald h1"
            ])
        let events = try #require(comparison.events)
        #expect(events.events.count == 1)
        let event = try #require(events.events.first)
        #expect(event.outlets == 4)
        #expect(
            event.articles.map { "\($0.outlet) \($0.id)" }.sorted() == [
                "Bugle b1", "Courier (opinion) c2", "Courier c1", "Herald h1",
            ])

        var partials: [String] = []
        for (index, lines) in [[3, 2], [4, 0, 1]].enumerated() {
            let part = directory.appendingPathComponent("part\(index).jsonl")
            try (lines.map { corpus[$0] }.joined(separator: "\n") + "\n").write(to: part, atomically: true, encoding: .utf8)
            let partial = directory.appendingPathComponent("part\(index).partial").path
            try run(["compare", part.path, "--partial", partial, "--jobs", "\(1 + index)"] + options)
            partials.append(partial)
        }
        let merged = directory.appendingPathComponent("merged")
        try run(["merge"] + partials.reversed() + ["--output", merged.path, "--format", "json"] + report)
        #expect(try Data(contentsOf: merged.appendingPathComponent("comparison.json")) == expected)

        // A part of schema version 3 (either branch's) is refused with its version named.
        var old = try String(contentsOf: URL(fileURLWithPath: partials[0]), encoding: .utf8)
        let version = "\"schemaVersion\":\(CorpusStatistics.currentSchemaVersion)"
        #expect(old.contains(version))
        old = old.replacingOccurrences(of: version, with: "\"schemaVersion\":3")
        let problem = #expect(throws: MergeProblem.self) {
            try CorpusStatistics.decode(Data(old.utf8), file: "old.partial")
        }
        #expect(problem?.description.contains("old.partial") == true)
        #expect(problem?.message.contains("schema version 3, made by an older slant") == true)
        let oldFile = directory.appendingPathComponent("old.partial")
        try old.write(to: oldFile, atomically: true, encoding: .utf8)
        #expect(throws: ExitCode(2)) { try run(["merge", partials[1], oldFile.path, "--format", "json"]) }
    }
}
