/// One existing rule (or `prefix.*`) given another severity, label polarity or verb class by
/// house style.
public struct HouseStyleOverride: Sendable {
    public let rule: ConfigurationEntry
    public let severity: Severity?
    public let polarity: LabelPolarity?
    public let verbClass: VerbClass?
    public let line: Int?

    public init(
        rule: ConfigurationEntry, severity: Severity? = nil, polarity: LabelPolarity? = nil, verbClass: VerbClass? = nil,
        line: Int? = nil
    ) {
        self.rule = rule
        self.severity = severity
        self.polarity = polarity
        self.verbClass = verbClass
        self.line = line
    }

    /// What a rule must be for this override to apply, for the problem when none is.
    var requirement: String {
        if polarity != nil { return "that is a label (polarity applies to labels only)" }
        if verbClass != nil { return "that is a reporting verb (verb_class applies to reporting verbs only)" }
        return "in the lexicon"
    }

    /// The rule restyled, or nil when the override sets a class the rule's category lacks
    /// (a polarity on a reporting verb): a glob such as `label.*` then skips it.
    func applied(to rule: LexiconRule) -> LexiconRule? {
        if polarity != nil && rule.category != .label { return nil }
        if verbClass != nil && rule.category != .reportingVerb { return nil }
        return LexiconRule(
            id: rule.id, pack: rule.pack, category: rule.category, severity: severity ?? rule.severity,
            patterns: rule.patterns, caseSensitive: rule.caseSensitive, message: rule.message,
            rationale: rule.rationale, source: rule.source, link: rule.link, alternatives: rule.alternatives,
            exceptions: rule.exceptions, examples: rule.examples, emotive: rule.emotive,
            polarity: polarity ?? rule.polarity, verbClass: verbClass ?? rule.verbClass,
            casualtyForm: rule.casualtyForm, line: rule.line)
    }
}
