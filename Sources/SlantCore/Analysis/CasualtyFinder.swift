/// Classifies each casualty word: agency from the surface of its clause (auxiliary "be" before
/// a participle, "by" after it, the word's form in the lexicon), victims' side from the actors
/// around it (object of an active verb, subject of a passive or intransitive one, the adjective
/// or "of" phrase of a noun), then the sentence's actors, the agent's opponent, and places.
struct CasualtyFinder {
    struct Match {
        let range: Range<Int>
        let rule: LexiconRule
    }

    let document: Document
    let mentions: ActorMentionIndex
    let places: ActorMentionIndex
    let parties: Set<String>

    static let beAuxiliaries: Set<String> = ["was", "were", "been", "being", "is", "are", "be", "get", "got", "gets", "getting"]
    static let skippable: Set<String> = [
        "reportedly", "allegedly", "also", "all", "both", "later", "subsequently", "ultimately", "eventually", "apparently",
        "either", "since", "then", "now", "just", "not", "never", "already",
    ]
    /// After a bare participle these make it a reduced passive: "10 people killed in Gaza".
    static let reducedPassiveFollowers: Set<String> = [
        "in", "on", "at", "during", "while", "when", "after", "near", "as", "inside", "across", "since", "over", "amid",
        "last", "this", "overnight", "yesterday", "today", "and", "or", "so", "far", "there", "here", "early", "late",
        "earlier", "shortly", "instantly", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "inside", "outside", "across", "along", "near", "while",
    ]

    func classify(_ match: Match, voice: Voice, emotive: [TextSpan], caveats: [TextSpan], individuation: [TextSpan])
        -> CasualtyMention?
    {
        guard let sentence = document.sentence(containing: match.range.lowerBound) else { return nil }
        let tokens = SentenceTokenizer.tokens(in: sentence.range, of: document.bytes)
        guard let first = tokens.firstIndex(where: { $0.range.lowerBound >= match.range.lowerBound }) else { return nil }
        let after = tokens.firstIndex { $0.range.lowerBound >= match.range.upperBound } ?? tokens.count
        var before = first - 1
        while before >= 0, tokens[before].kind == .word, Self.skippable.contains(tokens[before].word) { before -= 1 }
        let previous = before >= 0 ? tokens[before] : nil
        let next = after < tokens.count ? tokens[after] : nil

        var agency: CasualtyAgency
        var agentRange: Range<Int>?
        switch match.rule.casualtyForm ?? .noun {
        case .intransitive: agency = .intransitive
        case .noun: agency = .nominal
        case .verb:
            let isPassive =
                (previous.map { $0.kind == .word && Self.beAuxiliaries.contains($0.word) } ?? false)
                || (next?.word == "by")
                || (isParticiple(match.range) && isReducedPassive(after: after, tokens: tokens))
            if isPassive {
                if let by = tokens[after...].prefix(3).firstIndex(where: { $0.word == "by" }) {
                    agency = .passiveWithAgent
                    agentRange = phrase(from: by + 1, tokens: tokens)
                } else {
                    agency = .agentlessPassive
                }
            } else {
                agency = .active
                agentRange = subject(endingAt: before, tokens: tokens)
            }
        }
        // The actor nearest the verb: the last in a subject, the first in a "by" phrase.
        let agentActors = agentRange.map { mentions.starting(in: $0).filter { parties.contains($0.sideID) } } ?? []
        let agentSide = agency == .passiveWithAgent ? agentActors.first?.sideID : agentActors.last?.sideID
        let victim = victimSide(
            match: match, agency: agency, tokens: tokens, first: first, before: before, after: after, sentence: sentence,
            agentSideID: agentSide)
        let source = document.source
        return CasualtyMention(
            span: source.span(match.range), ruleID: match.rule.id, sentence: source.span(sentence.range), agency: agency,
            agent: agentRange.map { source.text($0) }, agentSideID: agentSide, victimSideID: victim?.sideID,
            victimEvidence: victim?.evidence, voice: voice, emotiveTerms: emotive, caveats: caveats,
            individuation: individuation)
    }

    // MARK: - Victims

