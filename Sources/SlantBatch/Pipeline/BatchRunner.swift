import Foundation
import PCRE2
import SlantCore

/// Audits a corpus on all cores and reduces it to per-outlet statistics. One thread reads
/// records in order; a fixed pool of workers parses and audits them, each with its own match
/// scratch (and compresses the evidence line, with `--gzip-evidence`); outcomes come back in
/// input order and are folded into the statistics and written to the evidence files on the
/// reading thread. At most a few batches of records per worker are in flight (`RecordBatch`),
/// and an audit is reduced to counts on its worker, so memory depends on the number of
/// outlets (and their articles' counts), not on the size of the corpus.
public struct BatchRunner: Sendable {
    public let auditor: Auditor
    public let options: BatchOptions

    public init(auditor: Auditor, options: BatchOptions) {
        self.auditor = auditor
        self.options = options
    }

    public var layout: FigureLayout { FigureLayout(sides: auditor.compiled.sides.map(SideDescription.init)) }

    /// `benchmark` (for `--benchmark`) collects the workers' time per phase and a sample of texts.
    public func run(
        _ inputs: [String], benchmark: BatchBenchmark? = nil, progress: ((BatchProgress) -> Void)? = nil
    ) throws -> CorpusStatistics {
        var statistics = CorpusStatistics(
            groupField: options.fields.group, lexicons: auditor.compiled.packVersions, layout: layout,
            minimumRelevance: options.minimumRelevance, periodGranularity: options.periodGranularity,
            aliases: options.aliases, opinion: options.opinion, nearDuplicates: options.findsNearDuplicates,
            boilerplate: options.boilerplate.map { BoilerplateSummary($0) }, events: options.events,
            resampling: options.resampling)
        let evidence = try options.evidenceDirectory.map {
            try EvidenceWriter(directory: $0, compressed: options.compressesEvidence)
        }
        let compresses = evidence != nil && options.compressesEvidence
        let processor = RecordProcessor(
            auditor: auditor, decoder: RecordDecoder(fields: options.fields), layout: layout,
            writesEvidence: evidence != nil, minimumRelevance: options.minimumRelevance,
            aliases: options.aliases, opinion: options.opinion.map(OpinionMarker.init),
            findsNearDuplicates: options.findsNearDuplicates, boilerplate: options.boilerplate?.knownByGroup() ?? [:],
            events: options.events)
        let jobs = max(1, options.jobs)
        let queue = OrderedWorkQueue<[RawRecord], [RecordOutcome]>(capacity: jobs * 4)
        let done = DispatchGroup()
        for _ in 0..<jobs {
            done.enter()
            let worker = Thread {
                let scratch = MatchScratch()
                let deflater = compresses ? EvidenceDeflater() : nil
                let timings = benchmark.map { _ in PhaseTimings() }
                while let (sequence, records) = queue.take() {
                    queue.complete(
                        sequence,
                        records.map {
                            processor.process($0, scratch: scratch, deflater: deflater, timings: timings, benchmark: benchmark)
                        })
                }
                if let timings { benchmark?.add(timings) }
                done.leave()
            }
            // The audit's segmenting and matching recurse over long texts: room for a large article.
            worker.stackSize = 16 << 20
            worker.start()
        }

        let totalBytes = Self.totalBytes(inputs)
        var bytesBefore = 0
        var bytesRead = 0
        var writeError: (any Error)?
        var slugs = OutletSlugTable()
        func deliver(_ outcome: RecordOutcome) {
            switch outcome {
            case .audited(let article):
                statistics.add(
                    outlet: article.outlet, key: article.key, id: article.id, title: article.title, figures: article.figures,
                    date: article.date, isOpinion: article.isOpinion, nearDuplicate: article.nearDuplicate)
                if let event = article.event { statistics.addEvent(outlet: article.outlet, event) }
                if let line = article.evidence, writeError == nil {
                    do {
                        let (slug, renamed) = slugs.add(article.outlet)
                        if let renamed { try evidence?.rename(slug: renamed.from, to: renamed.to) }
                        try evidence?.write(line, slug: slug)
                    } catch { writeError = error }
                }
            case .skipped(let record):
                statistics.accounting.countSkipped(record)
            case .offTopic(let article):
                statistics.accounting.countOffTopic(article)
            }
            progress?(
                BatchProgress(
                    records: statistics.accounting.read, skipped: statistics.accounting.skipped, bytesRead: bytesRead,
                    totalBytes: totalBytes))
        }
        func deliverAll(_ outcomes: [RecordOutcome]) { outcomes.forEach(deliver) }
        let reader = CorpusReader(
            fields: options.fields, maxRecordBytes: options.maxRecordBytes, format: options.format,
            manifestPath: options.manifest)
        var batch = RecordBatch()
        for input in inputs {
            reader.read(
                input, emit: { if batch.add($0) { queue.submit(batch.take(), deliver: deliverAll) } },
                advanced: { bytesRead = bytesBefore + $0 }, fail: { statistics.accounting.add($0) })
            bytesBefore = bytesRead
        }
        if !batch.isEmpty { queue.submit(batch.take(), deliver: deliverAll) }
        queue.finish(deliver: deliverAll)
        done.wait()
        try evidence?.close()
        if let writeError { throw writeError }
        return statistics
    }

    /// The inputs' total size, known only when every input is a regular file.
    private static func totalBytes(_ inputs: [String]) -> Int? {
        var total = 0
        for input in inputs {
            guard input != "-", let attributes = try? FileManager.default.attributesOfItem(atPath: input),
                attributes[.type] as? FileAttributeType == .typeRegular, let size = attributes[.size] as? Int
            else { return nil }
            total += size
        }
        return total
    }
}
