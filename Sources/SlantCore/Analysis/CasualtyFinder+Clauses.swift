/// Clause-level evidence for the casualty finder that reaches past the casualty word's own
/// phrase (issue 13; survey of 120 non-gold articles, seed 20261209): coordinated verbs sharing
/// one subject, a pronoun subject whose antecedent is in the sentence before, the place right
/// after the casualty word, the target of an attack, and a participle used as an adjective
/// ("the slain teenager").
extension CasualtyFinder {
    /// A comma inside a number ("1,800"): no space on either side and a digit after it.
    func isNumberComma(_ index: Int, tokens: [Token]) -> Bool {
        guard tokens[index].kind == .comma, index > 0, index + 1 < tokens.count else { return false }
        return tokens[index - 1].range.upperBound == tokens[index].range.lowerBound
            && tokens[index + 1].range.lowerBound == tokens[index].range.upperBound
            && tokens[index + 1].startsWithNumber(in: document.bytes)
    }

    /// The earlier verb of "X killed four civilians and wounded 219 others": when "and" or "or"
    /// stands right before the verb, the verb within ten tokens back that shares its subject.
    func coordinatedVerb(before conjunction: Int, tokens: [Token]) -> Int? {
        guard conjunction > 0, tokens[conjunction].kind == .word, ["and", "or"].contains(tokens[conjunction].word) else {
            return nil
        }
        var index = conjunction - 1
        while index >= 0, conjunction - index <= 10 {
            let token = tokens[index]
            if token.kind == .word {
                if FunctionWords.clauseBoundaries.contains(token.word) { return nil }
                if Self.harmVerbs.contains(token.word) || Self.raidVerbs.contains(token.word) { return index }
            } else if token.kind != .comma {
                return nil
            }
            index -= 1
        }
        return nil
    }

    /// Transitive verbs of harm whose subject a coordinated casualty verb shares.
    static let harmVerbs: WordSet = [
        "kill", "kills", "killed", "wound", "wounds", "wounded", "injure", "injures", "injured", "shoot", "shoots", "shot",
        "murder", "murders", "murdered", "hit", "hits", "struck", "attacked", "bombed", "shelled",
    ]

    /// Verbs of a raid or an arrest that a casualty verb is often coordinated with: "Israeli
    /// forces captured two members and killed five others" (survey seed 9091). Past forms only:
    /// "arrests" or "raids" may be nouns.
    static let raidVerbs: WordSet = [
        "captured", "arrested", "detained", "abducted", "kidnapped", "seized", "raided", "stormed", "destroyed",
        "demolished", "fired", "launched", "targeted", "invaded", "opened", "ambushed", "besieged",
    ]

    /// The actor "they" or "it" stands for when the sentence names none before it ("Israeli
    /// soldiers were firing on protesters. As of Tuesday, they had killed at least 60"): the
    /// subject of the sentence before, its first party actor that is neither a source nor after a
    /// preposition.
    func antecedentInSentenceBefore(_ sentence: Sentence) -> ActorMention? {
        guard sentence.index > 0, document.sentences.indices.contains(sentence.index - 1) else { return nil }
        let previous = document.sentences[sentence.index - 1]
        return mentions.starting(in: previous.range).first {
            parties.contains($0.sideID) && !isSource($0, in: previous) && !followsPreposition($0, in: previous)
        }
    }

    /// Where the victims were, said right after the casualty word: "at least five have died in
    /// Israel", "those killed in Gaza". A place given as a reference point ("15 miles north of
    /// Gaza", "the Gaza border") says nothing of where they were.
    func placeRightAfter(_ after: Int, tokens: [Token], sentence: Sentence) -> ActorMention? {
        guard after < tokens.count, tokens[after].kind == .word, Self.placePrepositions.contains(tokens[after].word) else {
            return nil
        }
        var end = after + 1
        while end < tokens.count, end - after <= 3, tokens[end].kind == .word, Self.placeModifiers.contains(tokens[end].word) {
            end += 1
        }
        guard end < tokens.count else { return nil }
        let window = tokens[after].range.lowerBound..<tokens[end].range.upperBound
        return places.starting(in: window).first { isWhereVictimsWere($0, in: sentence) }
    }

    static let placePrepositions: WordSet = ["in", "inside", "across", "throughout"]
    static let placeModifiers: WordSet = [
        "the", "southern", "northern", "central", "eastern", "western", "occupied", "besieged", "israeli", "palestinian",
    ]

