/// A reporting verb that shares its clause's subject but has no speaker of its own before it:
/// coordinated with an earlier verb ("Kerry threw up his hands in frustration and declared ...")
/// or a participle after a preposition ("came under fire for warning that ...", "opened by
/// saying that ..."). Without this, the words after the verb counted as the outlet's own.
/// Nouns after "and" or a preposition ("threats and claims", "despite calls for") are not
/// verbs, so only verb forms qualify, and only when the clause opens with a subject.
enum ClauseVerbCue {
    /// Whether `cue` (the cue's first word) after `previous` continues the clause's subject.
    /// `tokens[left]` is the word before the cue.
    static func continuesSubject(_ cue: Token, tokens: [Token], left: Int, in bytes: [UInt8]) -> Bool {
        let previous = tokens[left]
        guard previous.kind == .word else { return false }
        if coordinators.contains(previous.word) {
            return isVerbForm(cue, in: bytes) && !(isPastForm(cue, in: bytes) && hasPassive(tokens[..<left], in: bytes))
        }
        return prepositions.contains(previous.word) && cue.hasSuffix("ing", in: bytes)
    }

    /// The subject a clause-initial search may take when the side pack names none: a pronoun or
    /// a run of one to four name words opening the sentence, or opening it after an introductory
    /// phrase closed by a comma ("On Monday, Kerry ..."). Token indices.
    static func openingSubject(
        in tokens: [Token], before end: Int, bytes: [UInt8], isNameLike: (Range<Int>) -> Bool
    ) -> Range<Int>? {
        var start = 0
        if let first = tokens.first, conjunctions.contains(first.word) {
            start = tokens.count > 1 && tokens[1].kind == .comma ? 2 : 1  // "But he shook his head and said"
        } else if let first = tokens.first, openers.contains(first.word),
            let comma = tokens[..<min(end, introductionReach)].firstIndex(where: { $0.kind == .comma })
        {
            start = comma + 1
        }
        guard start < end, tokens[start].kind == .word else { return nil }
        if subjectPronouns.contains(tokens[start].word) { return start..<(start + 1) }
        if determiners.contains(tokens[start].word) {
            return describedSubject(in: tokens, from: start, before: end, bytes: bytes)
        }
        var stop = start
        while stop < end, stop - start < 4, tokens[stop].kind == .word, isNameLike(tokens[stop].range),
            !PersonRoster.notNames.contains(tokens[stop].word)
        {
            stop += 1
        }
        // The name must be followed by its verb or an apposition, not be part of a longer phrase
        // ("Kerry's plan").
        guard stop > start, stop < end, tokens[stop].kind == .word || tokens[stop].kind == .comma,
            !tokens[stop - 1].hasSuffix("'s", in: bytes),
            !tokens[stop - 1].hasSuffix("’s", in: bytes)
        else { return nil }
        return start..<stop
    }

    /// "The international community is united in saying": a determiner and the words after it up
    /// to the verb, read as the first auxiliary, adverb of the clause list, or past tense.
    private static func describedSubject(in tokens: [Token], from start: Int, before end: Int, bytes: [UInt8]) -> Range<Int>? {
        var stop = start + 1
        while stop < end, stop - start <= maximumDescriptionWords, tokens[stop].kind == .word,
            !FunctionWords.auxiliaries.contains(tokens[stop].word), !FunctionWords.clauseBoundaries.contains(tokens[stop].word),
            !tokens[stop].hasSuffix("ed", in: bytes)
        {
            stop += 1
        }
        guard stop > start + 1, stop < end, tokens[stop].kind == .word || tokens[stop].kind == .comma,
            stop - start <= maximumDescriptionWords
        else { return nil }
        return start..<stop
    }

    private static let determiners: WordSet = ["the", "a", "an"]
    private static let maximumDescriptionWords = 5

    /// "had been diagnosed with cancer and told he had three months": a past form coordinated
    /// with a passive is passive too, and its subject is the one told, not the speaker.
    private static func hasPassive(_ clause: ArraySlice<Token>, in bytes: [UInt8]) -> Bool {
        zip(clause, clause.dropFirst()).contains { auxiliary, verb in
            FunctionWords.passiveAuxiliaries.contains(auxiliary.word) && verb.kind == .word
                && (verb.hasSuffix("ed", in: bytes) || irregularPastTenses.contains(verb.word))
        }
    }

    private static func isPastForm(_ cue: Token, in bytes: [UInt8]) -> Bool {
        irregularPastTenses.contains(cue.word) || cue.hasSuffix("ed", in: bytes)
    }

    /// "said", "warned", "declaring", "insists": past tenses, participles and third-person forms;
    /// plural nouns that share a form with a verb ("claims", "calls") are left out.
    private static func isVerbForm(_ cue: Token, in bytes: [UInt8]) -> Bool {
        if irregularPastTenses.contains(cue.word) { return true }
        if cue.hasSuffix("ed", in: bytes) || cue.hasSuffix("ing", in: bytes) { return true }
        return cue.hasSuffix("s", in: bytes) && !nounsLikeVerbs.contains(cue.word)
    }

    private static let coordinators: WordSet = ["and", "but"]
    /// Prepositions before a participle of speech whose subject is the clause's.
    private static let prepositions: WordSet = ["by", "for", "in", "after", "before", "while", "when"]
    private static let irregularPastTenses: WordSet = ["said", "told", "wrote", "thought", "knew", "saw", "spoke"]
    private static let nounsLikeVerbs: WordSet = [
        "calls", "claims", "demands", "hopes", "fears", "reports", "views", "pledges", "vows", "notes", "comments",
        "urges", "praises", "warnings", "concerns", "doubts", "wants", "requests", "charges", "welcomes", "estimates",
        "forecasts", "remarks", "statements", "threats", "appeals", "complaints", "denials",
    ]
    private static let subjectPronouns: WordSet = ["he", "she", "they", "it", "we"]
    /// Introductory words after which the subject follows a comma.
    private static let openers: WordSet = [
        "on", "in", "at", "after", "before", "during", "since", "despite", "as", "when", "while", "yesterday", "today",
        "meanwhile", "however", "last", "earlier", "later",
    ]
    /// Conjunctions opening a sentence before its subject.
    private static let conjunctions: WordSet = ["but", "and", "so", "also", "yet", "then", "still"]
    /// How far an introductory phrase may reach before its comma, in tokens.
    private static let introductionReach = 14
}
