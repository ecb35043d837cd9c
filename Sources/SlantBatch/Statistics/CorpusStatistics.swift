import Foundation
import SlantCore

/// Everything a comparison is computed from: per-outlet sufficient statistics and the
/// accounting of records. `slant compare --partial` writes it; `slant merge` adds parts up and
/// computes the same comparison a single run over all the parts' inputs would.
public struct CorpusStatistics: Sendable {
    public static let kind = "slant-partial-statistics"
    /// Bumped when a field changes meaning; parts of different versions are not merged.
    /// 2: `minimumRelevance`; an outlet's `terms` count articles (document frequency), not hits;
    /// `leaders`, the articles adding most to each count; `periodGranularity` and each article's
    /// `period` with `--by-period`; `aliases`. 3 meant two things while two features were built
    /// apart: either `events` with `--events`, or `opinion` (the opinion marking) and the
    /// accounting's `opinionPieces`, `nearDuplicates` and each article's `id`, `day` and
    /// `signature` with `--near-duplicates`, and `boilerplate` with `--boilerplate`. 4: all of
    /// them, so that no part of either version 3 is read as the other. 5: `resampling`, and an
    /// outlet's `folded` sums (Poisson bootstrap) in place of its articles past a threshold.
    public static let currentSchemaVersion = 5

    public let groupField: String
    public let lexicons: [PackVersion]
    public let layout: FigureLayout
    /// The `--min-relevance` the articles were sorted by: parts must agree to be merged.
    public let minimumRelevance: Double
    /// `--by-period`: each article's period is kept, and parts must agree to be merged.
    public let periodGranularity: PeriodGranularity?
    /// `--outlet-aliases`: parts must have merged the same names to be merged.
    public let aliases: OutletAliases
    /// `--opinion-field`, `--opinion-url-pattern`: parts must have marked opinion alike to be merged.
    public let opinion: OpinionMarking?
    /// `--near-duplicates`: each article's signature is kept, and parts must agree to be merged.
    public let nearDuplicates: Bool
    /// `--boilerplate`: the table's digest and size; parts must have dropped the same lines.
    public let boilerplate: BoilerplateSummary?
    /// The bootstrap's seed and resamples, when known during the run (`slant compare`, `slant
    /// merge`): large outlets' articles are then folded into resampled sums (`Folding`). Written
    /// in the partial results only when some outlet folded: such a part merges only with the
    /// same seed and resamples; the others, with any.
    public private(set) var resampling: Resampling?
    /// Articles an outlet keeps before folding them (nil: `Folding.threshold`; small in tests).
    var foldThreshold: Int?
    /// `--events`: each groupable article's event candidate; parts must agree to be merged.
    public private(set) var events: EventStatistics?
    public private(set) var outlets: [String: OutletStatistics] = [:]
    public internal(set) var accounting = RecordAccounting()

    public init(
        groupField: String, lexicons: [PackVersion], layout: FigureLayout, minimumRelevance: Double = 0,
        periodGranularity: PeriodGranularity? = nil, aliases: OutletAliases = OutletAliases(), opinion: OpinionMarking? = nil,
        nearDuplicates: Bool = false, boilerplate: BoilerplateSummary? = nil, events: EventSettings? = nil,
        resampling: Resampling? = nil
    ) {
        self.resampling = resampling
        self.events = events.map { EventStatistics(settings: $0) }
        self.boilerplate = boilerplate
        self.nearDuplicates = nearDuplicates
        self.opinion = opinion
        self.aliases = aliases
        self.periodGranularity = periodGranularity
        self.groupField = groupField
        self.lexicons = lexicons
        self.layout = layout
        self.minimumRelevance = minimumRelevance
    }

    mutating func add(
        outlet: String, key: ArticleKey, id: String, title: String?, figures: ArticleFigures, date: String? = nil,
        isOpinion: Bool = false, nearDuplicate: NearDuplicateTraits? = nil
    ) {
        if outlets[outlet] == nil { outlets[outlet] = newOutlet(outlet) }
        outlets[outlet]!
            .add(
                key: key, values: figures.values, terms: figures.terms,
                period: periodGranularity.map { $0.period(ofDate: date) }, nearDuplicate: nearDuplicate)
        outlets[outlet]!.addLeader(id: id, title: title, key: key, values: figures.values)
        accounting.countAudited(opinion: isOpinion)
    }

