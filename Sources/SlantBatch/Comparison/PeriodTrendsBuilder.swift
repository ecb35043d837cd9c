/// Computes `PeriodTrends`: for each group with enough articles (and all of them pooled), the
/// articles of each period are bootstrapped like an outlet of their own, seeded from the group's
/// name and the period, so a split-then-merge gives the same bytes as one run.
enum PeriodTrendsBuilder {
    static func build(
        _ statistics: CorpusStatistics, granularity: PeriodGranularity, measures all: [MeasureDefinition],
        bootstrap: ArticleBootstrap, slugs: OutletSlugTable, minimumArticles: Int
    ) -> PeriodTrends {
        let layout = statistics.layout
        let followed = all.filter(\.charted)
        let trendBootstrap = ArticleBootstrap(
            measures: followed, resamples: bootstrap.resamples, seed: bootstrap.seed, confidence: bootstrap.confidence)
        let outlets = statistics.outlets.keys.sorted().map { statistics.outlets[$0]! }
        var pooled = OutletStatistics(name: "All outlets", fieldCount: layout.fields.count)
        for outlet in outlets { pooled.merge(outlet) }
        let groups = [pooled] + outlets.filter { $0.articleCount >= minimumArticles }
        let periods = Set(pooled.periods).subtracting([PeriodGranularity.undated]).sorted()
        let trends = ParallelMap.map(Array(groups.indices)) { position -> PeriodTrends.Group in
            let group = groups[position]
            let cells = periods.compactMap { period -> PeriodTrends.Cell? in
                let label = granularity.label(period)
                let articles = group.articles(inPeriod: period, label: group.name + " " + label)
                guard articles.articleCount > 0 else { return nil }
                let figures = SubsetFigures.figures(
                    trendBootstrap.resampledSums(articles, label: articles.name), measures: followed,
                    bootstrap: trendBootstrap, layout: layout)
                return PeriodTrends.Cell(period: label, articles: articles.articleCount, figures: figures)
            }
            return PeriodTrends.Group(
                name: group.name, slug: position == 0 ? "" : slugs[group.name] ?? OutletSlug.make(group.name),
                undated: group.periods.filter { $0 == PeriodGranularity.undated }.count, cells: cells)
        }
        return PeriodTrends(
            granularity: granularity.rawValue, periods: periods.map(granularity.label), measures: followed.map(\.id),
            groups: trends)
    }
}
