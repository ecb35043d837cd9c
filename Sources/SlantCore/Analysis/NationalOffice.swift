/// Officials the article names by an office of state without saying whose: "Police spokesman
/// Micky Rosenfeld", "National Police Commissioner X", "Tzipi Livni, the justice minister,",
/// "Health Minister X", "a government official". The office belongs to the one party the story
/// around it names: the actors and places of the speaker's sentence and the few before it. When
/// they name two parties (an Israeli strike on a Gaza street) the office could be either side's,
/// and the speaker stays unassigned: abstain, not guess. Actors and places are the side pack's,
/// so the rule is as symmetric as the pack.
struct NationalOffice {
    let document: Document
    let mentions: ActorMentionIndex
    let places: ActorMentionIndex
    /// The pack's third-party side: its leaders are often only visiting the story ("Kerry met
    /// Netanyahu"), so they do not count; its states do ("His Cabinet chief" after "Egyptian
    /// President Morsy" is Egypt's, or at least not surely the party's named before).
    let thirdPartySideID: String?
    /// Offsets whose mentions do not count (inside a quotation: the quoted speaker's words).
    let isExcluded: (Int) -> Bool

    /// The side of the office that `speaker` or the role beside it names, if the sentences
    /// before it name one party only.
    func side(of speaker: Range<Int>, in sentence: Sentence) -> String? {
        guard holdsOffice(speaker, in: sentence) else { return nil }
        let windowStart = document.sentences[max(0, sentence.index - Self.sentencesBefore)].range.lowerBound
        let window = windowStart..<speaker.lowerBound
        var sides = Set<String>()
        // Sides named here as a state, its government or forces, or by a place: a side that is a
        // party within one state (a pack of political parties) has no offices of its own.
        var nations = Set<String>()
        for mention in mentions.starting(in: window)
        where mention.end <= speaker.lowerBound && Self.nationalKinds.contains(mention.kind) && !isExcluded(mention.start) {
            if mention.sideID == thirdPartySideID && mention.kind == .person { continue }
            sides.insert(mention.sideID)
            if Self.stateKinds.contains(mention.kind) { nations.insert(mention.sideID) }
        }
        for place in places.starting(in: window) where !isExcluded(place.start) {
            sides.insert(place.sideID)
            nations.insert(place.sideID)
        }
        // A third party's office is left to the third party's own words ("Egyptian officials"): in
        // this story it is most often somebody's passport ("an American was among the wounded").
        guard sides.count == 1, let side = sides.first, side != thirdPartySideID, nations.contains(side) else { return nil }
        return side
    }

    /// An office word in the speaker's own words, in an apposition right after them ("X, the
    /// justice minister,"), or in a role right before them ("A police spokesman, X,").
    private func holdsOffice(_ speaker: Range<Int>, in sentence: Sentence) -> Bool {
        // A speaker outside the sentence given (a caller's mistake) has no apposition or role here.
        guard sentence.range.lowerBound <= speaker.lowerBound, speaker.upperBound <= sentence.range.upperBound else {
            return false
        }
        var words = document.words.words(in: speaker)
        words += apposition(after: speaker.upperBound, in: sentence.range)
        words += role(before: speaker.lowerBound, in: sentence.range)
        return words.contains { Self.officeWords.contains(WordKey($0, of: document.bytes)) }
    }

    /// ", the justice minister," after the speaker: words up to the next break.
    private func apposition(after end: Int, in sentence: Range<Int>) -> [Range<Int>] {
        let following = document.words.firstWords(Self.longestRole + 1, in: end..<sentence.upperBound)
        guard let first = following.first, PersonRoster.gap(end..<first.lowerBound, document: document) == .comma
        else { return [] }
        var words = [first]
        for next in following.dropFirst() {
            guard PersonRoster.gap(words.last!.upperBound..<next.lowerBound, document: document) == .space else { break }
            words.append(next)
        }
        return words.count <= Self.longestRole && PersonRoster.opensApposition(words, document: document) ? words : []
    }

    /// "A police spokesman, " before the speaker: the words back to the sentence's start or a break.
    private func role(before start: Int, in sentence: Range<Int>) -> [Range<Int>] {
        let before = document.words.lastWords(Self.longestRole + 1, in: sentence.lowerBound..<start)
        guard let last = before.last, PersonRoster.gap(last.upperBound..<start, document: document) == .comma else {
            return []
        }
        var words = [last]
        for previous in before.dropLast().reversed() {
            guard PersonRoster.gap(previous.upperBound..<words[0].lowerBound, document: document) == .space else { break }
            words.insert(previous, at: 0)
        }
        let opensSentence = document.words.lastWords(1, in: sentence.lowerBound..<words[0].lowerBound).isEmpty
        return words.count <= Self.longestRole && opensSentence ? words : []
    }

    static let sentencesBefore = 3
    private static let longestRole = 6

    /// Actors that stand for a party's state: its name or adjective, government, forces,
    /// officials and leaders (a person already placed). Populations ("Palestinians") and groups are
    /// what stories are about, not whose office is meant.
    private static let nationalKinds: Set<ActorKind> = [.state, .government, .military, .official, .person]
    private static let stateKinds: Set<ActorKind> = [.state, .government, .military]

    /// Offices of a state or an authority, which every party has. A force's people ("military
    /// officials") are `UnnamedForce`'s: only a force named just before places them.
    static let officeWords: WordSet = [
        "police", "minister", "ministry", "government", "cabinet", "commissioner",
    ]
}