    /// How an outlet folds its articles (`Folding`): only when the resampling is known and no
    /// option needs each article after the run.
    var folding: Folding? {
        guard let resampling, periodGranularity == nil, !nearDuplicates, events == nil else { return nil }
        return Folding(
            resampling: resampling, wireField: layout.index(of: FigureLayout.wireCopy),
            threshold: foldThreshold ?? Folding.threshold(resamples: resampling.resamples, fieldCount: layout.fields.count))
    }

    private func newOutlet(_ name: String) -> OutletStatistics {
        var outlet = OutletStatistics(name: name, fieldCount: layout.fields.count)
        outlet.folding = folding
        return outlet
    }

    mutating func addEvent(outlet: String, _ observation: EventObservation) {
        events?.add(outlet: outlet, observation)
    }

    /// Parts in the order given: their accounting lists follow one another, as if their inputs
    /// had been read one after the other. Parts must come from the same lexicons and grouping,
    /// and those whose outlets folded articles into resampled sums from `resampling` (the
    /// merge's seed and resamples; nil: the first such part's), with which the merge folds too.
    public static func merged(
        _ parts: [(file: String, statistics: CorpusStatistics)], resampling requested: Resampling? = nil
    ) throws(MergeProblem) -> CorpusStatistics {
        guard let first = parts.first else { throw MergeProblem(file: "", message: "no partial results to merge") }
        let resampling = requested ?? parts.lazy.compactMap { $0.statistics.foldedResampling }.first
        var merged = CorpusStatistics(
            groupField: first.statistics.groupField, lexicons: first.statistics.lexicons, layout: first.statistics.layout,
            minimumRelevance: first.statistics.minimumRelevance, periodGranularity: first.statistics.periodGranularity,
            aliases: first.statistics.aliases, opinion: first.statistics.opinion,
            nearDuplicates: first.statistics.nearDuplicates, boilerplate: first.statistics.boilerplate,
            events: first.statistics.events?.settings, resampling: resampling)
        merged.foldThreshold = first.statistics.foldThreshold
        for (file, part) in parts {
            guard part.groupField == merged.groupField else {
                throw MergeProblem(
                    file: file, message: "grouped by \"\(part.groupField)\", the first part by \"\(merged.groupField)\"")
            }
            guard part.lexicons == merged.lexicons else {
                throw MergeProblem(
                    file: file,
                    message: "made with other lexicons (\(describe(part.lexicons)); first part: \(describe(merged.lexicons)))")
            }
            guard part.minimumRelevance == merged.minimumRelevance else {
                throw MergeProblem(
                    file: file,
                    message:
                        "made with --min-relevance \(part.minimumRelevance), the first part with \(merged.minimumRelevance)")
            }
            guard part.periodGranularity == merged.periodGranularity else {
                throw MergeProblem(
                    file: file,
                    message:
                        "made with --by-period \(part.periodGranularity?.rawValue ?? "(none)"), the first part with \(merged.periodGranularity?.rawValue ?? "(none)")"
                )
            }
            guard part.aliases == merged.aliases else {
                throw MergeProblem(file: file, message: "made with other --outlet-aliases than the first part")
            }
            guard part.opinion == merged.opinion else {
                throw MergeProblem(
                    file: file,
                    message:
                        "marked opinion pieces by \(part.opinion?.description ?? "nothing"), the first part by \(merged.opinion?.description ?? "nothing")"
                )
            }
            guard part.nearDuplicates == merged.nearDuplicates else {
                throw MergeProblem(
                    file: file,
                    message: part.nearDuplicates
                        ? "made with --near-duplicates, the first part without"
                        : "made without --near-duplicates, the first part with")
            }
            guard part.boilerplate?.digest == merged.boilerplate?.digest else {
                throw MergeProblem(
                    file: file,
                    message:
                        "made with \(part.boilerplate.map { "the boilerplate file of digest \($0.digest.prefix(16))" } ?? "no --boilerplate"), the first part with \(merged.boilerplate.map { "the boilerplate file of digest \($0.digest.prefix(16))" } ?? "none")"
                )
            }
            guard part.events?.settings == merged.events?.settings else {
                throw MergeProblem(
                    file: file,
                    message:
                        "made with \(describe(part.events?.settings)), the first part with \(describe(merged.events?.settings))")
            }
            guard part.layout == merged.layout else {
                throw MergeProblem(file: file, message: "counts a different set of figures (other sides in the lexicon)")
            }
            if let made = part.foldedResampling, made != resampling {
                throw MergeProblem(
                    file: file,
                    message:
                        "made with \(describe(made)) (its large outlets hold resampled sums): merge it with the same, not \(describe(resampling))"
                )
            }
            for (name, outlet) in part.outlets {
                if merged.outlets[name] == nil {
                    var outlet = outlet
                    outlet.folding = merged.folding
                    merged.outlets[name] = outlet
                } else {
                    merged.outlets[name]!.merge(outlet)
                }
            }
            if let events = part.events { merged.events?.merge(events) }
            merged.accounting.merge(part.accounting)
        }
        return merged
    }