    private func victimSide(
        match: Match, agency: CasualtyAgency, tokens: [Token], first: Int, before: Int, after: Int, sentence: Sentence,
        agentSideID: String?
    ) -> (sideID: String, evidence: String)? {
        let source = document.source
        func described(_ mention: ActorMention, _ how: String) -> (String, String) {
            (mention.sideID, "\(how): \(source.text(mention.range))")
        }
        switch agency {
        case .active:
            // The object: actors after the verb, up to the end of the clause.
            let end = tokens[after...].firstIndex { $0.kind != .word && $0.kind != .other } ?? tokens.count
            if after < end,
                let object = mentions.starting(in: tokens[after].range.lowerBound..<tokens[end - 1].range.upperBound)
                    .first(where: { parties.contains($0.sideID) })
            {
                return described(object, "object of the verb")
            }
        case .agentlessPassive, .passiveWithAgent, .intransitive:
            // The subject: actors in the clause before the verb.
            if let subject = subject(endingAt: before, tokens: tokens),
                let actor = mentions.starting(in: subject).last(where: { parties.contains($0.sideID) })
            {
                return described(actor, "subject")
            }
        case .nominal:
            if let adjacent = mentions.last(endingBefore: match.range.lowerBound),
                ByteScanning.wordCount(in: adjacent.end..<match.range.lowerBound, of: document.bytes) <= 1,
                parties.contains(adjacent.sideID)
            {
                return described(adjacent, "names the dead")
            }
            if after + 1 < tokens.count, ["of", "among"].contains(tokens[after].word),
                let owner = mentions.starting(in: tokens[after + 1].range.lowerBound..<sentence.range.upperBound).first,
                ByteScanning.wordCount(in: tokens[after + 1].range.lowerBound..<owner.start, of: document.bytes) <= 3,
                parties.contains(owner.sideID)
            {
                return described(owner, "of")
            }
        }
        // The attackers named in the sentence ("in the Hamas attack", "by Israeli jets") are not
        // the victims; with no grammatical agent, they stand in for one.
        let attackers = attackerSides(in: sentence)
        let agent = agentSideID ?? (attackers.count == 1 ? attackers.first : nil)
        let inSentence = mentions.starting(in: sentence.range).filter { parties.contains($0.sideID) }
        // People named in the sentence (not governments or groups), other than the agent's side.
        if let people = inSentence.first(where: { $0.kind == .population && $0.sideID != agent && !attackers.contains($0.sideID) }
        ) {
            return described(people, "people named in the sentence")
        }
        if let agent, parties.contains(agent), let other = parties.sorted().first(where: { $0 != agent }), parties.count == 2 {
            return (other, "the other party of the attacker (\(agent))")
        }
        let bytes = document.bytes
        let nearbyPlaces = places.starting(in: sentence.range).filter { place in
            // "3 miles from the Gaza border" names a landmark, "militants from Gaza" the
            // attackers' origin: neither says where the victims were.
            let after = ByteScanning.words(in: place.end..<min(sentence.range.upperBound, place.end + 24), of: bytes).prefix(2)
            let before = ByteScanning.words(in: max(sentence.range.lowerBound, place.start - 12)..<place.start, of: bytes).last
            return !after.contains { Self.landmarks.contains(document.source.text($0).lowercased()) }
                && before.map { document.source.text($0).lowercased() != "from" } ?? true
        }
        if let place = nearbyPlaces.min(by: { distance($0, match.range) < distance($1, match.range) }) {
            return described(place, "place")
        }
        let candidates = inSentence.filter { !attackers.contains($0.sideID) }
        if let nearest = candidates.min(by: { distance($0, match.range) < distance($1, match.range) }) {
            return described(nearest, "nearest actor")
        }
        return nil
    }

    /// Nouns of attack: an actor right before one is the attacker ("Hamas attack", "Israeli strikes").
    static let attackNouns: Set<String> = [
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "air", "raid", "raids", "assault", "bombardment",
        "bombing", "bombings", "shelling", "rocket", "rockets", "missile", "missiles", "offensive", "incursion", "invasion",
        "operation", "gunmen", "terrorists", "jets", "warplanes", "gunfire", "fire", "drone", "drones", "siege", "onslaught",
    ]
    static let landmarks: Set<String> = ["border", "boundary", "fence", "frontier", "perimeter", "crossing", "envelope"]

    /// Sides named as attackers in the sentence: an actor followed by a noun of attack, or after "by".
    private func attackerSides(in sentence: Sentence) -> Set<String> {
        var sides: Set<String> = []
        let bytes = document.bytes
        for mention in mentions.starting(in: sentence.range) where parties.contains(mention.sideID) {
            let after = ByteScanning.words(in: mention.end..<min(sentence.range.upperBound, mention.end + 32), of: bytes).prefix(
                2)
            if after.contains(where: { Self.attackNouns.contains(document.source.text($0).lowercased()) }) {
                sides.insert(mention.sideID)
            }
            let before = ByteScanning.words(in: max(sentence.range.lowerBound, mention.start - 16)..<mention.start, of: bytes)
                .suffix(2)
            if before.contains(where: { document.source.text($0).lowercased() == "by" }) { sides.insert(mention.sideID) }
        }
        return sides
    }

    private func distance(_ mention: ActorMention, _ range: Range<Int>) -> Int {
        mention.end <= range.lowerBound ? range.lowerBound - mention.end : max(0, mention.start - range.upperBound)
    }

    // MARK: - Phrases

    /// The noun phrase before a verb, back to a clause boundary (at most eight words).
    private func subject(endingAt end: Int, tokens: [Token]) -> Range<Int>? {
        guard end >= 0, tokens[end].kind == .word, !FunctionWords.clauseBoundaries.contains(tokens[end].word) else { return nil }
        var start = end
        while start > 0, end - start < 8, tokens[start - 1].kind == .word,
            !FunctionWords.clauseBoundaries.contains(tokens[start - 1].word)
        {
            start -= 1
        }
        return tokens[start].range.lowerBound..<tokens[end].range.upperBound
    }

    /// The words after "by", up to punctuation, a clause boundary or eight words.
    private func phrase(from start: Int, tokens: [Token]) -> Range<Int>? {
        var end = start
        while end < tokens.count, tokens[end].kind == .word, end - start < 8,
            end == start || !FunctionWords.clauseBoundaries.contains(tokens[end].word)
        {
            end += 1
        }
        return end > start ? tokens[start].range.lowerBound..<tokens[end - 1].range.upperBound : nil
    }

    private func isParticiple(_ range: Range<Int>) -> Bool {
        let word = document.source.text(range).lowercased()
        return word.hasSuffix("ed") || word.hasSuffix("dead") || word.hasSuffix("down") || word.hasSuffix("death")
    }

    /// A bare participle with no object: "10 people killed in Gaza", "Three Israelis killed."
    /// ("killed at least 1,200 people" has an object: it is active.)
    private func isReducedPassive(after: Int, tokens: [Token]) -> Bool {
        guard after < tokens.count, tokens[after].kind == .word else { return true }
        if tokens[after].word == "at", after + 1 < tokens.count, ["least", "most"].contains(tokens[after + 1].word) {
            return false
        }
        return Self.reducedPassiveFollowers.contains(tokens[after].word)
    }
}
