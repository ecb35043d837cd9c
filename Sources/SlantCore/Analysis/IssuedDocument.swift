/// A statement, resolution or letter speaks for whoever issued it: "The U.N. Security Council
/// adopted the presidential statement ... The statement calls for ..." makes the council the
/// speaker of "calls for". The issuer is the first actor named in the sentence that names the
/// document (its subject, as a rule), in that sentence or up to three sentences before; with no
/// such sentence the document stays unplaced (abstain, not guess).
struct IssuedDocument {
    let document: Document
    let mentions: ActorMentionIndex

    /// The issuer of the document that `phrase` (a speaker's words) names, if its last word is a
    /// document noun and the phrase names no actor itself.
    func issuer(of phrase: Range<Int>, isExcluded: (Int) -> Bool) -> ActorMention? {
        guard let noun = document.words.words(in: phrase).last, Self.nouns.contains(WordKey(noun, of: document.bytes)),
            let sentence = document.sentence(containing: phrase.lowerBound)
        else { return nil }
        let key = WordKey(noun, of: document.bytes)
        let earliest = max(0, sentence.index - Self.sentencesBack)
        for index in stride(from: sentence.index, through: earliest, by: -1) {
            let candidate = document.sentences[index]
            let end = index == sentence.index ? noun.lowerBound : candidate.range.upperBound
            // The document noun named in that sentence, before which its issuer stands.
            guard
                let named = document.words.words(in: candidate.range.lowerBound..<end).last(where: {
                    index == sentence.index ? $0 == noun : Self.sameNoun(WordKey($0, of: document.bytes), key)
                }) ?? (index == sentence.index ? noun : nil)
            else { continue }
            let issuer = mentions.starting(in: candidate.range.lowerBound..<named.lowerBound).first {
                $0.end <= named.lowerBound && !isExcluded($0.start)
            }
            if let issuer { return issuer }
        }
        return nil
    }

    private static func sameNoun(_ word: WordKey, _ noun: WordKey) -> Bool {
        word == noun || plurals[word] == noun
    }

    private static let sentencesBack = 3

    /// Documents that speak for their issuer.
    static let nouns: WordSet = [
        "statement", "resolution", "communique", "declaration", "letter", "memo", "memorandum",
    ]
    private static let plurals: [WordKey: WordKey] = [
        WordKey(text: "statements"): WordKey(text: "statement"),
        WordKey(text: "resolutions"): WordKey(text: "resolution"),
    ]
}