    /// An outlet's statistics replaced by another version of them (near duplicates marked).
    mutating func replace(_ outlet: OutletStatistics) {
        outlets[outlet.name] = outlet
    }

    /// The resampling, when some outlet folded articles with it.
    var foldedResampling: Resampling? {
        outlets.values.contains { $0.folded != nil } ? resampling : nil
    }

    /// "--seed S --resamples N", as the options that give the resampling.
    public static func describe(_ resampling: Resampling?) -> String {
        guard let resampling else { return "no resampling during the run" }
        return "--seed \(resampling.seed) --resamples \(resampling.resamples)"
    }

    private static func describe(_ events: EventSettings?) -> String {
        guard let events else { return "no --events" }
        return events.field.map { "--events --event-field \($0)" } ?? "--events --event-window \(events.window)"
    }

    private static func describe(_ packs: [PackVersion]) -> String {
        packs.map { "\($0.name) \($0.version)" }.joined(separator: ", ")
    }

    /// The partial-results file: one line of JSON, keys sorted, outlets by name, so equal
    /// statistics are equal bytes.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    public static func decode(_ data: Data, file: String) throws(MergeProblem) -> CorpusStatistics {
        do {
            return try JSONDecoder().decode(CorpusStatistics.self, from: data)
        } catch let problem as MergeProblem {
            throw MergeProblem(file: file, message: problem.message)
        } catch {
            throw MergeProblem(file: file, message: "not a slant partial-results file: \(Self.describe(error))")
        }
    }

    private static func describe(_ error: any Error) -> String {
        switch error {
        case DecodingError.dataCorrupted(let context), DecodingError.keyNotFound(_, let context),
            DecodingError.typeMismatch(_, let context), DecodingError.valueNotFound(_, let context):
            let path = context.codingPath.map(\.stringValue).joined(separator: ".")
            return path.isEmpty ? context.debugDescription : "\(path): \(context.debugDescription)"
        default: return "\(error)"
        }
    }
}

