/// "Military officials said ...", "army sources said": a force's people with no side named are
/// the force the article last named, if it named one in the last few sentences ("the Israeli
/// army", "the Qassam Brigades"). With a determiner ("the army said") the anaphor rule answers
/// instead; this one reads the bare modifier, which that rule did not.
struct UnnamedForce {
    let document: Document
    let mentions: ActorMentionIndex
    /// Offsets whose mentions do not count (inside a quotation: the quoted speaker's words).
    let isExcluded: (Int) -> Bool

    /// The military actor that `speaker` ("military officials") speaks for, if the article named
    /// one within `sentencesBefore` sentences before it.
    func antecedent(of speaker: Range<Int>, in sentence: Sentence) -> ActorMention? {
        let words = document.words.words(in: speaker)
        guard words.count >= 2, words.count <= 3, let first = words.first, let last = words.last,
            Self.forces.contains(WordKey(first, of: document.bytes)), Self.heads.contains(WordKey(last, of: document.bytes))
        else { return nil }
        let windowStart = document.sentences[max(0, sentence.index - Self.sentencesBefore)].range.lowerBound
        guard
            let force = mentions.last(
                endingBefore: speaker.lowerBound, where: { $0.kind == .military && !isExcluded($0.start) }),
            force.start >= windowStart
        else { return nil }
        return force
    }

    static let sentencesBefore = 5
    private static let forces: WordSet = ["military", "army"]
    private static let heads: WordSet = [
        "officials", "official", "sources", "source", "spokesman", "spokeswoman", "spokesperson", "officers", "commanders",
    ]
}
