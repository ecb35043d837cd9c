/// The figures of some of a group's articles (one period's, those that are not wire copy) from
/// their resampled sums.
enum SubsetFigures {
    static func figures(
        _ articles: ResampledSums, measures: [MeasureDefinition], bootstrap: ArticleBootstrap, layout: FigureLayout
    ) -> [Figure] {
        let sums = articles.totals
        let intervals = bootstrap.intervals(articles.sums, fieldCount: layout.fields.count)
        return measures.enumerated().map { index, measure in
            Figure(
                measure: measure.id, value: measure.formula.evaluate(sums).map(Rounding.value),
                interval: intervals[index].map {
                    BootstrapInterval(
                        low: Rounding.value($0.low), high: Rounding.value($0.high), definedResamples: $0.definedResamples)
                },
                inputs: measure.formula.fields.map { Figure.Input(field: layout.fields[$0], sum: sums[$0]) },
                support: measure.formula.support(sums), leadingArticles: [])
        }
    }
}
