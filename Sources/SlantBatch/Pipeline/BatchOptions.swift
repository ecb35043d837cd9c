import Foundation

/// How a batch run reads its inputs and how much it runs at once.
public struct BatchOptions: Sendable {
    /// Larger records are skipped, and counted, as too large: the limit keeps any one record
    /// from taking unbounded memory while waiting for a worker.
    public static let defaultMaxRecordBytes = 16 * 1024 * 1024
    /// The folder, beside the reports, holding `<outlet slug>.jsonl` evidence files.
    public static let evidenceFolder = "articles"
    /// `slant compare`'s default `--min-relevance`: one sentence in ten about the conflict. On the
    /// example corpus it keeps 386 of 652 articles; below it nearly every article is about
    /// something else (US elections, free speech, Saudi Arabia); above it few are.
    public static let defaultMinimumRelevance = 0.1

    public var fields: CorpusFields
    public var format: CorpusFormat?
    public var manifest: String?
    public var maxRecordBytes: Int
    public var jobs: Int
    /// Articles with a smaller share of sentences naming the side pack's actors or places are
    /// off topic: listed and counted, left out of the figures (0 keeps every article).
    public var minimumRelevance: Double
    /// `--by-period`: keep each article's year, quarter or month for the trends.
    public var periodGranularity: PeriodGranularity?
    /// `--outlet-aliases`: name variants merged under one group name.
    public var aliases: OutletAliases
    /// `--opinion-field`, `--opinion-url-pattern`: opinion pieces reported apart.
    public var opinion: OpinionMarking?
    /// `--near-duplicates`: keep each article's shingle signature to find copies across outlets.
    public var findsNearDuplicates: Bool
    /// `--boilerplate`: lines found in many of a group's articles, dropped from them.
    public var boilerplate: BoilerplateTable?
    /// Where to write `articles/<slug>.jsonl`; nil writes no evidence.
    public var evidenceDirectory: String?
    /// Writes `articles/<slug>.jsonl.gz` instead, each line compressed on its worker.
    public var compressesEvidence: Bool
    /// `--events`: keep what grouping articles into events needs (some 400 bytes an article).
    public var events: EventSettings?
    /// The bootstrap's seed and resamples, which let large outlets fold their articles into
    /// resampled sums as they arrive (`Folding`); nil keeps every article.
    public var resampling: Resampling?

    public init(
        fields: CorpusFields = CorpusFields(), format: CorpusFormat? = nil, manifest: String? = nil,
        maxRecordBytes: Int = defaultMaxRecordBytes, jobs: Int = ProcessInfo.processInfo.activeProcessorCount,
        evidenceDirectory: String? = nil, compressesEvidence: Bool = false, minimumRelevance: Double = 0,
        periodGranularity: PeriodGranularity? = nil, aliases: OutletAliases = OutletAliases(), opinion: OpinionMarking? = nil,
        findsNearDuplicates: Bool = false, boilerplate: BoilerplateTable? = nil, events: EventSettings? = nil,
        resampling: Resampling? = nil
    ) {
        self.resampling = resampling
        self.events = events
        self.boilerplate = boilerplate
        self.findsNearDuplicates = findsNearDuplicates
        self.opinion = opinion
        self.aliases = aliases
        self.periodGranularity = periodGranularity
        self.minimumRelevance = minimumRelevance
        self.fields = fields
        self.format = format
        self.manifest = manifest
        self.maxRecordBytes = maxRecordBytes
        self.jobs = jobs
        self.evidenceDirectory = evidenceDirectory
        self.compressesEvidence = compressesEvidence
    }

    /// "jsonl", or "jsonl.gz" when the evidence is compressed: what the report links to.
    public var evidenceExtension: String { EvidenceWriter.fileExtension(compressed: compressesEvidence) }
}
