import Foundation
import SlantBatch
import SlantCore
import SlantDefaultLexicons
import TestSupport

/// Small corpora written by the tests themselves: articles built from sentences that exercise
/// voices, sides, reporting verbs, casualty clauses and labels.
enum TestCorpus {
    static let lexicon = DefaultLexicon.compiled

    static let auditor = Auditor(compiled: lexicon, dropsRepeatedLines: true)

    static let sentences = [
        "Israeli forces killed 12 Palestinians in Gaza on Tuesday, the Gaza health ministry said.",
        "Hamas militants fired rockets at Israeli towns overnight, the Israeli military claimed.",
        "Netanyahu said Israel would continue its operation against the terrorists.",
        "Palestinian officials said the massacre of civilians in Rafah must end.",
        "Three Israelis were killed in the attack near Sderot, police said.",
        "\"We will defend our people,\" a Hamas spokesman said.",
        "The United Nations said it was deeply concerned about the brutal violence.",
        "Dozens of people died in the strikes, according to medics.",
        "The Israeli army insisted that its troops had acted in self-defense.",
        "Hamas admitted that the fighters had been deployed in the area.",
    ]

    /// Article `index`: a deterministic selection of the sentences, in paragraphs.
    static func text(_ index: Int) -> String {
        var paragraphs: [String] = []
        for offset in 0..<(3 + index % 4) {
            paragraphs.append(sentences[(index * 7 + offset * 3) % sentences.count])
        }
        return "Headline number \(index)\n\n" + paragraphs.joined(separator: "\n\n")
    }

    static let outlets = ["Daily Planet", "The Bugle", "Gazette | Weekly", "Sentinel"]

    /// One JSON object per line.
    static func jsonLine(_ index: Int, outlet: String? = nil) -> String {
        let object: [String: Any] = [
            "id": "article-\(index)", "outlet": outlet ?? outlets[index % outlets.count], "title": "Story \(index)",
            "date": "2024-01-\(String(format: "%02d", 1 + index % 28))", "text": text(index),
        ]
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// A JSON line with the given fields (strings), keys sorted.
    static func jsonLine(_ fields: [String: String]) -> String {
        let data = try! JSONSerialization.data(withJSONObject: fields, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    static func jsonLines(_ range: Range<Int>) -> String {
        range.map { jsonLine($0) }.joined(separator: "\n") + "\n"
    }

    static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("slant-batch-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    static func write(_ text: String, to url: URL) throws {
        try Data(text.utf8).write(to: url)
    }

    static func run(
        _ inputs: [String], jobs: Int = 2, evidence: String? = nil, fields: CorpusFields = CorpusFields(),
        manifest: String? = nil, minimumRelevance: Double = 0
    ) throws -> CorpusStatistics {
        try BatchRunner(
            auditor: auditor,
            options: BatchOptions(
                fields: fields, manifest: manifest, jobs: jobs, evidenceDirectory: evidence, minimumRelevance: minimumRelevance)
        ).run(inputs)
    }
}
