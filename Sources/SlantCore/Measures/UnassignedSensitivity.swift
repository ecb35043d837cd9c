/// Whether the words and verbs of speakers slant could not place on a side are enough to change
/// a check's answer. A bias auditor whose own misses lean one way must not turn them into a
/// verdict: when giving the unassigned words (or verbs) a party is likely to hold to one party or
/// the other would flip a check, that check abstains ("not enough evidence") and says how much is
/// unassigned. That likely part is `VerdictThresholds.unassignedPartyShare` of them: most speakers
/// slant cannot place are third parties or people of no stated side (EVALUATION.md).
enum UnassignedSensitivity {
    /// One party's words, attributions and reporting verbs.
    struct Voice {
        var words: Int
        var attributions: Int
        var cues: Int
        var neutralCues: Int
    }

    /// Voice balance: quieter / louder attributed words below the threshold.
    static func voiceBalanceTriggered(_ parties: [Voice]) -> Bool? {
        guard parties.count >= 2 else { return nil }
        let words = parties.map(\.words)
        guard let louder = words.max(), louder > 0 else { return nil }
        return Double(words.min()!) / Double(louder) < VerdictThresholds.minimumVoiceRatio
    }

    /// Verb neutrality: the gap between the parties' neutral-verb rates, each party with enough
    /// attributions and at least one verb.
    static func verbGapTriggered(_ parties: [Voice]) -> Bool? {
        let rates = parties.compactMap { party -> Double? in
            party.attributions >= VerdictThresholds.minimumAttributionsPerParty && party.cues > 0
                ? Double(party.neutralCues) / Double(party.cues) : nil
        }
        guard rates.count >= 2 else { return nil }
        return rates.max()! - rates.min()! >= VerdictThresholds.verbNeutralityGap
    }

    /// Whether `check` gives another answer when the unassigned voice a party is likely to hold
    /// (`share` of it, rounded up) is given wholly to any one party.
    static func canFlip(
        _ check: ([Voice]) -> Bool?, parties: [Voice], unassigned all: Voice,
        share: Double = VerdictThresholds.unassignedPartyShare
    ) -> Bool {
        func part(_ count: Int) -> Int { Int((Double(count) * share).rounded(.up)) }
        let unassigned = Voice(
            words: part(all.words), attributions: part(all.attributions), cues: part(all.cues),
            neutralCues: part(all.neutralCues))
        guard unassigned.words > 0 || unassigned.cues > 0 else { return false }
        let answer = check(parties)
        return parties.indices.contains { index in
            var moved = parties
            moved[index].words += unassigned.words
            moved[index].attributions += unassigned.attributions
            moved[index].cues += unassigned.cues
            moved[index].neutralCues += unassigned.neutralCues
            return check(moved) != answer
        }
    }
}
