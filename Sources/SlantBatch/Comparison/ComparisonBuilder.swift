import Foundation
import SlantCore

/// Computes the comparison from corpus statistics. Depends only on the statistics and the
/// settings: each article's bootstrap weights are seeded from its outlet's name and its key, and
/// resampled sums are integers, so a merge of parts gives the same bytes as one run over all of
/// them, and so does any number of threads. Memory beyond the statistics is one outlet's
/// resampled sums per thread.
public enum ComparisonBuilder {
    public static func build(_ corpus: CorpusStatistics, settings: ComparisonSettings) -> Comparison {
        // Copies across outlets are known only once every article is in: marked here as wire copy.
        let nearDuplicates = corpus.nearDuplicates ? NearDuplicateFinder.apply(corpus) : nil
        let statistics = nearDuplicates?.0 ?? corpus
        let layout = statistics.layout
        let width = layout.fields.count
        let measures = MeasureCatalog.measures(for: layout)
        let outlets = statistics.outlets.keys.sorted().map { statistics.outlets[$0]! }
        let slugs = OutletSlugTable(names: outlets.map(\.name))
        let bootstrap = ArticleBootstrap(
            measures: measures, resamples: settings.resamples, seed: settings.seed, confidence: settings.confidence)
        // Outlets are independent: resample them in parallel. The all-outlets interval is the
        // same Poisson bootstrap over every article: the sum of the outlets' resamples, added up
        // as they finish; integer sums make the order of addition irrelevant.
        let pooledSums = SumAccumulator(count: settings.resamples * width)
        let intervals = ParallelMap.map(outlets) { outlet in
            if let (key, row) = outlet.onlyArticle {
                let weights = bootstrap.weights(label: outlet.name, key: key)
                pooledSums.add(row, weights: weights)
                return bootstrap.singleArticleIntervals(row, weights: weights)
            }
            let sums = bootstrap.resampledSums(outlet, label: outlet.name).sums
            pooledSums.add(sums)
            return bootstrap.intervals(sums, fieldCount: width)
        }
        func figures(
            name: String, articles: Int, sums: [Int64], intervals: [BootstrapInterval?], leaders: LeadingArticles? = nil
        ) -> OutletFigures {
            let figures = measures.enumerated().map { index, measure in
                Figure(
                    measure: measure.id, value: measure.formula.evaluate(sums).map(Rounding.value),
                    interval: intervals[index].map {
                        BootstrapInterval(
                            low: Rounding.value($0.low), high: Rounding.value($0.high), definedResamples: $0.definedResamples)
                    },
                    inputs: measure.formula.fields.map { Figure.Input(field: layout.fields[$0], sum: sums[$0]) },
                    support: measure.formula.support(sums),
                    leadingArticles: measure.formula.leadingField.flatMap { leaders?.byField[$0] } ?? [])
            }
            return OutletFigures(
                name: name, slug: slugs[name] ?? OutletSlug.make(name), articles: articles,
                words: sums[layout.index(of: "words")!], debrisLines: sums[layout.index(of: FigureLayout.debrisLines)!],
                repeatedLines: sums[layout.index(of: FigureLayout.repeatedLines)!],
                ranked: articles >= settings.minimumArticles, figures: figures)
        }
        let outletFigures = zip(outlets, intervals).map { outlet, intervals in
            figures(
                name: outlet.name, articles: outlet.articleCount, sums: outlet.totals(), intervals: intervals,
                leaders: outlet.leaders)
        }
        var allSums = [Int64](repeating: 0, count: width)
        for outlet in outlets {
            for (field, sum) in outlet.totals().enumerated() { allSums[field] += sum }
        }
        let all = figures(
            name: "All outlets", articles: outlets.reduce(0) { $0 + $1.articleCount }, sums: allSums,
            intervals: bootstrap.intervals(pooledSums.values, fieldCount: width))
        let rankings = measures.enumerated().map { index, measure in
            ranking(
                measure: measure.id, index: index, outlets: outletFigures.filter(\.ranked), reference: all.figures[index],
                minimumCount: settings.minimumCount)
        }
        let ranked = Set(outletFigures.filter(\.ranked).map(\.name))
        return Comparison(
            schemaVersion: Comparison.currentSchemaVersion, tool: "slant \(SlantVersion.current)",
            method: ComparisonMethod(
                groupField: statistics.groupField, seed: settings.seed, resamples: settings.resamples,
                confidence: settings.confidence,
                interval:
                    "percentile Poisson bootstrap over articles (each article counts a Poisson(1) number of times in each resample, weights seeded by the outlet's name and the article; Hanley and MacGibbon 2006, Chamandy et al. 2012); quantiles by linear interpolation (Hyndman and Fan type 7)",
                minimumArticles: settings.minimumArticles, minimumCount: settings.minimumCount, lexicons: statistics.lexicons,
                sides: layout.sides,
                characteristicTerms: CharacteristicTerms.methodText, minimumRelevance: statistics.minimumRelevance,
                relevance:
                    "sentences (the headline's included) naming an actor or a place of a party to the conflict (a side of the side pack that is not a third party) / all sentences of the article",
                outletAliases: statistics.aliases.canonicalNames, opinion: statistics.opinion?.description,
                nearDuplicates: statistics.nearDuplicates ? NearDuplicateFinder.methodText : nil,
                boilerplate: statistics.boilerplate
            ),
            measures: measures.map { $0.description(layout: layout) }, allOutlets: all, outlets: outletFigures,
            rankings: rankings,
            characteristicTerms: CharacteristicTerms.compute(
                outlets, reported: ranked, slugs: slugs, limit: settings.termsPerOutlet),
            wireCopy: wireCopy(
                outlets.filter { ranked.contains($0.name) }, measures: measures, bootstrap: bootstrap, layout: layout,
                slugs: slugs),
            trends: statistics.periodGranularity.map {
                PeriodTrendsBuilder.build(
                    statistics, granularity: $0, measures: measures, bootstrap: bootstrap, slugs: slugs,
                    minimumArticles: settings.minimumArticles)
            },
            events: statistics.events.map {
                SameEventsBuilder.build(statistics, events: $0, measures: measures, slugs: slugs)
            },
            accounting: statistics.accounting.sorted(), nearDuplicates: nearDuplicates?.1)
    }

