import PCRE2

/// Picks the side pack for an article: the pack whose parties' actors (third parties left out)
/// the article names most, when that is at least `minimumMentions`; otherwise, and on a tie
/// with the default, `Lexicon.defaultSidePack`. Mentions are counted with every pack's party
/// actors over the matching text, overlaps within a pack counted once.
public struct SidePackChooser: Sendable {
    /// Fewer mentions than this is not evidence for a pack: a wire story about Ukraine that
    /// names "Republicans" once stays a Ukraine story, and an article naming no party at all
    /// gets the default pack.
    public static let minimumMentions = 3

    /// Each pack's party actors behind one prefiltered scanner: the same matches as running the
    /// patterns one by one (ScannerEquivalenceTests), at the audit's scanning speed.
    let packs: [(name: String, scanner: PrefilteredPatternScanner)]
    let defaultPack: String

    /// Compiles the party actors of every side pack of `lexicon` (patterns that do not compile
    /// are the lexicon loader's problem to report and are skipped here).
    public init(lexicon: Lexicon) {
        packs = lexicon.sidePackNames.map { name in
            let sides = lexicon.packs.first { $0.name == name }?.sides ?? []
            let patterns = sides.filter { !$0.isThirdParty }.flatMap(\.actors).flatMap(\.patterns).compactMap {
                try? Regex($0, caseless: true)
            }
            return (name, PrefilteredPatternScanner(patterns: patterns))
        }
        defaultPack = lexicon.activeSidePack ?? lexicon.sidePackNames.first ?? Lexicon.defaultSidePack
    }

    /// Party-actor mentions per pack in `text`, in pack order (default first).
    public func mentions(in text: ValidUTF8, scratch: MatchScratch = MatchScratch()) -> [(pack: String, mentions: Int)] {
        packs.map { pack in
            // A pattern over its match limit counts nothing (the scan leaves it empty): the
            // choice is a hint, not a measure.
            let scan = pack.scanner.scan(text, scratch: scratch)
            return (pack.name, OverlapResolver.earliestLongest(scan.matches.flatMap { $0 }).count)
        }
    }

    public func choose(_ text: ValidUTF8, scratch: MatchScratch = MatchScratch()) -> SidePackChoice {
        let counts = mentions(in: text, scratch: scratch)
        let summary = counts.map { "\($0.pack) \($0.mentions)" }.joined(separator: ", ")
        // The first of the largest counts: the default pack wins a tie, being listed first.
        let best = counts.reduce(counts.first) { best, next in next.mentions > (best?.mentions ?? 0) ? next : best }
        guard let best, best.mentions >= Self.minimumMentions else {
            return SidePackChoice(
                pack: defaultPack,
                reason: "the default: no side pack's parties are named \(Self.minimumMentions) times (\(summary))")
        }
        return SidePackChoice(pack: best.pack, reason: "its parties are named most (\(summary); minimum \(Self.minimumMentions))")
    }
}
