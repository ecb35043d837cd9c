import SlantCore

/// The outlet comparison: how it was computed, every outlet's figures with intervals, the
/// rankings, characteristic terms and the accounting of records. The JSON report is this,
/// encoded with sorted keys; the Markdown and CSV reports are rendered from it.
public struct Comparison: Sendable, Codable, Hashable {
    /// Bumped when a field changes meaning or disappears. 2: characteristic terms count articles
    /// (document frequency), not hits; `method.minimumRelevance` and off-topic records.
    /// 3: `events` ("Same event, side by side") with `--events`. 4: beside those, `nearDuplicates`
    /// with `--near-duplicates` (which also count as wire copy) and `method.opinion`,
    /// `method.nearDuplicates` and `method.boilerplate`, which version 3 never had.
    public static let currentSchemaVersion = 4

    public let schemaVersion: Int
    public let tool: String
    public let method: ComparisonMethod
    public let measures: [MeasureDescription]
    /// Every audited article pooled, as a reference for each outlet.
    public let allOutlets: OutletFigures
    /// By name.
    public let outlets: [OutletFigures]
    /// One per measure, in the order of `measures`.
    public let rankings: [MeasureRanking]
    /// For ranked outlets, by name.
    public let characteristicTerms: [OutletTerms]
    /// Ranked outlets that ran wire copy, by name: their key figures without it.
    public let wireCopy: [WireCopyFigures]
    /// With `--by-period` only.
    public let trends: PeriodTrends?
    /// With `--events` only.
    public let events: SameEvents?
    public let accounting: RecordAccounting
    /// With `--near-duplicates` only: every article that is a near duplicate of an earlier one
    /// from another outlet, counted as wire copy (`NearDuplicateFinder`).
    public var nearDuplicates: [NearDuplicate]? = nil
}

public struct ComparisonMethod: Sendable, Codable, Hashable {
    /// The record field that defines an outlet (`--by`).
    public let groupField: String
    public let seed: UInt64
    public let resamples: Int
    public let confidence: Double
    public let interval: String
    public let minimumArticles: Int
    /// A figure resting on fewer events (`Figure.support`) is shown but not ranked.
    public let minimumCount: Int
    public let lexicons: [PackVersion]
    public let sides: [SideDescription]
    public let characteristicTerms: String
    /// Articles with a lower relevance (share of sentences naming the side pack's actors or
    /// places) were left out of the figures as off topic; 0 keeps every article.
    public let minimumRelevance: Double
    public let relevance: String
    /// Name variant -> the group name it was merged under (`--outlet-aliases`).
    public let outletAliases: [String: String]
    /// How opinion pieces were told (`OpinionMarking.description`); nil when they were not.
    public var opinion: String? = nil
    /// How near duplicates were found (`NearDuplicateFinder.methodText`); nil when they were not.
    public var nearDuplicates: String? = nil
    /// `--boilerplate`: the table the outlets' repeated lines were dropped by.
    public var boilerplate: BoilerplateSummary? = nil
}

public struct OutletFigures: Sendable, Codable, Hashable {
    public let name: String
    /// File-safe name: the outlet's evidence is `articles/<slug>.jsonl` beside the report.
    public let slug: String
    public let articles: Int
    public let words: Int64
    /// Lines dropped before the audit: web debris (lexicon rules), and lines an article repeats
    /// (captions, credits, labels; `boilerplate.repeated-line`). Each is listed in the evidence.
    public let debrisLines: Int64
    public let repeatedLines: Int64
    /// Whether the outlet has enough articles to be ranked.
    public let ranked: Bool
    /// One per measure, in the order of the comparison's `measures`.
    public let figures: [Figure]

    public func figure(_ measure: String) -> Figure? {
        figures.first { $0.measure == measure }
    }
}

/// One measure for one outlet: the point estimate (a ratio of sums over all its articles), its
/// bootstrap interval and the sums it was computed from, so a reader can recompute it.
public struct Figure: Sendable, Codable, Hashable {
    public struct Input: Sendable, Codable, Hashable {
        public let field: String
        public let sum: Int64
    }

    public let measure: String
    /// Nil when undefined (nothing to divide by: no casualty mentions of that side, say).
    public let value: Double?
    public let interval: BootstrapInterval?
    public let inputs: [Input]
    /// The count the value rests on (`MeasureFormula.support`); below the method's
    /// `minimumCount` the figure is shown but not ranked.
    public let support: Int64
    /// The articles adding most to the numerator, largest first (none for "All outlets" and
    /// for differences).
    public let leadingArticles: [LeadingArticle]
}

public struct MeasureRanking: Sendable, Codable, Hashable {
    public struct Entry: Sendable, Codable, Hashable {
        /// 1 = highest value; equal values share a rank.
        public let rank: Int
        public let outlet: String
        public let slug: String
        public let value: Double
        public let interval: BootstrapInterval?
        /// "above" or "below" when the whole interval lies on one side of the all-outlets value.
        public let versusAll: String?
    }

    public let measure: String
    public let entries: [Entry]
    /// Outlets with enough articles whose figure rests on fewer than `minimumCount` events:
    /// shown, marked, not ranked (rank 0), highest value first.
    public let belowMinimumCount: [Entry]
    /// Ranked outlets for which the measure is undefined.
    public let notMeasurable: [String]
}

/// The loaded terms an outlet uses in its own voice more than the other outlets do.
public struct OutletTerms: Sendable, Codable, Hashable {
    public struct Term: Sendable, Codable, Hashable {
        public let rule: String
        /// Articles of the outlet using the term in editorial voice.
        public let count: Int
        /// Articles of all other outlets together.
        public let otherCount: Int
        public let logOddsRatio: Double
        public let zScore: Double
    }

    public let outlet: String
    public let slug: String
    /// Its document frequencies summed over all loaded terms (n_i of the formula).
    public let hits: Int
    public let terms: [Term]
}
