import Foundation
import SlantCore

/// Computes the comparison from corpus statistics. Depends only on the statistics and the
/// settings: each outlet's articles are put in canonical order and its resamples seeded from
/// its name, so a merge of parts gives the same bytes as one run over all of them, and so does
/// any number of threads.
public enum ComparisonBuilder {
    /// The label seeding the pooled bootstrap; a NUL cannot start an outlet's name.
    static let allOutletsLabel = "\u{0}all outlets"

    public static func build(_ statistics: CorpusStatistics, settings: ComparisonSettings) -> Comparison {
        let layout = statistics.layout
        let measures = MeasureCatalog.measures(for: layout)
        let outlets = statistics.outlets.keys.sorted().map { statistics.outlets[$0]!.canonical() }
        var pooled = OutletStatistics(name: "All outlets", fieldCount: layout.fields.count)
        for outlet in outlets { pooled.merge(outlet) }
        let bootstrap = ArticleBootstrap(
            measures: measures, resamples: settings.resamples, seed: settings.seed, confidence: settings.confidence)
        // Outlets are independent: resample them in parallel, each result in its own slot.
        let jobs = outlets.map { ($0, $0.name) } + [(pooled, allOutletsLabel)]
        let intervals = ParallelMap.map(jobs) { bootstrap.intervals($0.0, label: $0.1) }
        func figures(_ outlet: OutletStatistics, _ intervals: [BootstrapInterval?]) -> OutletFigures {
            let sums = outlet.totals()
            let figures = measures.enumerated().map { index, measure in
                Figure(
                    measure: measure.id, value: measure.formula.evaluate(sums).map(Rounding.value),
                    interval: intervals[index].map {
                        BootstrapInterval(
                            low: Rounding.value($0.low), high: Rounding.value($0.high), definedResamples: $0.definedResamples)
                    },
                    inputs: measure.formula.fields.map { Figure.Input(field: layout.fields[$0], sum: sums[$0]) })
            }
            return OutletFigures(
                name: outlet.name, slug: OutletSlug.make(outlet.name), articles: outlet.articleCount,
                words: sums[layout.index(of: "words")!], ranked: outlet.articleCount >= settings.minimumArticles,
                figures: figures)
        }
        let outletFigures = zip(outlets, intervals).map { figures($0, $1) }
        let all = figures(pooled, intervals.last!)
        let rankings = measures.enumerated().map { index, measure in
            ranking(measure: measure.id, index: index, outlets: outletFigures.filter(\.ranked), reference: all.figures[index])
        }
        let ranked = Set(outletFigures.filter(\.ranked).map(\.name))
        return Comparison(
            schemaVersion: Comparison.currentSchemaVersion, tool: "slant \(SlantVersion.current)",
            method: ComparisonMethod(
                groupField: statistics.groupField, seed: settings.seed, resamples: settings.resamples,
                confidence: settings.confidence,
                interval: "percentile bootstrap over articles; quantiles by linear interpolation (Hyndman and Fan type 7)",
                minimumArticles: settings.minimumArticles, lexicons: statistics.lexicons, sides: layout.sides,
                characteristicTerms:
                    "weighted log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008), loaded-term rule hits in editorial voice, outlet vs all other outlets, prior = all outlets' term frequencies worth \(Int(CharacteristicTerms.priorWeight)) hits; terms with z >= 1.96"
            ),
            measures: measures.map { $0.description(layout: layout) }, allOutlets: all, outlets: outletFigures,
            rankings: rankings,
            characteristicTerms: CharacteristicTerms.compute(outlets, reported: ranked, limit: settings.termsPerOutlet),
            accounting: statistics.accounting)
    }

    private static func ranking(measure: String, index: Int, outlets: [OutletFigures], reference: Figure) -> MeasureRanking {
        let measured = outlets.compactMap { outlet in outlet.figures[index].value.map { (outlet, $0) } }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : Array($0.0.name.utf8).lexicographicallyPrecedes(Array($1.0.name.utf8)) }
        var entries: [MeasureRanking.Entry] = []
        for (position, (outlet, value)) in measured.enumerated() {
            let rank = position > 0 && measured[position - 1].1 == value ? entries[position - 1].rank : position + 1
            let interval = outlet.figures[index].interval
            var versus: String?
            // A degenerate interval ([x, x]: no resample differed, as with no hits at all) shows a
            // lack of events, not certainty, so it supports no claim.
            if let interval, interval.low < interval.high, let all = reference.value {
                versus = interval.low > all ? "above" : interval.high < all ? "below" : nil
            }
            entries.append(
                MeasureRanking.Entry(
                    rank: rank, outlet: outlet.name, slug: outlet.slug, value: value, interval: interval, versusAll: versus))
        }
        return MeasureRanking(
            measure: measure, entries: entries, notMeasurable: outlets.filter { $0.figures[index].value == nil }.map(\.name))
    }
}