    /// A place names where the victims were, not a landmark ("3 miles from the Gaza border"), the
    /// attackers' origin ("militants from Gaza", "Gaza militants") or a reference point ("15
    /// miles north of Gaza").
    func isWhereVictimsWere(_ place: ActorMention, in sentence: Sentence) -> Bool {
        let bytes = document.bytes
        let after = document.words.words(in: place.end..<min(sentence.range.upperBound, place.end + 24)).prefix(2)
        let before = document.words.words(in: max(sentence.range.lowerBound, place.start - 24)..<place.start).suffix(2)
            .map { WordKey($0, of: bytes) }
        if let next = after.first, Self.originNouns.contains(WordKey(next, of: bytes)) { return false }
        if after.contains(where: { Self.landmarks.contains(WordKey($0, of: bytes)) }) { return false }
        if before.last == "from" { return false }
        if before.count == 2, before[1] == "of", Self.directions.contains(before[0]) { return false }
        return true
    }

    static let directions: WordSet = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outside",
    ]

    /// Parties named as the target of the other party's fire or attack in the range: "Israeli
    /// soldiers opened fire at Palestinian protesters", "Hamas gunmen fired on Israeli
    /// shoppers". The target is who was hit. With no shooter named ("others were killed
    /// attempting to open fire on Israeli soldiers") the victims may be the ones firing.
    func targetSides(in range: Range<Int>) -> Set<String> {
        let bytes = document.bytes
        return Set(
            mentions.starting(in: range).filter { mention in
                guard parties.contains(mention.sideID) else { return false }
                var before = Array(document.words.words(in: max(range.lowerBound, mention.start - 40)..<mention.start).suffix(3))
                if before.last.map({ WordKey($0, of: bytes) }) == "the" { before.removeLast() }
                let words = before.map { WordKey($0, of: bytes) }
                guard words.count >= 2, ["at", "on", "upon"].contains(words[words.count - 1]),
                    Self.aimedNouns.contains(words[words.count - 2])
                else { return false }
                let aimed = before[before.count - 2]
                let shooter = mentions.last(endingBefore: aimed.lowerBound) {
                    parties.contains($0.sideID) && $0.sideID != mention.sideID
                }
                return shooter.map { $0.start >= range.lowerBound && aimed.lowerBound - $0.end <= 24 } ?? false
            }
            .map(\.sideID))
    }

    /// Nouns and verbs of aimed violence before "at" or "on" and a target.
    static let aimedNouns: WordSet = [
        "fire", "fired", "firing", "shooting", "shot", "attack", "attacks", "assault", "strike", "strikes", "airstrike",
        "airstrikes", "raid", "raids",
    ]

    /// A participle used as an adjective: a determiner before it and a word after it that is
    /// neither a preposition, a conjunction nor an auxiliary ("the slain teenager", not "the
    /// wounded in the blast" or "the wounded were taken").
    func isAttributive(previous: Token?, match: Match, next: Token?) -> Bool {
        guard let previous, previous.kind == .word, Self.determiners.contains(previous.word), let next, next.kind == .word,
            isParticiple(match.range)
        else { return false }
        return !Self.reducedPassiveFollowers.contains(next.word) && !Self.finiteAuxiliaries.contains(next.word)
            && !Self.beAuxiliaries.contains(next.word) && !FunctionWords.clauseBoundaries.contains(next.word)
            && next.word != "by"
    }

    /// Not "that": "the attack that killed five" is a relative clause.
    static let determiners: WordSet = ["the", "a", "an", "his", "her", "their", "its", "our", "my", "your"]

    /// The victims of an attributive participle: the party named in the noun phrase after it, up
    /// to a preposition ("the murdered Israeli settlers", "a slain Palestinian teenager").
    func attributiveVictims(after: Int, tokens: [Token], sentence: Sentence) -> (
        sideID: String, evidence: String, byNearestActor: Bool
    )? {
        var end = after
        while end < tokens.count, end - after < 5, tokens[end].kind == .word,
            !FunctionWords.clauseBoundaries.contains(tokens[end].word), !Self.prepositions.contains(tokens[end].word)
        {
            end += 1
        }
        guard end > after else { return nil }
        let phrase = tokens[after].range.lowerBound..<tokens[end - 1].range.upperBound
        guard let actor = mentions.starting(in: phrase).first(where: { parties.contains($0.sideID) }) else { return nil }
        return (actor.sideID, "noun after the participle: \(document.source.text(actor.range))", false)
    }
}
