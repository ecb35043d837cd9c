import PCRE2
import SlantCore

/// Turns one raw record into an outcome on a worker: parse, decode the text, audit, reduce the
/// audit to counts and an evidence line.
struct RecordProcessor: Sendable {
    let auditor: Auditor
    let decoder: RecordDecoder
    let layout: FigureLayout
    let writesEvidence: Bool
    /// Articles whose relevance is lower are off topic: counted and listed, not measured.
    var minimumRelevance = 0.0
    /// Group names merged under one (`--outlet-aliases`).
    var aliases = OutletAliases()
    /// Marks opinion pieces, which are reported as a group of their own (`OpinionMarking`).
    var opinion: OpinionMarker?
    /// `--near-duplicates`: each article's shingle signature is computed here, on the worker.
    var findsNearDuplicates = false
    /// `--boilerplate`: each group's lines dropped from its articles like debris.
    var boilerplate: [String: KnownBoilerplate] = [:]
    /// `--events`: each article's event candidate is made here, on the worker.
    var events: EventSettings? = nil

    /// `deflater` (with `--gzip-evidence`) compresses the evidence line here, on the worker;
    /// `timings` (with `--benchmark`) gets this worker's time per phase; `benchmark` keeps the
    /// first texts for timing rules.
    func process(
        _ raw: RawRecord, scratch: MatchScratch, deflater: EvidenceDeflater? = nil, timings: PhaseTimings? = nil,
        benchmark: BatchBenchmark? = nil
    ) -> RecordOutcome {
        var record: CorpusRecord
        switch timings.measure("record parsing", { decoder.decode(raw) }) {
        case .skipped(let skipped): return .skipped(skipped)
        case .article(let article): record = aliases.isEmpty ? article : article.regrouped(aliases[article.group])
        }
        let isOpinion = opinion?.isOpinion(record, scratch: scratch) ?? false
        if isOpinion { record = record.regrouped(OpinionMarking.group(of: record.group)) }
        let source: SourceText
        do {
            let start = PhaseTimings.now()
            defer { timings?.add("text decoding", since: start) }
            source = try InputDecoder.decode(record.text, name: "\(record.file):\(record.line)")
        } catch {
            return .skipped(
                SkippedRecord(file: record.file, line: record.line, reason: Self.reason(error), detail: Self.detail(error)))
        }
        benchmark?.keep(source)
        let reading = auditor.read(source, scratch: scratch, timings: timings, boilerplate: boilerplate[record.group])
        // An off-topic article is listed, not measured: the rest of its audit would be thrown away.
        if reading.relevance < minimumRelevance {
            return .offTopic(
                OffTopicArticle(
                    group: record.group, id: record.id ?? Self.id(sha256: reading.sha256),
                    title: record.title ?? reading.title, sentences: reading.sentences, topicSentences: reading.topicSentences))
        }
        let audit = auditor.audit(reading, scratch: scratch, timings: timings)
        let id = record.id ?? Self.id(sha256: audit.input.sha256)
        let (figures, line) = timings.measure("figures and evidence") {
            var figures = ArticleFigures(audit, layout: layout)
            if WireCopy.credit(in: record.text) != nil, let wire = layout.index(of: FigureLayout.wireCopy) {
                var values = figures.values
                values[wire] = 1
                figures = ArticleFigures(values: values, terms: figures.terms)
            }
            let line =
                writesEvidence
                ? ArticleEvidence(record: record, id: id, audit: audit, figures: figures, layout: layout).encodedLine() : nil
            return (figures, line)
        }
        var evidence: EvidenceLine?
        if let line, let deflater {
            evidence = timings.measure("evidence compression") { EvidenceLine.deflated(deflater.compress(line)) }
        } else if let line {
            evidence = .plain(line)
        }
        let key = ArticleKey(id: id, sha256: audit.input.sha256)
        let title = record.title ?? audit.input.title
        let event = events.map {
            EventObservation(
                settings: $0, key: key, id: id, title: title, date: record.date, event: record.event, text: record.text)
        }
        return .audited(
            AuditedArticle(
                outlet: record.group, key: key, id: id, title: title, date: record.date, figures: figures, evidence: evidence,
                isOpinion: isOpinion,
                nearDuplicate: findsNearDuplicates
                    ? timings.measure("near-duplicate signature") {
                        NearDuplicateTraits(id: id, date: record.date, text: record.text)
                    }
                    : nil,
                event: event))
    }

    /// Without an id field, the text's hash: the same wherever the record is read from.
    static func id(sha256: String) -> String { "sha256:" + sha256.prefix(16) }

    static func reason(_ problem: InputProblem) -> SkipReason {
        switch problem {
        case .empty: .emptyText
        case .binary: .binaryText
        case .invalidUTF8: .invalidUTF8
        case .unreadable: .unreadable
        }
    }

    static func detail(_ problem: InputProblem) -> String {
        switch problem {
        case .empty: "the text is empty or only whitespace"
        case .binary(_, let offset): "a NUL byte at byte \(offset) of the text: binary data, not text"
        case .invalidUTF8(_, let offset, let location):
            "invalid UTF-8 at byte \(offset) of the text (line \(location.line), column \(location.column))"
        case .unreadable(_, let reason): reason
        }
    }
}
