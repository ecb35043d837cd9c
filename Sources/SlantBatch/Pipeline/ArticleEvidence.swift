import Foundation
import SlantCore
import SortedJSON

/// One line of an outlet's evidence file: the article's metadata and every finding,
/// attribution and casualty mention with byte offsets and line:column, so each number of the
/// comparison can be traced to spans of text. Offsets count UTF-8 bytes of the article text:
/// the decoded "text" field for JSON Lines and CSV, the file itself for text files.
struct ArticleEvidence: Encodable {
    struct Source: Encodable {
        let file: String
        let line: Int
    }

    struct Span: Encodable {
        let start: Int
        let end: Int
        let line: Int
        let column: Int
        let text: String?

        init(_ span: TextSpan, withText: Bool = true) {
            start = span.start
            end = span.end
            line = span.location.line
            column = span.location.column
            text = withText ? span.text : nil
        }
    }

    struct FindingEvidence: Encodable {
        let rule: String
        let category: String
        let voice: String
        let describedSide: String?
        let speaker: String?
        let speakerSide: String?
        let span: Span
    }

    struct CueEvidence: Encodable {
        let rule: String
        let verbClass: String
        let span: Span
    }

    struct AttributionEvidence: Encodable {
        let index: Int
        let speaker: String
        let side: String?
        let resolution: String
        let speakerSpan: Span?
        let cues: [CueEvidence]
        let directWords: Int
        let paraphraseWords: Int
        /// Offsets only: the words are in the article.
        let quotations: [Span]
        let paraphrases: [Span]
    }

    struct CasualtyEvidence: Encodable {
        let rule: String
        let agency: String
        let victimSide: String?
        let agent: String?
        let agentSide: String?
        let voice: String
        let span: Span
        let emotiveTerms: [Span]
        let caveats: [Span]
    }

    /// A line dropped before the audit: web debris (a lexicon rule) or a line the article
    /// repeats (`boilerplate.repeated-line`).
    struct DroppedLineEvidence: Encodable {
        let line: Int
        let rule: String
        let text: String
    }

    let id: String
    let outlet: String
    let title: String?
    let date: String?
    let url: String?
    let source: Source
    let sha256: String
    let words: Int
    /// Sentences, and those naming an actor or place of the side pack: the article's relevance
    /// is their ratio (`--min-relevance`).
    let sentences: Int
    let topicSentences: Int
    /// The article's counts as the outlet sums them (zeros left out).
    let figures: [String: Int]
    let findings: [FindingEvidence]
    let attributions: [AttributionEvidence]
    let casualties: [CasualtyEvidence]
    let droppedLines: [DroppedLineEvidence]

    init(record: CorpusRecord, id: String, audit: ArticleAudit, figures: ArticleFigures, layout: FigureLayout) {
        self.id = id
        outlet = record.group
        title = record.title ?? audit.input.title
        date = record.date
        url = record.url
        source = Source(file: record.file, line: record.line)
        sha256 = audit.input.sha256
        words = audit.input.words
        sentences = audit.input.sentences
        topicSentences = audit.topicSentences
        var counts: [String: Int] = [:]
        for (index, value) in figures.values.enumerated() where value != 0 { counts[layout.fields[index]] = Int(value) }
        self.figures = counts
        findings = audit.findings.map {
            FindingEvidence(
                rule: $0.ruleID, category: $0.category.rawValue, voice: $0.voice.rawValue, describedSide: $0.describedSideID,
                speaker: $0.speakerName, speakerSide: $0.speakerSideID, span: Span($0.span))
        }
        attributions = audit.attributions.map { attribution in
            AttributionEvidence(
                index: attribution.index, speaker: attribution.speakerName, side: attribution.sideID,
                resolution: attribution.resolution.rawValue, speakerSpan: attribution.speaker.map { Span($0) },
                cues: attribution.cues.map {
                    CueEvidence(rule: $0.ruleID, verbClass: $0.verbClass.rawValue, span: Span($0.span))
                },
                directWords: attribution.directWords, paraphraseWords: attribution.paraphraseWords,
                quotations: attribution.quotations.map { Span($0, withText: false) },
                paraphrases: attribution.paraphrases.map { Span($0, withText: false) })
        }
        droppedLines = audit.droppedLines.map {
            DroppedLineEvidence(line: $0.line, rule: $0.ruleID, text: Self.excerpt($0.text))
        }
        casualties = audit.casualties.map {
            CasualtyEvidence(
                rule: $0.ruleID, agency: $0.agency.rawValue, victimSide: $0.victimSideID, agent: $0.agent,
                agentSide: $0.agentSideID, voice: $0.voice.rawValue, span: Span($0.span),
                emotiveTerms: $0.emotiveTerms.map { Span($0) }, caveats: $0.caveats.map { Span($0) })
        }
    }

    /// A dropped line's text, cut to `TextExcerpt.maximumBytes` (ending in "…") like other
    /// repeated excerpts: a long repeated paragraph would otherwise be written once per copy.
    static func excerpt(_ text: String) -> String {
        guard text.utf8.count > TextExcerpt.maximumBytes else { return text }
        var kept = ""
        var bytes = 0
        for character in text {
            bytes += character.utf8.count
            if bytes > TextExcerpt.maximumBytes - 3 { break }
            kept.append(character)
        }
        return kept + "…"
    }

    /// One line of JSON, keys sorted (Foundation's bytes, written by the fields themselves).
    func encodedLine() -> [UInt8] {
        if var line = try? SortedJSONEncoder(prettyPrinted: false).encode(self, capacity: 4096) {
            line.append(UInt8(ascii: "\n"))
            return line
        }
        return Self.foundationLine(self)
    }

    /// The reference rendering: the fallback, and what the tests compare with.
    static func foundationLine(_ evidence: ArticleEvidence) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(evidence) else { return [] }
        return [UInt8](data) + [UInt8(ascii: "\n")]
    }
}
