import Foundation

/// Who got to speak and how much, for one side (formula 1 of measures.md: QS_s = words of
/// direct quotes and paraphrase whose speaker belongs to s / all attributed words).
public struct SideVoices: Sendable, Codable, Hashable {
    public let sideID: String
    public let name: String
    public let isThirdParty: Bool
    public let attributions: Int
    public let distinctSpeakers: [String]
    public let directWords: Int
    public let paraphraseWords: Int
    /// Share of all attributed words, 0...1.
    public let share: Double
    public let cues: Int
    public let verbClasses: [VerbClassCount]
    /// Neutral cues / all cues (formula 5: 1 - VerbBias_s); nil without cues.
    public let neutralityRate: Double?

    public var words: Int { directWords + paraphraseWords }
    /// Reporting verbs of the neutral class.
    public var neutralCues: Int { verbClasses.first { $0.verbClass == .neutral }?.count ?? 0 }
}

public struct VerbClassCount: Sendable, Codable, Hashable {
    public let verbClass: VerbClass
    public let count: Int
}

/// Balance between the parties (third parties excluded): min/max ratio of their attributed
/// words (1 = even) and normalised entropy H = -sum s_i log2 s_i / log2 k.
public struct BalanceIndices: Sendable, Codable, Hashable {
    public let parties: [String]
    public let minMaxRatio: Double?
    public let normalizedEntropy: Double?

    static func compute(words: [(sideID: String, words: Int)]) -> BalanceIndices {
        let total = words.reduce(0) { $0 + $1.words }
        guard words.count >= 2, total > 0 else {
            return BalanceIndices(parties: words.map(\.sideID), minMaxRatio: nil, normalizedEntropy: nil)
        }
        let counts = words.map { Double($0.words) }
        let ratio = counts.min()! / counts.max()!
        let entropy = counts.map { $0 / Double(total) }.filter { $0 > 0 }.reduce(0.0) { $0 - $1 * log2($1) }
        return BalanceIndices(
            parties: words.map(\.sideID), minMaxRatio: ratio, normalizedEntropy: entropy / log2(Double(words.count)))
    }
}

public let unassignedSideID = "unassigned"

enum VoiceMeasures {
    /// One side's running totals.
    private struct Tally {
        var attributions = 0
        var cuesOfClass = [Int](repeating: 0, count: VerbClass.allCases.count)
        var cueCount = 0
        var directWords = 0
        var paraphraseWords = 0
        var speakers: [String] = []
    }

    static func compute(attributions: [Attribution], sides: [Side]) -> [SideVoices] {
        let total = attributions.reduce(0) { $1.nestedIn == nil ? $0 + $1.words : $0 }
        let groups: [(id: String, name: String, thirdParty: Bool)] =
            sides.map { ($0.id, $0.name, $0.isThirdParty) } + [(unassignedSideID, "Unassigned speakers", false)]
        let verbClasses = VerbClass.allCases
        // One pass over the attributions, each added to its side's tally; fields read in place
        // (binding an attribution would copy all of it).
        var tallies = [Tally](repeating: Tally(), count: groups.count)
        for index in attributions.indices {
            // Nested attributions are the outer speaker's words: counted there, not here.
            guard attributions[index].nestedIn == nil else { continue }
            let sideID = attributions[index].sideID ?? unassignedSideID
            for group in groups.indices where groups[group].id == sideID {
                tallies[group].attributions += 1
                for cue in attributions[index].cues {
                    tallies[group].cuesOfClass[verbClasses.firstIndex(of: cue.verbClass)!] += 1
                    tallies[group].cueCount += 1
                }
                tallies[group].directWords += attributions[index].directWords
                tallies[group].paraphraseWords += attributions[index].paraphraseWords
                tallies[group].speakers.append(attributions[index].speakerName)
            }
        }
        let neutralIndex = verbClasses.firstIndex(of: .neutral)!
        return zip(groups, tallies).map { group, tally in
            let speakers = tally.speakers.sorted()
            var distinctSpeakers: [String] = []
            for speaker in speakers where distinctSpeakers.last != speaker { distinctSpeakers.append(speaker) }
            let classes = zip(verbClasses, tally.cuesOfClass).compactMap { verbClass, count -> VerbClassCount? in
                count > 0 ? VerbClassCount(verbClass: verbClass, count: count) : nil
            }
            let words = tally.directWords + tally.paraphraseWords
            return SideVoices(
                sideID: group.id, name: group.name, isThirdParty: group.thirdParty, attributions: tally.attributions,
                distinctSpeakers: distinctSpeakers, directWords: tally.directWords,
                paraphraseWords: tally.paraphraseWords, share: total > 0 ? Double(words) / Double(total) : 0,
                cues: tally.cueCount, verbClasses: classes,
                neutralityRate: tally.cueCount == 0 ? nil : Double(tally.cuesOfClass[neutralIndex]) / Double(tally.cueCount))
        }
    }
}
