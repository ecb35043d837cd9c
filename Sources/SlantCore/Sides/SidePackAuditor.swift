import PCRE2

/// Audits each article with the side pack its actors point to (`SidePackChooser`), or with the
/// one pack given; every report says which pack and why. One `Auditor` per side pack, compiled
/// when first needed (`LazyAuditors`) and shared by all threads.
public struct SidePackAuditor: Sendable {
    let auditors: LazyAuditors
    let chooser: SidePackChooser?
    let fixed: SidePackChoice?
    /// The auditor of the default (or given) pack: for `--benchmark` and anything that needs one lexicon.
    public let primary: Auditor

    /// `chosen` is the pack given with `--sides`: then every article uses it.
    public init(lexicon: Lexicon, compiled: CompiledLexicon, chosen: String?) {
        primary = Auditor(compiled: compiled)
        if let chosen {
            auditors = LazyAuditors(lexicon: lexicon, primary: (chosen, primary))
            chooser = nil
            fixed = SidePackChoice(pack: chosen, reason: "given with --sides")
            return
        }
        fixed = nil
        let primary = self.primary
        auditors = LazyAuditors(lexicon: lexicon, primary: lexicon.activeSidePack.map { ($0, primary) })
        chooser = lexicon.sidePackNames.count > 1 ? SidePackChooser(lexicon: lexicon) : nil
    }

    public func audit(_ source: SourceText, scratch: MatchScratch = MatchScratch(), timings: PhaseTimings? = nil)
        -> ArticleAudit
    {
        let choice =
            fixed ?? chooser.map { $0.choose(source.utf8, scratch: scratch) }
            ?? SidePackChoice(pack: primary.compiled.lexicon.activeSidePack ?? "", reason: "the only side pack")
        var audit = (auditors.auditor(for: choice.pack) ?? primary).audit(source, scratch: scratch, timings: timings)
        audit.sidePack = choice
        return audit
    }
}