    /// Each ranked outlet with wire copy, its key measures over the rest of its articles.
    private static func wireCopy(
        _ outlets: [OutletStatistics], measures: [MeasureDefinition], bootstrap all: ArticleBootstrap,
        layout: FigureLayout, slugs: OutletSlugTable
    ) -> [WireCopyFigures] {
        guard let wire = layout.index(of: FigureLayout.wireCopy) else { return [] }
        let charted = measures.filter(\.charted)
        let bootstrap = ArticleBootstrap(
            measures: charted, resamples: all.resamples, seed: all.seed, confidence: all.confidence)
        let withWire = outlets.filter { $0.totals()[wire] > 0 }
        return ParallelMap.map(withWire) { outlet in
            // The outlet's own weights: its articles that are not wire copy, as resampled for its figures.
            let own = outlet.resampled(seed: all.seed, resamples: all.resamples, label: outlet.name, wireField: wire).own
            return WireCopyFigures(
                outlet: outlet.name, slug: slugs[outlet.name] ?? OutletSlug.make(outlet.name), articles: outlet.articleCount,
                wireArticles: outlet.articleCount - own.articles,
                withoutWireCopy: SubsetFigures.figures(own, measures: charted, bootstrap: bootstrap, layout: layout))
        }
    }

    private static func ranking(
        measure: String, index: Int, outlets: [OutletFigures], reference: Figure, minimumCount: Int
    ) -> MeasureRanking {
        let defined = outlets.compactMap { outlet in outlet.figures[index].value.map { (outlet, $0) } }
            .sorted { $0.1 != $1.1 ? $0.1 > $1.1 : Array($0.0.name.utf8).lexicographicallyPrecedes(Array($1.0.name.utf8)) }
        // Too few events behind a figure: shown and marked, never ranked.
        let measured = defined.filter { $0.0.figures[index].support >= minimumCount }
        let few = defined.filter { $0.0.figures[index].support < minimumCount }.map { outlet, value in
            MeasureRanking.Entry(
                rank: 0, outlet: outlet.name, slug: outlet.slug, value: value, interval: outlet.figures[index].interval,
                versusAll: nil)
        }
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
            measure: measure, entries: entries, belowMinimumCount: few,
            notMeasurable: outlets.filter { $0.figures[index].value == nil }.map(\.name))
    }
}
