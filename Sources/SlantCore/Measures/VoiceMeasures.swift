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
    static func compute(attributions: [Attribution], sides: [Side]) -> [SideVoices] {
        let total = attributions.reduce(0) { $1.nestedIn == nil ? $0 + $1.words : $0 }
        let groups: [(id: String, name: String, thirdParty: Bool)] =
            sides.map { ($0.id, $0.name, $0.isThirdParty) } + [(unassignedSideID, "Unassigned speakers", false)]
        // Indices, not copies: an attribution holds many strings, and copying retains each.
        let sideOfTopLevel = attributions.map { $0.nestedIn == nil ? ($0.sideID ?? unassignedSideID) : nil }
        return groups.map { group in
            // Nested attributions are the outer speaker's words: counted there, not here.
            let mine = attributions.indices.filter { sideOfTopLevel[$0] == group.id }
            var cuesOfClass = [Int](repeating: 0, count: VerbClass.allCases.count)
            var cueCount = 0
            var directWords = 0
            var paraphraseWords = 0
            var speakers: [String] = []
            for index in mine {
                // Fields read in place: binding the attribution would copy all of it.
                for cue in attributions[index].cues {
                    cuesOfClass[VerbClass.allCases.firstIndex(of: cue.verbClass)!] += 1
                    cueCount += 1
                }
                directWords += attributions[index].directWords
                paraphraseWords += attributions[index].paraphraseWords
                speakers.append(attributions[index].speakerName)
            }
            speakers.sort()
            let classes = zip(VerbClass.allCases, cuesOfClass).compactMap { verbClass, count -> VerbClassCount? in
                count > 0 ? VerbClassCount(verbClass: verbClass, count: count) : nil
            }
            let neutral = cuesOfClass[VerbClass.allCases.firstIndex(of: .neutral)!]
            return SideVoices(
                sideID: group.id, name: group.name, isThirdParty: group.thirdParty, attributions: mine.count,
                distinctSpeakers: speakers.enumerated().filter { $0.offset == 0 || speakers[$0.offset - 1] != $0.element }.map(
                    \.element), directWords: directWords, paraphraseWords: paraphraseWords,
                share: total > 0 ? Double(directWords + paraphraseWords) / Double(total) : 0, cues: cueCount,
                verbClasses: classes, neutralityRate: cueCount == 0 ? nil : Double(neutral) / Double(cueCount))
        }
    }
}
