/// The newsroom's policy for `slant check`, from `.slant.yml` (see docs/pre-publication-checks.md).
///
/// The default: every pack and category, editorial voice at error (loaded language in the
/// outlet's own narration blocks publication), attributed and quoted voice at info (style guides
/// accept a term in the speaker's mouth), no article thresholds, suppressions need a reason.
public struct CheckConfiguration: Sendable {
    /// The file it was read from; nil for the defaults.
    public var file: String?
    /// Rule packs whose findings are reported; nil for all. Every pack is still loaded, because
    /// voices need the reporting verbs and sides need the side pack.
    public var packs: [ConfigurationEntry]?
    /// More pack directories, resolved against the configuration file's directory.
    public var lexiconDirectories: [String] = []
    public var disabled: [ConfigurationEntry] = []
    public var severityOverrides: [(rule: ConfigurationEntry, severity: Severity)] = []
    public var voices: [Voice: VoiceLevel] = [.editorial: .error, .attributed: .info, .quoted: .info]
    public var categories: Set<RuleCategory> = CheckConfiguration.defaultCategories
    public var thresholds = CheckThresholds()
    public var requireSuppressionReason = true
    /// The newsroom's word policy (`house_style:`), applied to the lexicon before checking.
    public var houseStyle: HouseStyle?

    public init() {}

    /// The categories an editor can act on. Listed rather than `allCases`: a category added to
    /// the lexicon format later (a measure rather than a wording problem, say) is reported only
    /// once a newsroom lists it in `categories`.
    public static let defaultCategories: Set<RuleCategory> = [
        .loadedTerm, .label, .reportingVerb, .hedge, .intensifier, .casualty, .caveat, .causal, .prescriptive,
    ]

    public static let defaults = CheckConfiguration()

    public func isDisabled(_ ruleID: String) -> Bool {
        disabled.contains { $0.matches(ruleID) }
    }

    public func override(for ruleID: String) -> Severity? {
        severityOverrides.last { $0.rule.matches(ruleID) }?.severity
    }

    /// The severity a lexicon finding is reported at, or nil when it is not reported: disabled
    /// rule, pack or category not selected, voice off, or a neutral reporting verb or label
    /// (the yardstick others are measured against, not something to change).
    public func severity(for finding: Finding, rule: LexiconRule) -> Severity? {
        severity(of: rule, in: finding.voice)
    }

    /// The severity of `rule`'s findings in `voice`, or nil when they are not reported.
    public func severity(of rule: LexiconRule, in voice: Voice) -> Severity? {
        guard !isDisabled(rule.id), categories.contains(rule.category) else { return nil }
        if let packs, !packs.contains(where: { $0.name == rule.pack }) { return nil }
        if rule.category == .reportingVerb && rule.verbClass == .neutral { return nil }
        if rule.category == .label && rule.polarity == .neutral { return nil }
        let level = voices[voice] ?? .info
        if level == .off { return nil }
        if let override = override(for: rule.id) { return level == .info ? .info : override }
        if rule.severity == .info { return .info }
        switch level {
        case .error: return .error
        case .warning: return .warning
        case .info, .off: return .info
        case .rule: return rule.severity
        }
    }

    /// The severity of one of slant's own findings, or nil when disabled.
    public func severity(forBuiltIn ruleID: String) -> Severity? {
        guard !isDisabled(ruleID) else { return nil }
        return override(for: ruleID) ?? BuiltInCheckRules.info(ruleID)?.severity ?? .warning
    }

    /// Names the lexicon does not know: a typo in a rule id would otherwise silently disable
    /// nothing.
    public func problems(against lexicon: Lexicon) -> [ConfigurationProblem] {
        let ruleIDs = lexicon.rules.map(\.id) + BuiltInCheckRules.all.map(\.id)
        let packNames = lexicon.packs.filter { $0.kind == .rules }.map(\.name)
        var problems: [ConfigurationProblem] = []
        func check(_ entry: ConfigurationEntry, what: String) {
            guard !ruleIDs.contains(where: entry.matches) else { return }
            let suggestion = ClosestMatch.find(entry.name, among: ruleIDs).map { " (did you mean '\($0)'?)" } ?? ""
            let noun = entry.name.hasSuffix("*") ? "no rule matches '\(entry.name)'" : "unknown rule '\(entry.name)'"
            problems.append(
                ConfigurationProblem(file: file ?? ".slant.yml", line: entry.line, message: "\(what): \(noun)\(suggestion)"))
        }
        for entry in disabled { check(entry, what: "disable") }
        for (entry, _) in severityOverrides { check(entry, what: "severity") }
        for entry in packs ?? [] where !packNames.contains(entry.name) {
            let suggestion = ClosestMatch.find(entry.name, among: packNames).map { " (did you mean '\($0)'?)" } ?? ""
            problems.append(
                ConfigurationProblem(
                    file: file ?? ".slant.yml", line: entry.line,
                    message: "packs: unknown rule pack '\(entry.name)'\(suggestion); known: \(packNames.joined(separator: ", "))")
            )
        }
        return problems
    }
}
