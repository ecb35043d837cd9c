import Foundation

/// The most characteristic loaded terms of each outlet: the weighted log-odds ratio with an
/// informative Dirichlet prior (Monroe, Colaresi and Quinn 2008, "Fightin' Words", eq. 22),
/// comparing the outlet's loaded-term rule hits in editorial voice with those of all other
/// outlets together. The prior spreads `priorWeight` pseudo-hits over the terms in proportion to
/// their frequency in the whole corpus (alpha_w = alpha_0 * y_w / n), which shrinks rare terms
/// towards no difference; a fixed weight, rather than one growing with the corpus, lets large
/// outlets' evidence speak. The z-score divides by the estimate's standard deviation, so a term
/// needs both a large and a well-supported difference to stand out.
///
/// Counts are document frequencies: an article adds 1 for each term it uses in editorial voice,
/// however often, so one article repeating a caption 42 times weighs as one; and a term must be
/// used by at least `minimumArticles` of the outlet's articles to be shown.
public enum CharacteristicTerms {
    /// Terms with z >= 1.96 (over-used at about the 5% level), highest z first, at most `limit`.
    static let threshold = 1.96
    static let priorWeight = 500.0
    public static let minimumArticles = 3

    static let methodText =
        "weighted log-odds ratio with an informative Dirichlet prior (Monroe et al. 2008) over document frequencies (articles of the outlet using each loaded-term rule in editorial voice, each article counted once per term), outlet vs all other outlets, prior = all outlets' document frequencies worth \(Int(priorWeight)) articles; terms with z >= 1.96 used in at least \(minimumArticles) of the outlet's articles"

    /// Scores the outlets named in `reported` against all the others in `outlets`.
    static func compute(
        _ outlets: [OutletStatistics], reported: Set<String>, slugs: OutletSlugTable = OutletSlugTable(), limit: Int
    ) -> [OutletTerms] {
        var corpus: [String: Int] = [:]
        for outlet in outlets { corpus.merge(outlet.terms, uniquingKeysWith: +) }
        let total = corpus.values.reduce(0, +)
        return outlets.filter { reported.contains($0.name) }.map { outlet in
            let own = outlet.terms.values.reduce(0, +)
            let rest = total - own
            let prior = priorWeight
            var scored: [OutletTerms.Term] = []
            for (rule, count) in outlet.terms where count >= minimumArticles {
                let alpha = priorWeight * Double(corpus[rule]!) / Double(total)
                let other = corpus[rule]! - count
                let ownOdds = (Double(count) + alpha) / (Double(own) + prior - Double(count) - alpha)
                let otherOdds = (Double(other) + alpha) / (Double(rest) + prior - Double(other) - alpha)
                guard ownOdds.isFinite, otherOdds.isFinite, ownOdds > 0, otherOdds > 0 else { continue }
                let delta = log(ownOdds) - log(otherOdds)
                let variance = 1 / (Double(count) + alpha) + 1 / (Double(other) + alpha)
                let z = delta / variance.squareRoot()
                guard z >= threshold else { continue }
                scored.append(
                    OutletTerms.Term(
                        rule: rule, count: count, otherCount: other, logOddsRatio: Rounding.value(delta),
                        zScore: Rounding.value(z)))
            }
            scored.sort { ($0.zScore, $1.rule) > ($1.zScore, $0.rule) }
            return OutletTerms(
                outlet: outlet.name, slug: slugs[outlet.name] ?? OutletSlug.make(outlet.name), hits: own,
                terms: Array(scored.prefix(limit)))
        }
    }
}
