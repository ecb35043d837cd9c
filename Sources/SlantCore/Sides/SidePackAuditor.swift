import PCRE2

/// Audits each article with the side pack its actors point to (`SidePackChooser`), or with the
/// one pack given; every report says which pack and why. One `Auditor` per side pack, compiled
/// up front and shared read-only by all threads.
public struct SidePackAuditor: Sendable {
    let auditors: [String: Auditor]
    let chooser: SidePackChooser?
    let fixed: SidePackChoice?
    /// The auditor of the default (or given) pack: for `--benchmark` and anything that needs one lexicon.
    public let primary: Auditor

    /// `chosen` is the pack given with `--sides`: then every article uses it.
    public init(lexicon: Lexicon, compiled: CompiledLexicon, chosen: String?) {
        primary = Auditor(compiled: compiled)
        if let chosen {
            auditors = [chosen: primary]
            chooser = nil
            fixed = SidePackChoice(pack: chosen, reason: "given with --sides")
            return
        }
        fixed = nil
        var auditors: [String: Auditor] = [:]
        if let active = lexicon.activeSidePack { auditors[active] = primary }
        for name in lexicon.sidePackNames where auditors[name] == nil {
            // Patterns compiled once already (for `compiled`); a second compile cannot fail.
            guard let other = lexicon.withSides(name) else { continue }
            auditors[name] = Auditor(compiled: CompiledLexicon.compile(other).compiled)
        }
        self.auditors = auditors
        chooser = auditors.count > 1 ? SidePackChooser(lexicon: lexicon) : nil
    }

    public func audit(_ source: SourceText, scratch: MatchScratch = MatchScratch(), timings: PhaseTimings? = nil)
        -> ArticleAudit
    {
        let choice =
            fixed ?? chooser.map { $0.choose(source.utf8, scratch: scratch) }
            ?? SidePackChoice(pack: primary.compiled.lexicon.activeSidePack ?? "", reason: "the only side pack")
        var audit = (auditors[choice.pack] ?? primary).audit(source, scratch: scratch, timings: timings)
        audit.sidePack = choice
        return audit
    }
}
