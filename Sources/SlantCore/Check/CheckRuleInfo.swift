/// What a reporter or `slant explain` needs to know about a rule: a lexicon rule or one of
/// slant's own checks (`slant.*`).
public struct CheckRuleInfo: Sendable, Codable, Hashable {
    public let id: String
    /// The rule's category, or "check" for slant's own rules.
    public let category: String
    public let severity: Severity
    /// The message template (`%s` is the matched text).
    public let message: String
    public let rationale: String
    public let source: String
    public let link: String?
    public let alternatives: [String]
    /// Where the rule is defined: "Lexicons/loaded-terms.yml:12 (loaded-terms 1.0.0)" or "built in".
    public let definedIn: String

    public init(
        id: String, category: String, severity: Severity, message: String, rationale: String, source: String, link: String?,
        alternatives: [String], definedIn: String
    ) {
        self.id = id
        self.category = category
        self.severity = severity
        self.message = message
        self.rationale = rationale
        self.source = source
        self.link = link
        self.alternatives = alternatives
        self.definedIn = definedIn
    }

    public init(rule: LexiconRule, pack: LexiconPack?) {
        var category = rule.category.rawValue
        if let polarity = rule.polarity { category += " (\(polarity.rawValue))" }
        if let verbClass = rule.verbClass { category += " (\(verbClass.rawValue))" }
        self.init(
            id: rule.id, category: category, severity: rule.severity, message: rule.message, rationale: rule.rationale,
            source: rule.source, link: rule.link, alternatives: rule.alternatives,
            definedIn: pack.map { "\($0.file):\(rule.line) (\($0.name) \($0.version))" } ?? rule.pack)
    }
}