extension CorpusStatistics: Codable {
    enum CodingKeys: String, CodingKey {
        case kind, schemaVersion, tool, groupField, lexicons, layout, minimumRelevance, periodGranularity, aliases, opinion,
            nearDuplicates, boilerplate, outlets, accounting, events, resampling
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let kind = try container.decodeIfPresent(String.self, forKey: .kind)
        guard kind == Self.kind else {
            throw MergeProblem(file: "", message: "not slant partial results (\"kind\" is not \"\(Self.kind)\")")
        }
        let version = try container.decode(Int.self, forKey: .schemaVersion)
        guard version == Self.currentSchemaVersion else {
            let made = version < Self.currentSchemaVersion ? "an older" : "a newer"
            throw MergeProblem(
                file: "",
                message:
                    "schema version \(version), made by \(made) slant; this slant reads version \(Self.currentSchemaVersion): make the part again with this slant"
            )
        }
        self.init(
            groupField: try container.decode(String.self, forKey: .groupField),
            lexicons: try container.decode([PackVersion].self, forKey: .lexicons),
            layout: try container.decode(FigureLayout.self, forKey: .layout),
            minimumRelevance: try container.decode(Double.self, forKey: .minimumRelevance),
            periodGranularity: try container.decodeIfPresent(PeriodGranularity.self, forKey: .periodGranularity),
            aliases: try container.decode(OutletAliases.self, forKey: .aliases),
            opinion: try container.decodeIfPresent(OpinionMarking.self, forKey: .opinion),
            nearDuplicates: try container.decodeIfPresent(Bool.self, forKey: .nearDuplicates) ?? false,
            boilerplate: try container.decodeIfPresent(BoilerplateSummary.self, forKey: .boilerplate),
            resampling: try container.decodeIfPresent(Resampling.self, forKey: .resampling))
        for outlet in try container.decode([OutletStatistics].self, forKey: .outlets) {
            if let folded = outlet.folded {
                guard let resampling, folded.own.resamples == resampling.resamples, periodGranularity == nil,
                    !nearDuplicates, container.contains(.events) == false
                else {
                    throw MergeProblem(
                        file: "", message: "outlet \(outlet.name) has resampled sums that do not match the settings")
                }
            }
            guard outlet.periods.isEmpty == (periodGranularity == nil) || outlet.articleCount == 0 else {
                throw MergeProblem(file: "", message: "outlet \(outlet.name) does not match the period setting")
            }
            guard outlet.ids.isEmpty == !nearDuplicates || outlet.articleCount == 0 else {
                throw MergeProblem(file: "", message: "outlet \(outlet.name) does not match the near-duplicate setting")
            }
            guard outlet.fieldCount == layout.fields.count else {
                throw MergeProblem(file: "", message: "outlet \(outlet.name) does not match the field list")
            }
            outlets[outlet.name] = outlet
        }
        accounting = try container.decode(RecordAccounting.self, forKey: .accounting)
        events = try container.decodeIfPresent(EventStatistics.self, forKey: .events)
        if let events { try Self.check(events, against: outlets) }
    }

    /// Every event candidate must be an article its outlet holds: the report reads its counts there.
    private static func check(_ events: EventStatistics, against outlets: [String: OutletStatistics]) throws {
        for (name, candidates) in events.candidates {
            let keys = Set(outlets[name]?.keys ?? [])
            guard candidates.allSatisfy({ keys.contains($0.key) }) else {
                throw MergeProblem(file: "", message: "an event candidate of \(name) is not one of its audited articles")
            }
            if events.settings.field == nil, candidates.contains(where: { $0.day == nil }) {
                throw MergeProblem(file: "", message: "an event candidate of \(name) has no day")
            }
            if events.settings.field != nil, candidates.contains(where: { $0.event == nil }) {
                throw MergeProblem(file: "", message: "an event candidate of \(name) names no event")
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(Self.kind, forKey: .kind)
        try container.encode(Self.currentSchemaVersion, forKey: .schemaVersion)
        try container.encode("slant \(SlantVersion.current)", forKey: .tool)
        try container.encode(groupField, forKey: .groupField)
        try container.encode(lexicons, forKey: .lexicons)
        try container.encode(layout, forKey: .layout)
        try container.encode(minimumRelevance, forKey: .minimumRelevance)
        try container.encodeIfPresent(periodGranularity, forKey: .periodGranularity)
        try container.encode(aliases, forKey: .aliases)
        try container.encodeIfPresent(opinion, forKey: .opinion)
        if nearDuplicates { try container.encode(true, forKey: .nearDuplicates) }
        try container.encodeIfPresent(boilerplate, forKey: .boilerplate)
        try container.encode(outlets.keys.sorted().map { outlets[$0]! }, forKey: .outlets)
        try container.encode(accounting, forKey: .accounting)
        try container.encodeIfPresent(events, forKey: .events)
        try container.encodeIfPresent(foldedResampling, forKey: .resampling)
    }
}
