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

    static let perfectAuxiliaries: WordSet = ["has", "have", "had", "having"]
    static let beAuxiliaries: WordSet = ["was", "were", "been", "being", "is", "are", "be", "get", "got", "gets", "getting"]
    static let skippable: WordSet = [
        "reportedly", "allegedly", "also", "all", "both", "later", "subsequently", "ultimately", "eventually", "apparently",
        "either", "since", "then", "now", "just", "not", "never", "already",
    ]
    /// After a bare participle these make it a reduced passive: "10 people killed in Gaza".
    static let reducedPassiveFollowers: WordSet = [
        "in", "on", "at", "during", "while", "when", "after", "near", "as", "inside", "across", "since", "over", "amid",
        "last", "this", "overnight", "yesterday", "today", "and", "or", "so", "far", "there", "here", "early", "late",
        "earlier", "shortly", "instantly", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "inside", "outside", "across", "along", "near", "while",
    ]

    /// A casualty word classified in its own sentence. When nothing in the sentence's grammar or
    /// roles names the victims, the actor nearest the word is kept apart in `nearestActor`: it is
    /// a weaker sign than the victims of the casualty reports just before ("Hamas-affiliated media
    /// hailed the killings" after the victims were named), so the audit uses it only when there are
    /// none.
    struct Classified {
        let mention: CasualtyMention
        let nearestActor: (sideID: String, evidence: String)?
    }

    func classify(_ match: Match, voice: Voice, emotive: [TextSpan], caveats: [TextSpan], individuation: [TextSpan])
        -> Classified?
    {
        guard let sentence = document.sentence(containing: match.range.lowerBound) else { return nil }
        let tokens = SentenceTokenizer.tokens(in: sentence.range, words: document.words)
        guard let first = tokens.firstIndex(where: { $0.range.lowerBound >= match.range.lowerBound }) else { return nil }
        if UnrealDeath(tokens: tokens, bytes: document.bytes).isUnreal(
            at: first, isVerb: match.rule.casualtyForm == .verb)
        {
            return nil
        }
        let after = tokens.firstIndex { $0.range.lowerBound >= match.range.upperBound } ?? tokens.count
        var before = first - 1
        while before >= 0, tokens[before].kind == .word, Self.skippable.contains(tokens[before].word) { before -= 1 }
        let previous = before >= 0 ? tokens[before] : nil
        let next = after < tokens.count ? tokens[after] : nil

        var agency: CasualtyAgency
        var agentRange: Range<Int>?
        var antecedent = false
        var pronounAgent = false
        // Where the subject of the verb must end: before the first of coordinated verbs.
        var subjectLimit = match.range.lowerBound
        // "the slain teenager", "the murdered settlers", "the assassinated Israeli prime
        // minister": a participle between a determiner and its noun is an adjective, a reduced
        // passive whose victims are the noun after it.
        var attributive = false
        switch match.rule.casualtyForm ?? .noun {
        case .intransitive: agency = .intransitive
        case .noun: agency = .nominal
        case .verb:
            // "hundreds were left injured": "left" after "be" is a passive auxiliary too.
            let leftAfterBe =
                previous?.word == "left" && before >= 1 && tokens[before - 1].kind == .word
                && Self.beAuxiliaries.contains(tokens[before - 1].word)
            let hasAuxiliary =
                leftAfterBe || (previous.map { $0.kind == .word && Self.beAuxiliaries.contains($0.word) } ?? false)
            // "Israeli troops have killed over two dozen": a perfect is active, never a bare participle.
            let isPerfect = previous.map { $0.kind == .word && Self.perfectAuxiliaries.contains($0.word) } ?? false
            attributive = isAttributive(previous: previous, match: match, next: next)
            let isPassive =
                hasAuxiliary || (next?.word == "by")
                || (!isPerfect && isParticiple(match.range) && isReducedPassive(after: after, tokens: tokens))
            if attributive {
                agency = .reducedPassive
            } else if previous?.word == "the", next?.word != "by", isParticiple(match.range) {
                // "the wounded in the bus explosion", "treat the injured": a participle after
                // "the" with no noun after it is itself the noun, the people (guidelines: nominal).
                agency = .nominal
            } else if isPassive {
                // "was murdered in the street by a knife-wielding Palestinian": "by" may follow a
                // short phrase of place or time, within the clause.
                if let by = agentBy(after: after, tokens: tokens) {
                    agency = .passiveWithAgent
                    agentRange = phrase(from: by + 1, tokens: tokens)
                } else {
                    agency = hasAuxiliary ? .agentlessPassive : .reducedPassive
                }
            } else {
                agency = .active
                if before >= 0, Self.relativePronouns.contains(tokens[before].word) {
                    // "Hamas's incursion, which killed 1,300": the agent is the antecedent.
                    var end = before - 1
                    if end >= 0, tokens[end].kind == .comma { end -= 1 }
                    agentRange = subject(endingAt: end, tokens: tokens)
                    antecedent = true
                } else if let verb = coordinatedVerb(before: before, tokens: tokens) {
                    // "rocket fire killed four Israeli civilians and wounded 219": the subject
                    // of the first verb, not the first verb's object.
                    subjectLimit = tokens[verb].range.lowerBound
                    var end = verb - 1
                    while end >= 0, tokens[end].kind == .word,
                        Self.skippable.contains(tokens[end].word) || FunctionWords.auxiliaries.contains(tokens[end].word)
                    {
                        end -= 1
                    }
                    agentRange = subject(endingAt: end, tokens: tokens)
                } else {
                    agentRange = subject(endingAt: before, tokens: tokens)
                    // "Israel said it had killed hundreds": a pronoun subject is the actor
                    // named before it.
                    if let range = agentRange,
                        Self.agentPronouns.contains(
                            WordKey(
                                text: document.source.lowercasedText(range)
                                    .split(separator: " ").first.map(String.init) ?? "")),
                        let antecedent = mentions.last(endingBefore: range.lowerBound),
                        antecedent.start >= sentence.range.lowerBound, parties.contains(antecedent.sideID)
                    {
                        agentRange = antecedent.range
                        pronounAgent = true
                    } else if let range = agentRange,
                        Self.agentPronouns.contains(
                            WordKey(
                                text: document.source.lowercasedText(range)
                                    .split(separator: " ").first.map(String.init) ?? "")),
                        mentions.last(endingBefore: range.lowerBound).map({ $0.start < sentence.range.lowerBound }) ?? true,
                        let antecedent = antecedentInSentenceBefore(sentence)
                    {
                        // "they had killed at least 60": the sentence before says who they are.
                        agentRange = antecedent.range
                        pronounAgent = true
                    }
                }
            }
        }
        // The actor nearest the verb: the first in a "by" phrase, the last in an antecedent; in
        // a subject, the first that is not after a preposition or a source ("Hamas militants
        // from Gaza entered Israel and killed", "Days of Israeli bombing since Hamas's assault
        // have killed").
        let agentActors = agentRange.map { mentions.starting(in: $0).filter { parties.contains($0.sideID) } } ?? []
        let agentSide: String?
        switch agency {
        case .passiveWithAgent: agentSide = agentActors.first?.sideID
        case .active where pronounAgent: agentSide = agentActors.last?.sideID
        case .active:
            // "in response to Hamas's incursion, which killed 1,300": a possessive after a
            // preposition owns the antecedent noun, so it is the agent of the relative clause.
            // A side's people inside the antecedent are its object ("took hostages in the assault,
            // which killed"), unless they are its head ("the Palestinians who killed").
            let relativeStart = before >= 0 ? tokens[before].range.lowerBound : sentence.range.lowerBound
            let candidates = agentActors.filter {
                (!followsPreposition($0, in: sentence) || (antecedent && isPossessive($0))) && !isSource($0, in: sentence)
                    && !(antecedent && $0.kind == .population
                        && document.words.words(in: $0.end..<max($0.end, relativeStart), limit: 1).count > 0)
            }
            agentSide = (antecedent ? candidates.last : candidates.first)?.sideID
        default: agentSide = agentActors.last?.sideID
        }
        let victim =
            (attributive ? attributiveVictims(after: after, tokens: tokens, sentence: sentence) : nil)
            ?? victimSide(
                match: match, agency: agency, tokens: tokens, first: first, before: attributive ? -1 : before, after: after,
                sentence: sentence, agentSideID: agentSide, subjectLimit: subjectLimit, agentIsAntecedent: antecedent)
        let stated = victim?.byNearestActor == false ? victim : nil
        let source = document.source
        let mention = CasualtyMention(
            span: source.span(match.range), ruleID: match.rule.id, sentence: TextExcerpt.span(sentence.range, in: source),
            agency: agency,
            agent: agentRange.map { source.text($0) }, agentSideID: agentSide, victimSideID: stated?.sideID,
            victimEvidence: stated?.evidence, voice: voice, emotiveTerms: emotive, caveats: caveats,
            individuation: individuation)
        let nearest = victim.flatMap { $0.byNearestActor ? (sideID: $0.sideID, evidence: $0.evidence) : nil }
        return Classified(mention: mention, nearestActor: nearest)
    }

    // MARK: - Victims

    private func victimSide(
        match: Match, agency: CasualtyAgency, tokens: [Token], first: Int, before: Int, after: Int, sentence: Sentence,
        agentSideID: String?, subjectLimit: Int, agentIsAntecedent: Bool = false
    ) -> (sideID: String, evidence: String, byNearestActor: Bool)? {
        let source = document.source
        func described(_ mention: ActorMention, _ how: String) -> (String, String, Bool) {
            (mention.sideID, "\(how): \(source.text(mention.range))", false)
        }
        // Victims named as a third party's nationals ("killing 27 Americans", "Thais were among
        // the dead"): the annotated data files them under the side that was attacked.
        var thirdPartyVictims = false
        switch agency {
        case .active:
            // The object: actors after the verb, up to the end of the clause.
            let end = objectEnd(from: after, tokens: tokens)
            if after < end {
                let object = mentions.starting(in: tokens[after].range.lowerBound..<tokens[end - 1].range.upperBound)
                    .filter { !isSource($0, in: sentence) }
                if let both = bothParties(object, in: sentence) { return (both.sideID, both.evidence, false) }
                if let actor = object.first(where: { parties.contains($0.sideID) }) {
                    return described(actor, "object of the verb")
                }
                // "the bombs that killed people in Gaza", "killed 30 in Gaza": the place in the
                // object is where the victims were, whoever the agent was.
                if let place = (after..<end).lazy.compactMap({
                    self.placeRightAfter($0, tokens: tokens, sentence: sentence)
                }).first, parties.contains(place.sideID) {
                    return described(place, "place in the object")
                }
                thirdPartyVictims = object.contains { $0.kind == .population || $0.kind == .state }
            }
        case .agentlessPassive, .reducedPassive, .passiveWithAgent, .intransitive:
            // The subject: actors in the clause before the verb.
            if let subject = subject(endingAt: before, tokens: tokens) {
                let actors = mentions.starting(in: subject).filter { !isSource($0, in: sentence) }
                if let both = bothParties(actors, in: sentence) { return (both.sideID, both.evidence, false) }
                if let actor = actors.last(where: { parties.contains($0.sideID) }) {
                    return described(actor, "subject")
                }
                thirdPartyVictims = actors.contains { $0.kind == .population || $0.kind == .state }
            }
            // "1,500 Palestinian gunmen who took part in the assault and were killed": the
            // subject of a relative clause is its antecedent.
            if !thirdPartyVictims, before >= 0, agency != .intransitive, Self.beAuxiliaries.contains(tokens[before].word),
                let pronoun = relativePronoun(before: before, tokens: tokens)
            {
                var end = pronoun - 1
                if end >= 0, tokens[end].kind == .comma { end -= 1 }
                if let antecedent = subject(endingAt: end, tokens: tokens),
                    let actor = mentions.starting(in: antecedent).last(where: {
                        parties.contains($0.sideID) && !isSource($0, in: sentence)
                    })
                {
                    return described(actor, "antecedent of the subject")
                }
            }
        case .nominal:
            // "Palestinian dead", "Israeli deaths": the people's name includes the noun.
            if let containing = mentions.containing(match.range.lowerBound), parties.contains(containing.sideID) {
                return described(containing, "names the dead")
            }
            if let adjacent = mentions.last(endingBefore: match.range.lowerBound),
                document.words.words(in: adjacent.end..<match.range.lowerBound, limit: 2).count <= 1,
                parties.contains(adjacent.sideID)
            {
                return described(adjacent, "names the dead")
            }
            if after + 1 < tokens.count, ["of", "among"].contains(tokens[after].word) {
                let end = objectEnd(from: after + 1, tokens: tokens)
                if after + 1 < end,
                    let both = bothParties(
                        Array(mentions.starting(in: tokens[after + 1].range.lowerBound..<tokens[end - 1].range.upperBound)),
                        in: sentence)
                {
                    return (both.sideID, both.evidence, false)
                }
            }
            if after + 1 < tokens.count, ["of", "among"].contains(tokens[after].word),
                let owner = mentions.starting(in: tokens[after + 1].range.lowerBound..<sentence.range.upperBound).first,
                document.words.words(in: tokens[after + 1].range.lowerBound..<owner.start, limit: 4).count <= 3,
                parties.contains(owner.sideID),
                // "the injury of hundreds by Israeli live fire": the attacker is not the owner.
                !hasBy(between: tokens[after + 1].range.lowerBound, and: owner.start),
                // "the bodies of people killed in Israeli strikes": the owner is "people".
                !participle(between: tokens[after + 1].range.lowerBound, and: owner.start)
            {
                return described(owner, "of")
            }
        }
        // "the first military casualty on the Israeli side", "67 dead on the Israeli side".
        if let side = sideNamed(in: sentence) { return described(side, "side named") }
        // "killed or injured on both sides".
        if let phrase = bothSidesPhrase(in: tokens) {
            return (bothSidesID, "victims on both sides: \(source.text(phrase))", false)
        }
        // "at least five have died in Israel": where the victims were, said with the word itself.
        if let place = placeRightAfter(after, tokens: tokens, sentence: sentence) {
            return described(place, "place after the casualty word")
        }
        // The attackers named in the sentence ("in the Hamas attack", "by Israeli jets") are not
        // the victims; with no grammatical agent, they stand in for one.
        // An active verb's attacker stands before it: "X injured 10, as Israeli airstrikes
        // continued" names the airstrikes' side in another clause.
        let attackers =
            agency == .active
            ? attackerSides(in: sentence.range.lowerBound..<match.range.lowerBound) : attackerSides(in: sentence)
        let inSentence = mentions.starting(in: sentence.range).filter { parties.contains($0.sideID) }
        // An active verb's agent is its clause's subject; when the verb closes a chain of
        // coordinated or participial verbs ("Hamas attacked Israel and killed 1,400",
        // "..., killing 1,200"), that is the first actor of the sentence that is neither a
        // source ("X said"), nor after a preposition, nor a side's people.
        var agent = agentSideID ?? (attackers.count == 1 ? attackers.first : nil)
        if agent == nil, agency == .active {
            // A side's people are the subject only when no government, force or group is. What
            // comes before "X said" is the source's clause, not the verb's.
            let clauseStart =
                tokens[..<first].lastIndex { Self.reportingVerbs.contains($0.word) }.map { tokens[$0].range.upperBound }
                ?? sentence.range.lowerBound
            let candidates = inSentence.filter {
                $0.start >= clauseStart && $0.end <= subjectLimit && !isSource($0, in: sentence)
                    && !followsPreposition($0, in: sentence)
            }
            if agentIsAntecedent {
                // "the blast in Gaza that killed hundreds", "the assault, which killed 1,400": the
                // antecedent names no party; an armed group or force named before it carried the
                // attack out, but a state or a people ("said a Palestinian journalist who saw the
                // blast that killed", "Israel reeled from an attack that killed") is as often its target.
                agent = candidates.first { [.group, .military].contains($0.kind) }?.sideID
            } else {
                agent = (candidates.first { $0.kind != .population } ?? candidates.first)?.sideID
            }
        }
        func opponent(of side: String) -> String? {
            parties.count == 2 ? parties.sorted().first { $0 != side } : nil
        }
        if thirdPartyVictims {
            let armed = Set(inSentence.filter { [.group, .military].contains($0.kind) }.map(\.sideID))
            if let side = agent ?? (armed.count == 1 ? armed.first : nil), let other = opponent(of: side) {
                return (other, "third-party victims of the attacker (\(side))", false)
            }
        }
        // "60 people were killed as Israeli soldiers opened fire at Palestinian protesters": the
        // one party fired at or attacked.
        let targets = targetSides(in: sentence.range)
        if targets.count == 1, let target = targets.first, target != agent {
            return (target, "target of the attack", false)
        }
        // People named in the sentence (not governments or groups), other than the agent's side;
        // for an active verb, not the people before it, who are its subject ("the Palestinians
        // who surged into Israel shot ...").
        if let people = inSentence.first(where: {
            $0.kind == .population && $0.sideID != agent && !attackers.contains($0.sideID) && !isSource($0, in: sentence)
                && !(agency == .active && $0.end <= match.range.lowerBound)
        }) {
            return described(people, "people named in the sentence")
        }
        if let agent, parties.contains(agent), let other = opponent(of: agent) {
            return (other, "the other party of the attacker (\(agent))", false)
        }
        // The source of a figure ("the Gaza health ministry said", "Israeli officials say") is
        // not the victims, but each side's authorities report their own side's dead.
        // The source nearest before the casualty word reports it ("Israel reported three
        // killed, and Palestinians reported 19 deaths"); one after it must be an authority.
        // "a soldier Hamas claimed to be holding" is a claim, not a report of the figure.
        let sources = inSentence.filter { isSource($0, in: sentence) && !claimsAnInfinitive($0, in: sentence) }
        if let source = sources.last(where: { $0.end <= match.range.lowerBound })
            ?? sources.first(where: { $0.kind != .population })
        {
            return described(source, "source of the figure")
        }
        let nearbyPlaces = places.starting(in: sentence.range).filter { isWhereVictimsWere($0, in: sentence) }
        if let place = nearbyPlaces.min(by: { distance($0, match.range) < distance($1, match.range) }) {
            return described(place, "place")
        }
        // A named person linked to the word by nothing ("Bill Clinton watches as James Brady, who
        // was wounded, ...") is a bystander or a commentator, not a sign of whose dead they are.
        let candidates = inSentence.filter {
            !attackers.contains($0.sideID) && $0.kind != .person
        }
        if let nearest = candidates.min(by: { distance($0, match.range) < distance($1, match.range) }) {
            return (nearest.sideID, "nearest actor: \(source.text(nearest.range))", true)
        }
        return nil
    }

    /// A combined toll: the victims' phrase names the people of both parties ("killed 166
    /// Palestinians and six Israelis", "the deaths of 1,400 Palestinians and 13 Israelis").
    /// People are a population ("Israelis") or a side counted by a number ("six Israeli
    /// soldiers"); attackers ("two Israeli airstrikes") and sources are not victims.
    private func bothParties(_ actors: [ActorMention], in sentence: Sentence) -> (sideID: String, evidence: String)? {
        let people = actors.filter { actor in
            parties.contains(actor.sideID) && !isSource(actor, in: sentence) && !isAttacker(actor, in: sentence.range)
                && (actor.kind == .population || isCounted(actor))
        }
        let sides = Set(people.map(\.sideID))
        guard sides.count >= 2 else { return nil }
        let source = document.source
        return (bothSidesID, "people of both parties: " + people.map { source.text($0.range) }.joined(separator: ", "))
    }

    /// A party's side named as where the victims were: "on the Israeli side".
    private func sideNamed(in sentence: Sentence) -> ActorMention? {
        let bytes = document.bytes
        return mentions.starting(in: sentence.range).first { mention in
            guard parties.contains(mention.sideID) else { return false }
            let next = document.words.words(in: mention.end..<max(mention.end, min(sentence.range.upperBound, mention.end + 16)))
                .first
            let previous = document.words.words(in: max(sentence.range.lowerBound, mention.start - 12)..<mention.start)
                .suffix(2).map { WordKey($0, of: bytes) }
            return next.map { WordKey($0, of: bytes) == "side" } == true && previous == ["on", "the"]
        }
    }

    /// "on both sides", "on either side": the victims of both parties, without naming them.
    private func bothSidesPhrase(in tokens: [Token]) -> Range<Int>? {
        guard tokens.count >= 3 else { return nil }
        for index in 0..<(tokens.count - 2) where tokens[index].word == "on" {
            let pair = (tokens[index + 1].word, tokens[index + 2].word)
            if pair == ("both", "sides") || pair == ("either", "side") {
                return tokens[index].range.lowerBound..<tokens[index + 2].range.upperBound
            }
        }
        return nil
    }

    /// A number right before the actor: "six Israeli soldiers", "13 Israelis".
    private func isCounted(_ actor: ActorMention) -> Bool {
        guard let word = document.words.lastWords(1, in: max(0, actor.start - 24)..<actor.start).last else { return false }
        let text = document.source.lowercasedText(word)
        return text.first?.isNumber == true || Self.numberWords.contains(WordKey(text: text))
    }

    static let numberWords: WordSet = [
        "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "dozens", "hundreds",
        "thousands", "several", "many", "some", "more", "least",
    ]

    /// Verbs that make the actor before them a source: "officials said", "the ministry reported".
    static let reportingVerbs: WordSet = [
        "said", "say", "says", "saying", "told", "tells", "reported", "reports", "announced", "announces", "stated",
        "added", "claimed", "claims", "confirmed", "confirms", "estimated", "estimates", "counted", "tallied",
        // "80% of the dead were civilians, while the Israelis counter with ...": a rival figure's source.
        "counter", "counters", "countered", "insist", "insists", "insisted", "contend", "contends", "contended",
    ]
    static let prepositions: WordSet = [
        "in", "into", "on", "onto", "to", "at", "against", "from", "with", "across", "inside", "toward", "towards",
        "through", "of", "for", "near", "between", "about", "over", "under", "within", "without", "upon",
    ]

    /// The actor is a source: a reporting verb follows it (past auxiliaries and adverbs), or
    /// "according to" comes before it.
    func isSource(_ mention: ActorMention, in sentence: Sentence) -> Bool {
        let bytes = document.bytes
        let text = { (range: Range<Int>) in WordKey(range, of: bytes) }
        let following = document.words.words(in: mention.end..<min(sentence.range.upperBound, mention.end + 48))
            .prefix(4)
        var previousEnd = mention.end
        for range in following {
            // "... hundreds of Israelis," said the senator: punctuation ends the actor's phrase.
            if bytes[previousEnd..<range.lowerBound].contains(where: { $0 != 0x20 }) { break }
            previousEnd = range.upperBound
            let word = text(range)
            if Self.reportingVerbs.contains(word) { return true }
            if !FunctionWords.auxiliaries.contains(word) && !Self.institutionNouns.contains(word) {
                break
            }
        }
        let preceding = document.words.words(in: max(sentence.range.lowerBound, mention.start - 24)..<mention.start)
            .suffix(3).map(text)
        return preceding.suffix(2) == ["according", "to"] || Array(preceding) == ["according", "to", "the"]
    }

    /// The actor's reporting verb takes an infinitive: "Hamas claimed to be holding".
    private func claimsAnInfinitive(_ mention: ActorMention, in sentence: Sentence) -> Bool {
        let following = document.words.words(in: mention.end..<max(mention.end, min(sentence.range.upperBound, mention.end + 48)))
            .prefix(5).map { WordKey($0, of: document.bytes) }
        guard let verb = following.firstIndex(where: { Self.reportingVerbs.contains($0) }) else { return false }
        return following.dropFirst(verb + 1).first == "to"
    }

    /// The actor is written with a possessive ending: "Hamas's", "Israel’s".
    func isPossessive(_ mention: ActorMention) -> Bool {
        let bytes = document.bytes
        let text = document.source.lowercasedText(mention.range)
        if text.hasSuffix("'s") || text.hasSuffix("\u{2019}s") { return true }
        guard mention.end < bytes.count else { return false }
        if bytes[mention.end] == 0x27 { return true }
        // U+2019, the typographic apostrophe.
        return mention.end + 2 < bytes.count && bytes[mention.end] == 0xE2 && bytes[mention.end + 1] == 0x80
            && bytes[mention.end + 2] == 0x99
    }

    /// The actor is the object of a preposition ("an attack on Israel", "in Gaza"), not a
    /// modifier of an attack noun ("about the Hamas attacks").
    func followsPreposition(_ mention: ActorMention, in sentence: Sentence) -> Bool {
        let next = document.words.words(in: mention.end..<min(sentence.range.upperBound, mention.end + 24)).first
        if let next, Self.attackNouns.contains(WordKey(next, of: document.bytes)) { return false }
        var preceding = document.words.words(in: max(sentence.range.lowerBound, mention.start - 24)..<mention.start)
            .map { WordKey($0, of: document.bytes) }
        if preceding.last.map({ ["the", "a", "an", "southern", "northern", "central"].contains($0) }) ?? false {
            preceding.removeLast()
        }
        return preceding.last.map { Self.prepositions.contains($0) } ?? false
    }

    /// Where the object of an active verb ends: the first punctuation mark, except a comma
    /// inside a number ("1,400") or one that opens an appositive ("killed Zakaria Abu Maamar, a
    /// member of Hamas"; "killed 1,400 people, mostly civilians").
    private func objectEnd(from start: Int, tokens: [Token]) -> Int {
        var index = start
        var appositives = 0
        while index < tokens.count {
            let token = tokens[index]
            // "killed hundreds after the group blamed an Israeli airstrike": a new clause.
            if token.kind == .word, index > start, FunctionWords.clauseBoundaries.contains(token.word) { break }
            if token.kind == .word || token.kind == .other {
                index += 1
                continue
            }
            let inNumber =
                token.kind == .comma && index > start && index + 1 < tokens.count
                && tokens[index - 1].range.upperBound == token.range.lowerBound
                && tokens[index + 1].range.lowerBound == token.range.upperBound
                && tokens[index + 1].startsWithNumber(in: document.bytes)
            if inNumber {
                index += 1
                continue
            }
            // "killed 1,030 Palestinians, 43 Israeli soldiers and ...", "..., and six Israelis":
            // a list of tolls goes on after its comma.
            if token.kind == .comma, index > start, index + 1 < tokens.count, startsCount(at: index + 1, tokens: tokens) {
                index += 1
                continue
            }
            if token.kind == .comma, appositives == 0, index > start, index + 1 < tokens.count,
                Self.appositiveOpeners.contains(tokens[index + 1].word)
            {
                appositives += 1
                index += 1
                continue
            }
            break
        }
        return index
    }

    /// A number, or "and" and a number, at `index`.
    private func startsCount(at index: Int, tokens: [Token]) -> Bool {
        let isNumber = { (token: Token) in
            token.kind == .word && (token.startsWithNumber(in: self.document.bytes) || Self.numberWords.contains(token.word))
        }
        if isNumber(tokens[index]) { return true }
        return tokens[index].word == "and" && index + 1 < tokens.count && isNumber(tokens[index + 1])
    }

    static let agentPronouns: WordSet = ["it", "they", "we"]
    static let finiteAuxiliaries: WordSet = ["has", "have", "had", "is", "was", "were", "are", "will", "would"]
    static let relativePronouns: WordSet = ["which", "that", "who"]
    /// "run by Hamas" names an administration, not an attacker.
    static let nonAgentiveBy: WordSet = [
        "run", "controlled", "led", "governed", "ruled", "backed", "funded", "supported", "designated", "operated",
        "held", "owned", "founded", "recognized", "recognised", "said", "claimed", "reported", "published", "released",
        "issued", "announced", "confirmed", "provided", "compiled", "taken", "posted", "shared", "distributed", "written",
    ]
    /// Heads of a noun phrase whose modifier is the actor: "Palestinian authorities said".
    static let institutionNouns: WordSet = [
        "officials", "official", "spokesman", "spokeswoman", "spokesperson", "authorities", "health", "ministry",
        "leaders", "media", "sources", "military", "army", "government", "police", "officers", "medics", "doctors",
        "rescuers", "statement", "prosecutors", "investigators", "security", "intelligence", "diplomats", "analysts",
        "experts", "commanders", "spokesmen", "agency", "services",
    ]

    static let appositiveOpeners: WordSet = ["a", "an", "mostly", "including", "many", "most", "among", "both", "all"]

    /// Nouns of attack: an actor right before one is the attacker ("Hamas attack", "Israeli strikes").
    static let attackNouns: WordSet = [
        "attack", "attacks", "strike", "strikes", "airstrike", "airstrikes", "air", "raid", "raids", "assault", "bombardment",
        "bombing", "bombings", "shelling", "rocket", "rockets", "missile", "missiles", "offensive", "incursion", "invasion",
        "operation", "gunmen", "terrorists", "jets", "warplanes", "gunfire", "fire", "drone", "drones", "siege", "onslaught",
    ]
    static let originNouns: WordSet = [
        "militants", "militant", "fighters", "gunmen", "terrorists", "assailants", "attackers", "rockets", "rocket",
    ]
    static let landmarks: WordSet = ["border", "boundary", "fence", "frontier", "perimeter", "crossing", "envelope"]

    /// The victims the headline frames the article around: the one side whose people it names
    /// ("Roads choked as Gazans flee south"), else the opponent of the one attacker it names
    /// ("Fear grips Israel after Hamas assault"), else the one side whose places it names.
    func headlineVictims() -> (sideID: String, evidence: String)? {
        guard let title = document.title else { return nil }
        let named = mentions.starting(in: title.range).filter { parties.contains($0.sideID) }
        let people = Set(named.filter { $0.kind == .population }.map(\.sideID))
        if people.count == 1, let side = people.first { return (side, "people named in the headline") }
        let attackers = attackerSides(in: title.range)
        if attackers.count == 1, let attacker = attackers.first, parties.count == 2,
            let other = parties.sorted().first(where: { $0 != attacker })
        {
            return (other, "the other party of the attacker in the headline (\(attacker))")
        }
        let placeSides = Set(places.starting(in: title.range).map(\.sideID))
        if placeSides.count == 1, let side = placeSides.first { return (side, "place in the headline") }
        return nil
    }

    /// Sides named as attackers in the sentence: an actor followed by a noun of attack, or after "by".
    private func attackerSides(in sentence: Sentence) -> Set<String> { attackerSides(in: sentence.range) }

    private func attackerSides(in range: Range<Int>) -> Set<String> {
        Set(mentions.starting(in: range).filter { parties.contains($0.sideID) && isAttacker($0, in: range) }.map(\.sideID))
    }

    /// The actor is named as an attacker: a noun of attack follows it ("Hamas attack", "Israeli
    /// strikes") or "by" comes before it (not "run by", "said by").
    private func isAttacker(_ mention: ActorMention, in range: Range<Int>) -> Bool {
        // A mention may end past `range` (a sentence's last words): never form a reversed range.
        let after = document.words.words(in: mention.end..<max(mention.end, min(range.upperBound, mention.end + 32))).prefix(2)
        if after.contains(where: { Self.attackNouns.contains(WordKey($0, of: document.bytes)) }) { return true }
        let before = Array(
            document.words.words(in: max(range.lowerBound, mention.start - 16)..<mention.start).suffix(2))
        guard let by = before.map({ WordKey($0, of: document.bytes) }).lastIndex(of: "by") else { return false }
        let head = document.words.words(in: max(range.lowerBound, before[by].lowerBound - 16)..<before[by].lowerBound)
            .last.map { WordKey($0, of: document.bytes) }
        return !(head.map { Self.nonAgentiveBy.contains($0) } ?? false)
    }

    private func distance(_ mention: ActorMention, _ range: Range<Int>) -> Int {
        mention.end <= range.lowerBound ? range.lowerBound - mention.end : max(0, mention.start - range.upperBound)
    }

    // MARK: - Phrases

    /// The noun phrase before a verb, back to a clause boundary (at most eight words).
    private func subject(endingAt end: Int, tokens: [Token]) -> Range<Int>? {
        guard end >= 0, tokens[end].kind == .word, !FunctionWords.clauseBoundaries.contains(tokens[end].word) else { return nil }
        var start = end
        while start > 0, end - start < 8 {
            // "More than 60 Israelis and 1,800 Palestinians have died": a number's comma is inside the phrase.
            if start >= 2, isNumberComma(start - 1, tokens: tokens) {
                start -= 2
                continue
            }
            guard tokens[start - 1].kind == .word, !FunctionWords.clauseBoundaries.contains(tokens[start - 1].word) else {
                break
            }
            start -= 1
        }
        return tokens[start].range.lowerBound..<tokens[end].range.upperBound
    }

    /// The "by" of a passive's agent: within ten words after the verb ("had been killed over two
    /// days of heavy attacks by Israel", survey seed 9091), before any punctuation or a word
    /// that opens another clause.
    private func agentBy(after start: Int, tokens: [Token]) -> Int? {
        for index in start..<min(tokens.count, start + 10) {
            let token = tokens[index]
            guard token.kind == .word, !Self.clauseOpeners.contains(token.word) else { return nil }
            if token.word == "by" { return index }
        }
        return nil
    }

    private static let clauseOpeners: WordSet = [
        "and", "but", "or", "as", "after", "before", "when", "while", "since", "because", "that", "which", "who",
        "said", "says", "according",
    ]

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

    /// The relative pronoun that opens the verb's clause, if the clause has no other subject
    /// ("who took part in the assault and were killed").
    private func relativePronoun(before end: Int, tokens: [Token]) -> Int? {
        var index = end
        while index >= 0, end - index < 10, tokens[index].kind == .word {
            if ["who", "which"].contains(tokens[index].word) { return index }
            if FunctionWords.clauseBoundaries.contains(tokens[index].word) { return nil }
            index -= 1
        }
        return nil
    }

    private func hasBy(between start: Int, and end: Int) -> Bool {
        document.words.words(in: start..<end).contains { WordKey($0, of: document.bytes) == "by" }
    }

    private func participle(between start: Int, and end: Int) -> Bool {
        document.words.words(in: start..<end).contains {
            document.source.lowercasedText($0).hasSuffix("ed")
        }
    }

    func isParticiple(_ range: Range<Int>) -> Bool {
        let word = document.source.lowercasedText(range)
        return word.hasSuffix("ed") || word == "slain" || word == "shot" || word.hasSuffix("dead") || word.hasSuffix("down")
            || word.hasSuffix("death")
    }

    /// A bare participle with no object: "10 people killed in Gaza", "Three Israelis killed."
    /// ("killed at least 1,200 people" has an object: it is active.)
    private func isReducedPassive(after: Int, tokens: [Token]) -> Bool {
        guard after < tokens.count, tokens[after].kind == .word else { return true }
        if tokens[after].word == "at", after + 1 < tokens.count, ["least", "most"].contains(tokens[after + 1].word) {
            return false
        }
        // "killed over 1,400 people": a quantity is the object.
        if ["over", "about", "around", "nearly", "almost", "roughly", "some"].contains(tokens[after].word),
            after + 1 < tokens.count,
            tokens[after + 1].startsWithNumber(in: document.bytes) || Self.numberWords.contains(tokens[after + 1].word)
        {
            return false
        }
        // "the number of Palestinians killed has risen": the participle ends its noun phrase.
        if Self.finiteAuxiliaries.contains(tokens[after].word) { return true }
        // "killed and kidnapped hundreds": coordinated verbs share the object after the last.
        if ["and", "or"].contains(tokens[after].word), after + 1 < tokens.count,
            tokens[after + 1].hasSuffix("ed", in: document.bytes)
        {
            return isReducedPassive(after: after + 2, tokens: tokens)
        }
        return Self.reducedPassiveFollowers.contains(tokens[after].word)
    }
}
