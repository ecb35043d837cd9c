import Foundation

/// Article-level findings: a measure of the audit that crosses a limit set in `.slant.yml`.
/// Measures describe the article as written, so suppressing a term inline does not change them.
enum ThresholdChecker {
    /// `(ruleID, message)` for each threshold crossed, in a fixed order.
    static func crossings(of audit: ArticleAudit, thresholds: CheckThresholds) -> [(ruleID: String, message: String)] {
        var crossed: [(String, String)] = []
        let measures = audit.measures
        let parties = measures.voices.filter { measures.balance.parties.contains($0.sideID) }
        if let minimum = thresholds.minVoiceRatio, let ratio = measures.balance.minMaxRatio, ratio < minimum {
            let words = parties.map { "\($0.name) \($0.words)" }.joined(separator: ", ")
            crossed.append(
                (
                    BuiltInCheckRules.voiceBalance,
                    "the parties' attributed words are unbalanced: ratio \(decimal(ratio)) is below the minimum \(decimal(minimum)) (\(words) words)"
                ))
        }
        if let maximum = thresholds.maxVerbNeutralityGap, let gap = measures.verbNeutralityGap, gap > maximum {
            let rates = parties.compactMap { side in side.neutralityRate.map { "\(side.name) \(percent($0))" } }.joined(
                separator: ", ")
            crossed.append(
                (
                    BuiltInCheckRules.verbNeutralityGap,
                    "the parties get different reporting verbs: neutral-verb gap \(decimal(gap)) is above the maximum \(decimal(maximum)) (neutral verbs: \(rates))"
                ))
        }
        let density = measures.loadedLanguage.editorialPerThousandWords
        if let maximum = thresholds.maxEditorialLoadedPerThousandWords, audit.input.words > 0, density > maximum {
            crossed.append(
                (
                    BuiltInCheckRules.editorialLoadedLanguage,
                    "\(measures.loadedLanguage.editorial) loaded terms in the outlet's own voice, \(decimal(density)) per 1,000 words, above the maximum \(decimal(maximum))"
                ))
        }
        return crossed
    }

    private static func decimal(_ value: Double) -> String { String(format: "%.2f", value) }
    private static func percent(_ value: Double) -> String { String(format: "%.0f%%", value * 100) }
}
