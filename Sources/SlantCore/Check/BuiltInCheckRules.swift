/// slant's own rules: about suppressions, and the article-level thresholds of `.slant.yml`.
/// Their ids start with "slant." so they never collide with a lexicon rule.
public enum BuiltInCheckRules {
    public static let unusedSuppression = "slant.unused-suppression"
    public static let suppressionWithoutReason = "slant.suppression-without-reason"
    public static let malformedSuppression = "slant.malformed-suppression"
    public static let voiceBalance = "slant.voice-balance"
    public static let verbNeutralityGap = "slant.verb-neutrality-gap"
    public static let editorialLoadedLanguage = "slant.editorial-loaded-language"
    public static let ruleLimit = "slant.rule-limit"

    public static let all: [CheckRuleInfo] = [
        rule(
            unusedSuppression, "a suppression comment suppresses nothing",
            "A suppression that matches no finding hides nothing today but will silently hide a new finding on that line tomorrow; it is usually left over from an edit or names the wrong rule.",
            source: "SwiftLint superfluous_disable_command", alternatives: ["remove the comment", "fix the rule id"]),
        rule(
            suppressionWithoutReason, "a suppression comment gives no reason",
            "A suppression is an editorial decision; the reason after \"--\" tells the next editor why the term stands (a quotation, a name, a legal term).",
            source: "SwiftLint disable comments; newsroom corrections practice",
            alternatives: ["add \"-- reason\" to the comment"]),
        rule(
            malformedSuppression, "a comment starting with \"slant-\" is not a directive slant knows",
            "A misspelled directive suppresses nothing, and without a warning the writer would believe it does.",
            source: "slant", alternatives: ["slant-disable-next-line", "slant-disable-line", "slant-disable", "slant-enable"]),
        rule(
            voiceBalance, "the parties' attributed words are unbalanced",
            "One party's claims get much less space than the other's (min/max ratio of attributed words, third parties excluded): readers hear one side.",
            source: "measures.md formula 1 (quote share); Hamborg, bias by source selection",
            alternatives: ["seek and quote the other party", "attribute the other party's position"]),
        rule(
            verbNeutralityGap, "the parties' statements are introduced with different verbs",
            "The share of neutral reporting verbs (said, told) differs between the parties: one side \"says\", the other \"claims\" or \"insists\".",
            source: "WP:SAY; measures.md formula 5 (verb neutrality)", alternatives: ["said", "told", "stated"]),
        rule(
            editorialLoadedLanguage, "loaded language in the outlet's own voice exceeds the newsroom's limit",
            "Loaded terms in narration (not quoted or attributed) per 1,000 words: the density of the outlet's own evaluative choices.",
            source: "measures.md formula 3 (loaded-term density)",
            alternatives: ["attribute the term to its speaker", "use the rule's neutral alternative"]),
        rule(
            ruleLimit, "a lexicon rule stopped at a matching limit, so its findings in this file are missing",
            "A pattern that backtracks too much on a text is stopped so the check finishes; without a word, a file would pass a rule that never ran on it.",
            source: "slant (PCRE2 match limits and the per-pattern step budget)",
            alternatives: [
                "simplify the rule's pattern (avoid nested quantifiers such as (a+)+)", "check the file by hand for this rule",
            ]),
    ]

    public static func info(_ id: String) -> CheckRuleInfo? {
        all.first { $0.id == id }
    }

    private static func rule(
        _ id: String, _ message: String, _ rationale: String, source: String, alternatives: [String]
    ) -> CheckRuleInfo {
        CheckRuleInfo(
            id: id, category: "check", severity: .warning, message: message, rationale: rationale, source: source, link: nil,
            alternatives: alternatives, definedIn: "built in")
    }
}
