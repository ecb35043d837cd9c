/// Deaths a sentence does not report as having happened: negated ("caused no injuries", "were
/// not killed"), hypothetical or future ("could send casualties soaring", "will be killed", "if
/// anyone was killed"), avoided ("to avoid civilian casualties") or intended ("want to kill
/// us"). The annotation guidelines do not count them, and neither does the audit. The test looks
/// only at the few words before the casualty word inside its clause, so a negation or a modal
/// elsewhere in the sentence does not silence a real death.
struct UnrealDeath {
    let tokens: [Token]
    let bytes: [UInt8]

    /// Whether the casualty word at token `index` is negated, hypothetical, avoided or intended.
    func isUnreal(at index: Int, isVerb: Bool) -> Bool {
        isUnrealHere(at: index, isVerb: isVerb) || hasNoneAsSubject(before: index)
            || sharesUnrealConjunct(at: index, isVerb: isVerb)
    }

    private func isUnrealHere(at index: Int, isVerb: Bool) -> Bool {
        var words: [WordKey] = []
        var cursor = index - 1
        while cursor >= 0, words.count < 4, tokens[cursor].kind == .word {
            words.append(tokens[cursor].word)
            cursor -= 1
        }
        // words[0] is the word right before the casualty word.
        for (distance, word) in words.enumerated() {
            if distance < 2, Self.closeNegators.contains(word) || isNegativeContraction(tokens[index - 1 - distance]) {
                return true
            }
            if distance < 3, Self.negators.contains(word) || Self.modals.contains(word) { return true }
            if Self.conditions.contains(word) { return true }
        }
        if isThreatened(before: index) || isPreventedOrIntended(at: index) || isCalledFalse(before: index) { return true }
        // "want to kill us", "threatened to kill": an infinitive is an intention, not a death;
        // "managed to kill", "said to kill" report one.
        if isVerb, words.first == Self.to, !isInflected(tokens[index]) {
            return words.count < 2 || !Self.reportedInfinitive.contains(words[1])
        }
        return false
    }

    /// "No Israelis were reported killed", "No one from the agency was injured": the clause's
    /// subject opens with "no" and only auxiliaries stand between it and the casualty word
    /// ("No group claimed the attack that killed five" reports deaths).
    private func hasNoneAsSubject(before index: Int) -> Bool {
        guard index > 0, tokens[index - 1].kind == .word, Self.auxiliaryRun.contains(tokens[index - 1].word) else {
            return false
        }
        var cursor = index - 1
        var sawBe = false
        while cursor >= 0, tokens[cursor].kind == .word, Self.auxiliaryRun.contains(tokens[cursor].word) {
            sawBe = sawBe || Self.beForms.contains(tokens[cursor].word)
            cursor -= 1
        }
        guard sawBe else { return false }
        // The subject: up to six words back to the start of the clause.
        var start = cursor
        while start > 0, cursor - start < 6, tokens[start - 1].kind == .word,
            !FunctionWords.clauseBoundaries.contains(tokens[start - 1].word)
        {
            start -= 1
        }
        guard start >= 0, start <= cursor, tokens[start].kind == .word else { return false }
        return Self.noneWords.contains(tokens[start].word)
    }

    /// "might get wounded or killed", "to kidnap or kill them": a verb coordinated with one
    /// before it (of the same form) shares its modal, negation or infinitive.
    private func sharesUnrealConjunct(at index: Int, isVerb: Bool) -> Bool {
        guard isVerb, index >= 2, tokens[index - 1].kind == .word, ["and", "or"].contains(tokens[index - 1].word)
        else { return false }
        let participle = tokens[index].hasSuffix("ed", in: bytes)
        for conjunct in stride(from: index - 2, through: max(0, index - 4), by: -1) {
            guard tokens[conjunct].kind == .word else { return false }
            let sameForm =
                participle
                ? tokens[conjunct].hasSuffix("ed", in: bytes) : !isInflected(tokens[conjunct]) && !isInflected(tokens[index])
            if sameForm { return isUnrealHere(at: conjunct, isVerb: true) }
        }
        return false
    }

    /// "isn't killing", "can't kill", "didn’t die": a negative contraction is one word in the
    /// index, straight or curly apostrophe (survey seed 20261207; a dev-half gold error).
    private func isNegativeContraction(_ token: Token) -> Bool {
        token.kind == .word && (token.hasSuffix("n't", in: bytes) || token.hasSuffix("n’t", in: bytes))
    }

    /// "under imminent threat of death or serious injury", "the risk of death", "more of a
    /// chance of dying", "the risk of you being killed": a danger of death, not one (survey seed
    /// 20261207: 3 of 512 rows; two dev-half gold errors). A noun of danger and "of" within the
    /// five words before the casualty word, in its clause.
    private func isThreatened(before index: Int) -> Bool {
        hasNoun(Self.dangerNouns, before: Self.of, within: 5, wordsBefore: index)
    }

    /// "the libel that Israel murdered him", "the lie that Hamas killed them": a death the
    /// writer calls a falsehood is not reported as one (a dev-half gold error). A noun of
    /// falsehood right before "that", within the six words before the casualty word.
    private func isCalledFalse(before index: Int) -> Bool {
        hasNoun(Self.falsehoodNouns, before: Self.that, within: 6, wordsBefore: index)
    }

    /// A noun of `nouns` right before `connector` ("threat of", "libel that"), the connector
    /// within `reach` words before the token at `index`, all in one run of words (its clause).
    private func hasNoun(_ nouns: WordSet, before connector: WordKey, within reach: Int, wordsBefore index: Int) -> Bool {
        var cursor = index - 1
        while cursor >= 1, index - cursor <= reach, tokens[cursor].kind == .word {
            if tokens[cursor].word == connector, tokens[cursor - 1].kind == .word, nouns.contains(tokens[cursor - 1].word) {
                return true
            }
            cursor -= 1
        }
        return false
    }

    private static let that = WordKey(text: "that")
    /// Nouns that call a claim false: "the blood libel that", "the myth that".
    static let falsehoodNouns: WordSet = [
        "libel", "lie", "lies", "myth", "myths", "canard", "hoax", "fabrication", "falsehood", "smear", "slander",
    ]

    /// "to prevent criminals and tyrants from murdering them", "hell-bent on killing us",
    /// "intent on killing": a gerund after a prevention verb's "from", or after "bent/intent
    /// on", is a death kept from happening or wanted, not one (survey seed 20261207: 3 of 512
    /// rows).
    private func isPreventedOrIntended(at index: Int) -> Bool {
        guard index >= 2, tokens[index].hasSuffix("ing", in: bytes), tokens[index - 1].kind == .word,
            tokens[index - 2].kind == .word
        else { return false }
        let preposition = tokens[index - 1].word
        if preposition == Self.on || preposition == Self.at {
            return Self.intentWords.contains(tokens[index - 2].word)
        }
        guard preposition == Self.from else { return false }
        var cursor = index - 2
        while cursor >= 0, index - cursor <= 7, tokens[cursor].kind == .word {
            if Self.preventionVerbs.contains(tokens[cursor].word) { return true }
            cursor -= 1
        }
        return false
    }

    private static let on = WordKey(text: "on")
    private static let at = WordKey(text: "at")
    private static let from = WordKey(text: "from")
    /// "bent on killing", "hell-bent on", "intent on", "aimed at killing".
    static let intentWords: WordSet = ["bent", "hell-bent", "intent", "aimed", "aiming", "aims", "determined", "set"]
    /// Verbs that keep someone from doing something: "prevent X from killing", "stop them from".
    static let preventionVerbs: WordSet = [
        "prevent", "prevents", "prevented", "preventing", "stop", "stops", "stopped", "stopping", "keep", "keeps", "kept",
        "keeping", "deter", "deters", "deterred", "deterring", "bar", "barred", "block", "blocked",
    ]

    private static let of = WordKey(text: "of")
    /// Nouns of a danger or a chance: "threat of death", "risk of being killed".
    static let dangerNouns: WordSet = [
        "threat", "threats", "risk", "risks", "chance", "chances", "danger", "dangers", "fear", "fears", "possibility",
        "likelihood", "prospect", "prospects",
    ]

    private func isInflected(_ token: Token) -> Bool {
        token.hasSuffix("ed", in: bytes) || token.hasSuffix("ing", in: bytes) || token.hasSuffix("s", in: bytes)
    }

    private static let to = WordKey(text: "to")
    /// Right before the word or its auxiliary: "were not killed", "never died".
    static let closeNegators: WordSet = ["not", "never", "n't", "nobody"]
    /// A few words before: "no damage or injuries", "without casualties", "to avoid civilian casualties".
    static let negators: WordSet = [
        "no", "without", "avoid", "avoids", "avoided", "avoiding", "prevent", "prevents", "prevented", "preventing",
        "minimize", "minimise", "minimizing", "minimising",
    ]
    static let modals: WordSet = ["could", "would", "might", "will", "shall", "potentially"]
    /// Verbs before "to" that report the killing as done: "managed to kill", a headline's
    /// "Troops Said to Kill Palestinian" (survey seed 20261209).
    static let reportedInfinitive: WordSet = [
        "managed", "manages", "continued", "continues", "continue", "began", "begun", "proceeded", "said", "reported",
        "believed", "alleged", "thought", "understood", "known",
    ]
    static let conditions: WordSet = ["if", "unless", "whether"]
    /// Words that open a subject counting nobody.
    static let noneWords: WordSet = ["no", "none", "nobody", "neither"]
    /// Auxiliaries and adverbs between a subject and its participle: "were reported", "so far have been".
    static let auxiliaryRun: WordSet = [
        "was", "were", "is", "are", "be", "been", "being", "have", "has", "had", "reported", "reportedly", "seriously",
        "immediately", "yet", "so", "far", "badly", "fatally",
    ]
    static let beForms: WordSet = ["was", "were", "is", "are", "be", "been", "being"]
}
