import Algorithms

/// Finds who says what, sentence by sentence, from the reporting verbs of the lexicon and
/// surface templates used by quote extractors: `S V (that) ...`, `"...," S V`, `"...," V S`,
/// `S V: "..."`, `according to S`, participles (", stating that", ", accusing X of"),
/// coordinated verbs ("... and called for"), floating and multi-paragraph quotes.
struct AttributionFinder {
    /// A reporting verb: its place and the two fields of its rule the report needs (not the
    /// whole rule, which drafts copy around).
    struct CueMatch {
        let range: Range<Int>
        let ruleID: String
        let verbClass: VerbClass

        init(range: Range<Int>, rule: LexiconRule) {
            self.range = range
            self.ruleID = rule.id
            self.verbClass = rule.verbClass ?? .neutral
        }

        /// A cue that is punctuation, not a word of the lexicon ("Netanyahu: ..." in a headline).
        init(range: Range<Int>, structuralRuleID: String) {
            self.range = range
            self.ruleID = structuralRuleID
            self.verbClass = .neutral
        }
    }

    /// An attribution while it is being built.
    private struct Draft {
        var speaker: Range<Int>?
        var speakerName: String
        var sideID: String?
        var resolution: SpeakerResolution
        var cues: [CueMatch]
        var quotationIndices: [Int] = []
        var paraphrases: [Range<Int>] = []
        let sentence: Sentence
        /// Reported inside another speaker's words ("Hamas said Israel claimed ...").
        var nestedIn: Int?
        /// The speaker is one person (a name, a person of the side pack), whom "he" or "she" can
        /// take up; organisations, groups and documents are not.
        var isPerson = false
    }

    let document: Document
    let mentions: ActorMentionIndex
    let cues: [CueMatch]
    /// Places of the side pack ("a resident of Khan Younis").
    let places: ActorMentionIndex
    /// People placed on a side by a title or apposition anywhere in the article.
    let roster: PersonRoster
    /// Experts at institutions the side pack does not know, who speak as its third party.
    let affiliation: InstitutionAffiliation
    /// Speakers' genders as shown so far, for "he" and "she".
    private let genders = SpeakerGenders()
    /// Speakers placed so far by place, role or institution, for later surnames.
    private let placedNames = PlacedNames()

    init(
        document: Document, mentions: ActorMentionIndex, places: ActorMentionIndex, cues: [CueMatch],
        thirdPartySideID: String?
    ) {
        self.document = document
        self.mentions = mentions
        self.places = places
        self.cues = cues
        self.roster = PersonRoster(document: document, mentions: mentions, places: places)
        self.affiliation = InstitutionAffiliation(
            document: document, mentions: mentions, places: places, thirdPartySideID: thirdPartySideID)
    }

    /// `quotationSpeaker[q]`: the attribution that quotation `q` belongs to.
    func find() -> (attributions: [Attribution], quotationSpeaker: [Int?]) {
        var drafts: [Draft] = []
        var quotationOwner = [Int?](repeating: nil, count: document.quotations.count)
        var cueIndex = 0
        var tokens: [Token] = []
        var quotedCues: [CueMatch] = []
        let transcript = TranscriptTurns(document: document)
        var turnDraft: [Int: Int] = [:]
        for sentence in document.sentences {
            while cueIndex < cues.count && cues[cueIndex].range.lowerBound < sentence.range.lowerBound { cueIndex += 1 }
            var sentenceCues: [CueMatch] = []
            while cueIndex < cues.count && cues[cueIndex].range.lowerBound < sentence.range.upperBound {
                if isInsideQuotation(cues[cueIndex].range.lowerBound) {
                    quotedCues.append(cues[cueIndex])
                } else {
                    sentenceCues.append(cues[cueIndex])
                }
                cueIndex += 1
            }
            guard !sentenceCues.isEmpty else {
                if let turn = transcript.turnOfParagraph[sentence.paragraphIndex] {
                    addTranscriptSentence(sentence, turn: turn, transcript: transcript, drafts: &drafts, turnDraft: &turnDraft)
                    continue
                }
                if let draft = dashAttribution(in: sentence, owner: quotationOwner) ?? colonParagraph(sentence, drafts: drafts)
                    ?? headlineColon(sentence)
                {
                    for index in draft.quotationIndices { quotationOwner[index] = drafts.count }
                    drafts.append(draft)
                }
                continue
            }
            SentenceTokenizer.tokens(in: sentence.range, words: document.words, into: &tokens)
            let firstDraftOfSentence = drafts.count
            for cue in sentenceCues {
                analyse(cue, sentence: sentence, tokens: tokens, drafts: &drafts, firstOfSentence: firstDraftOfSentence)
            }
            // Quotes in the sentence belong to its first speaker.
            if firstDraftOfSentence < drafts.count {
                for quotation in document.quotations(overlapping: sentence.range) where quotationOwner[quotation.index] == nil {
                    quotationOwner[quotation.index] = firstDraftOfSentence
                    drafts[firstDraftOfSentence].quotationIndices.append(quotation.index)
                    // A scare quote far before the verb ("After saying it was a “spontaneous”
                    // assault ..., the administration acknowledged ...") is not the verb's content.
                    if let verb = drafts[firstDraftOfSentence].cues.first,
                        quotation.outerRange.upperBound <= verb.range.lowerBound,
                        !quotation.isFragment
                            || document.words.wordCount(in: quotation.outerRange.upperBound..<verb.range.lowerBound) <= 6
                    {
                        dropAdjuncts(of: &drafts[firstDraftOfSentence])
                    }
                }
            }
            cutOverlappingParaphrases(&drafts, from: firstDraftOfSentence)
            addBlockAfterColon(of: sentence, tokens: tokens, to: &drafts, from: firstDraftOfSentence, transcript: transcript)
        }
        attachFloatingQuotations(&drafts, owner: &quotationOwner)
        addQuotedSources(quotedCues, to: &drafts, owner: &quotationOwner, tokens: &tokens)
        addEmbeddedTweets(to: &drafts, owner: &quotationOwner)
        return (drafts.indices.map { finalize(drafts[$0], index: $0) }, quotationOwner)
    }

    /// Sources a quoted speaker names in their own words: in Brown's `"Palestinians fear that
    /// the Israeli government is making war ..."`, "Palestinians" fear it. Only a subject the side
    /// pack names becomes a source (a pronoun inside a quotation is the quoted speaker's to
    /// resolve); the words stay the quoted speaker's, so voice shares do not change.
    private func addQuotedSources(
        _ quotedCues: [CueMatch], to drafts: inout [Draft], owner quotationOwner: inout [Int?], tokens: inout [Token]
    ) {
        let existing = drafts.count
        for cue in quotedCues {
            guard let quotation = document.quotation(containing: cue.range.lowerBound),
                let outer = quotationOwner[quotation.index],
                let sentence = document.sentence(containing: cue.range.lowerBound)
            else { continue }
            SentenceTokenizer.tokens(in: sentence.range, words: document.words, into: &tokens)
            guard let cueStart = tokens.firstIndex(where: { $0.range.lowerBound >= cue.range.lowerBound }) else { continue }
            var left = cueStart - 1
            while left >= 0, tokens[left].kind == .word, FunctionWords.auxiliaries.contains(tokens[left].word) { left -= 1 }
            guard left >= 0, tokens[left].kind == .word, var phrase = nounPhrase(endingAt: left, tokens: tokens) else { continue }
            while phrase.lowerBound < phrase.upperBound,
                tokens[phrase.lowerBound].range.lowerBound < quotation.contentRange.lowerBound
            {
                phrase = (phrase.lowerBound + 1)..<phrase.upperBound
            }
            guard !phrase.isEmpty else { continue }
            let range = tokens[phrase.lowerBound].range.lowerBound..<tokens[phrase.upperBound - 1].range.upperBound
            guard let mention = mentions.starting(in: range).last else { continue }
            var draft = Draft(
                speaker: range, speakerName: mention.actorName, sideID: mention.sideID, resolution: .named, cues: [cue],
                sentence: sentence)
            draft.nestedIn = outer
            drafts.append(draft)
        }
        restoreTextOrder(&drafts, owner: &quotationOwner, firstAdded: existing)
    }

    /// Tweets embedded in the article ("... — Israel Defense Forces (@IDFSpokesperson) May 13,
    /// 2018"): the account speaks the tweet's words, less any another speaker already holds.
    private func addEmbeddedTweets(to drafts: inout [Draft], owner quotationOwner: inout [Int?]) {
        let existing = drafts.count
        for paragraph in document.paragraphs {
            guard let tweet = EmbeddedTweet.closing(paragraph.range, in: document.bytes),
                let sentence = document.sentence(containing: tweet.byline.lowerBound),
                !drafts.contains(where: { $0.speaker?.overlaps(tweet.name) ?? false })
            else { continue }
            var draft = resolveSpeaker(tweet.name, sentence: sentence, drafts: drafts)
            draft.cues = [CueMatch(range: tweet.byline, structuralRuleID: Self.embeddedTweetRuleID)]
            var pieces = [tweet.content]
            let held = drafts.flatMap(\.paraphrases) + document.quotations(overlapping: tweet.content).map(\.outerRange)
            for range in held where range.overlaps(tweet.content) {
                pieces = pieces.flatMap {
                    [$0.lowerBound..<max($0.lowerBound, range.lowerBound), min($0.upperBound, range.upperBound)..<$0.upperBound]
                }
            }
            draft.paraphrases = pieces.filter { document.words.wordCount(in: $0) > 0 }
            drafts.append(draft)
        }
        restoreTextOrder(&drafts, owner: &quotationOwner, firstAdded: existing)
    }

    /// The rule id an embedded tweet's byline cue is reported under.
    static let embeddedTweetRuleID = "structure.embedded-tweet"

    /// Drafts added after the sentence pass (from `firstAdded` on) back into text order: by
    /// sentence, each after the sentence's other speakers; references to drafts follow them.
    private func restoreTextOrder(_ drafts: inout [Draft], owner quotationOwner: inout [Int?], firstAdded existing: Int) {
        guard drafts.count > existing else { return }
        let order = drafts.indices.sorted { a, b in
            (drafts[a].sentence.index, a >= existing ? 1 : 0, a) < (drafts[b].sentence.index, b >= existing ? 1 : 0, b)
        }
        var newIndex = [Int](repeating: 0, count: drafts.count)
        for (new, old) in order.enumerated() { newIndex[old] = new }
        drafts = order.map { drafts[$0] }
        for index in drafts.indices { drafts[index].nestedIn = drafts[index].nestedIn.map { newIndex[$0] } }
        genders.reset()
        placedNames.reset()
        quotationOwner = quotationOwner.map { $0.map { newIndex[$0] } }
    }

    // MARK: - One cue

    private func analyse(_ cue: CueMatch, sentence: Sentence, tokens: [Token], drafts: inout [Draft], firstOfSentence: Int) {
        let cueStart = tokens.firstIndex { $0.range.lowerBound >= cue.range.lowerBound } ?? tokens.count
        let afterCue = tokens.firstIndex { $0.range.lowerBound >= cue.range.upperBound } ?? tokens.count
        let firstCueWord = tokens[cueStart..<afterCue].firstIndex { $0.kind == .word }
        let hasDraftInSentence = drafts.count > firstOfSentence
        if firstCueWord.map({ tokens[$0].word == "in" }) == true {
            if let draft = pollFrame(
                cue, sentence: sentence, tokens: tokens, cueStart: cueStart, afterCue: afterCue, drafts: drafts)
            {
                drafts.append(draft)
            }
            return
        }
        if let question = openingQuestion(cueStart: cueStart, afterCue: afterCue, tokens: tokens) {
            // "Asked whether the talks would resume, Netanyahu said ...": the question is the
            // unnamed asker's; the clause after the comma is the answer's own attribution.
            var draft = Draft(speakerName: "(no source)", resolution: .unresolved, cues: [cue], sentence: sentence)
            draft.paraphrases.append(question)
            drafts.append(draft)
            return
        }
        if isAccordingTo(tokens[cueStart..<afterCue]) {
            drafts.append(
                accordingTo(cue, sentence: sentence, tokens: tokens, cueStart: cueStart, afterCue: afterCue, drafts: drafts))
            return
        }
        var left = cueStart - 1
        while left >= 0, tokens[left].kind == .word,
            FunctionWords.auxiliaries.contains(tokens[left].word) || isMannerAdverb(tokens[left])
        {
            left -= 1
        }
        // "Donald Trump Jr. said", "Acme Inc. said": the period of a name's suffix is inside the
        // subject; stopping at it made the words after the verb the speaker.
        if left >= 1, isTitlePeriod(at: left, tokens: tokens), FunctionWords.nameSuffixes.contains(tokens[left - 1].word) {
            left -= 1
        }
        let isParticiple = firstCueWord.map { tokens[$0].hasSuffix("ing", in: document.bytes) } ?? false
        // `... is “vanishing,” blaming ...`: the comma inside the closing mark still opens the participle.
        if isParticiple, left >= 1, tokens[left].kind == .quote, tokens[left - 1].kind == .comma { left -= 1 }
        let content = paraphrase(after: afterCue, tokens: tokens, sentence: sentence, cue: cue)
        // "It is believed that ...", "Israel was accused of ...": a passive reporting verb has no source.
        if cueStart > 0, tokens[cueStart - 1].kind == .word, FunctionWords.passiveAuxiliaries.contains(tokens[cueStart - 1].word),
            !isParticiple
        {
            var draft = Draft(speakerName: "(no source)", resolution: .unresolved, cues: [cue], sentence: sentence)
            if let content { draft.paraphrases.append(content) }
            drafts.append(draft)
            return
        }
        // A verb inside an earlier speaker's words in this sentence is reported by that speaker.
        if let outer = (firstOfSentence..<drafts.count).last(where: { index in
            drafts[index].paraphrases.contains { $0.contains(cue.range.lowerBound) }
        }), !(left >= 0 && tokens[left].kind == .comma && isParticiple),
            !(left >= 0 && FunctionWords.coordinators.contains(tokens[left].word)),
            !isSubordinatePronounClause(at: left, tokens: tokens)
        {
            // "... a government that accepts Hamas, which officially calls for ...": the relative
            // pronoun speaks for the phrase before it here too.
            let subject =
                left >= 1 && FunctionWords.relativePronouns.contains(tokens[left].word)
                ? phraseBeforeRelative(at: left, tokens: tokens)
                : left >= 0 && tokens[left].kind == .word ? nounPhrase(endingAt: left, tokens: tokens) : nil
            var nested = subject.map { resolve($0, cue: cue, sentence: sentence, drafts: drafts, tokens: tokens) }
            nested = nested ?? Draft(speakerName: "(unresolved)", resolution: .unresolved, cues: [cue], sentence: sentence)
            nested!.nestedIn = outer
            drafts.append(nested!)
            return
        }

        if left >= 0, tokens[left].kind == .comma, isParticiple {
            // "..., stating that ...": the main clause's speaker goes on speaking -- unless the
            // clause's subject stands before that speaker ("Netanyahu blasted a U.N. statement
            // calling for a truce, telling Ban ..." is Netanyahu telling).
            let subject = clauseSubject(in: sentence, before: cue.range.lowerBound)
            let last = hasDraftInSentence ? drafts[drafts.count - 1] : nil
            if let subject, let last, let lastSpeaker = last.speaker,
                !lastSpeaker.contains(subject.start) || last.sideID != subject.sideID
            {
                var draft = Draft(
                    speaker: subject.range, speakerName: subject.actorName, sideID: subject.sideID, resolution: .named,
                    cues: [cue], sentence: sentence)
                if let content { draft.paraphrases.append(content) }
                drafts.append(draft)
            } else if hasDraftInSentence {
                extend(&drafts[drafts.count - 1], with: cue, content: content)
            } else {
                var draft = subjectDraft(for: cue, sentence: sentence, drafts: drafts)
                if let content { draft.paraphrases.append(content) }
                drafts.append(draft)
            }
            return
        }
        if left >= 0, tokens[left].kind == .word, FunctionWords.coordinators.contains(tokens[left].word), hasDraftInSentence {
            extend(&drafts[drafts.count - 1], with: cue, content: content)
            return
        }
        if left >= 0, let word = firstCueWord,
            ClauseVerbCue.continuesSubject(tokens[word], tokens: tokens, left: left, in: document.bytes),
            var draft = clauseSubjectDraft(for: cue, sentence: sentence, tokens: tokens, before: left, drafts: drafts)
        {
            if let content { draft.paraphrases.append(content) }
            drafts.append(draft)
            return
        }
        if left >= 0, tokens[left].kind == .word, FunctionWords.nounContext.contains(tokens[left].word) {
            return  // "despite calls for", "amid claims": a noun, not a speech event.
        }
        // "a United Nations call for a truce", "an Israeli claim that": an actor with "a" before it.
        if left >= 0, tokens[left].kind == .word, let actor = mentions.containing(tokens[left].range.lowerBound),
            actor.end == tokens[left].range.upperBound, Self.institutionKinds.contains(actor.kind),
            !FunctionWords.personHeads.contains(tokens[left].word),
            let article = document.words.lastWords(1, in: sentence.range.lowerBound..<actor.start).last,
            FunctionWords.indefiniteArticles.contains(WordKey(article, of: document.bytes))
        {
            return
        }
        // "..., said Itamar Rabinovich, Israel's ambassador ...": the verb comes before its speaker.
        if left >= 1, tokens[left].kind == .comma, !isParticiple,
            firstCueWord.map({ !FunctionWords.listenerVerbs.contains(tokens[$0].word) }) ?? true,
            let name = invertedName(after: afterCue, tokens: tokens)
        {
            var draft = resolve(name, cue: cue, sentence: sentence, drafts: drafts, tokens: tokens)
            if let before = contentBefore(speakerStart: cueStart, tokens: tokens) { draft.paraphrases.append(before) }
            drafts.append(draft)
            return
        }
        // Skip an aside: "Hamas, on the other hand, has vowed"; "X, who replaced Y, said" -- unless
        // the aside is the name itself: "His father, Ernie LeBlanc, says".
        // Brackets are commas to the tokens; a bracket opens the aside only when one closes it
        // ("Cruz (R-Texas) called"): in "X, the director of Y (MADAR), said" the aside opens
        // after X, not inside the bracket.
        if left >= 1, tokens[left].kind == .comma,
            let opening = (max(0, left - 16)..<left).last(where: { index in
                tokens[index].kind == .comma && (isClosingBracket(tokens[left]) || !isBracket(tokens[index]))
            }),
            opening >= 1, tokens[opening - 1].kind == .word
        {
            // "Sen. Ted Cruz (R-Texas) called": a bracketed aside is never the speaker's name.
            if !isClosingBracket(tokens[left]), isProperName(tokens[(opening + 1)..<left]) {
                var draft = resolve((opening + 1)..<left, cue: cue, sentence: sentence, drafts: drafts, tokens: tokens)
                if let content { draft.paraphrases.append(content) }
                drafts.append(draft)
                return
            }
            left = opening - 1
        }
        // "Stanley Fischer, who announced ...", "Hamas, which calls for ...": the relative pronoun
        // speaks for the phrase before it.
        if left >= 1, tokens[left].kind == .word, FunctionWords.relativePronouns.contains(tokens[left].word),
            let phrase = phraseBeforeRelative(at: left, tokens: tokens)
        {
            var draft = resolve(phrase, cue: cue, sentence: sentence, drafts: drafts, tokens: tokens)
            if let content { draft.paraphrases.append(content) }
            drafts.append(draft)
            return
        }
        if left >= 0, tokens[left].kind == .word, var phrase = nounPhrase(endingAt: left, tokens: tokens) {
            // "An Israeli driver who witnessed the explosion told ...": the subject is before "who".
            if phrase.lowerBound >= 1, tokens[phrase.lowerBound - 1].word == FunctionWords.who,
                let subject = phraseBeforeRelative(at: phrase.lowerBound - 1, tokens: tokens)
            {
                phrase = subject
            }
            var draft = resolve(phrase, cue: cue, sentence: sentence, drafts: drafts, tokens: tokens)
            let before = contentBefore(speakerStart: phrase.lowerBound, tokens: tokens)
            if let content, before == nil || !isAdjunct(content, tokens: tokens) {
                draft.paraphrases.append(content)
            } else if let before {
                // "The talks have failed, Hamas said." The claim comes first, without marks; what
                // follows the verb, if anything, is when and where ("said Monday on CNN").
                draft.paraphrases.append(before)
            }
            drafts.append(draft)
            return
        }
        // `"...," said the minister`: the speaker follows the verb; the quote is the content.
        if let phrase = speakerAfter(afterCue, tokens: tokens) {
            drafts.append(resolve(phrase, cue: cue, sentence: sentence, drafts: drafts, tokens: tokens))
            return
        }
        var draft = Draft(speakerName: "(unresolved)", resolution: .unresolved, cues: [cue], sentence: sentence)
        if let content { draft.paraphrases.append(content) }
        drafts.append(draft)
    }

    /// `"...," Rubio said on Fox News, as he accused Obama of ...`: a pronoun after ", as" (or
    /// ", while", ", when") opens a clause of the narration's, not more of the earlier speaker's
    /// words, so its verb has its own content.
    private func isSubordinatePronounClause(at left: Int, tokens: [Token]) -> Bool {
        guard left >= 2, tokens[left].kind == .word, FunctionWords.personalPronouns.contains(tokens[left].word),
            tokens[left - 1].kind == .word, Self.subordinators.contains(tokens[left - 1].word)
        else { return false }
        return tokens[left - 2].kind == .comma
    }

    private static let subordinators: WordSet = ["as", "while", "when"]

    /// "which officially calls for", "baselessly accusing": an adverb in "-ly" between a speaker
    /// and the verb, skipped like an auxiliary ("the family said" is a noun, not an adverb).
    private func isMannerAdverb(_ token: Token) -> Bool {
        token.range.count >= 6 && !isCapitalised(token.range) && token.hasSuffix("ly", in: document.bytes)
            && !FunctionWords.nounsInLy.contains(token.word)
    }

    private func isClosingBracket(_ token: Token) -> Bool {
        document.bytes[token.range.lowerBound] == UInt8(ascii: ")")
    }

    private func isBracket(_ token: Token) -> Bool {
        isClosingBracket(token) || document.bytes[token.range.lowerBound] == UInt8(ascii: "(")
    }

    /// The question of a sentence that opens with "Asked whether/if/what ...", up to its comma.
    /// The words were read as the asker before: "whether Hamas would ..." gave a side to nobody.
    private func openingQuestion(cueStart: Int, afterCue: Int, tokens: [Token]) -> Range<Int>? {
        guard cueStart == 0, afterCue == 1, tokens[0].word == "asked", afterCue < tokens.count,
            Self.questionOpeners.contains(tokens[afterCue].word)
        else { return nil }
        let end = tokens[afterCue...].firstIndex { $0.kind == .comma } ?? tokens.count
        return wordsSpan(tokens[afterCue..<end])
    }

    private static let questionOpeners: WordSet = [
        "if", "whether", "what", "who", "whom", "why", "how", "when", "where", "which", "about",
    ]

    /// The cue's words begin with "according to".
    private func isAccordingTo(_ cueTokens: ArraySlice<Token>) -> Bool {
        var words = cueTokens.lazy.filter { $0.kind == .word }.makeIterator()
        return words.next()?.word == "according" && words.next()?.word == "to"
    }

    private func accordingTo(
        _ cue: CueMatch, sentence: Sentence, tokens: [Token], cueStart: Int, afterCue: Int, drafts: [Draft]
    ) -> Draft {
        var end = afterCue
        while end < tokens.count, tokens[end].kind == .word, end - afterCue < 10 { end += 1 }
        guard end > afterCue else {
            return Draft(speakerName: "(unresolved)", resolution: .unresolved, cues: [cue], sentence: sentence)
        }
        var draft = resolve(afterCue..<end, cue: cue, sentence: sentence, drafts: drafts, tokens: tokens)
        if let words = wordsSpan(tokens[..<cueStart]) {
            draft.paraphrases.append(words)
        } else if end < tokens.count, let words = wordsSpan(tokens[end...]) {
            draft.paraphrases.append(words)
        }
        return draft
    }

    /// "In a Gallup poll released Monday, 60 percent backed the truce": the poll's phrase up to
    /// the comma is the source, the rest of the sentence its finding. Only at the sentence's start
    /// ("gained ground in the polls, ..." reports no finding).
    private func pollFrame(
        _ cue: CueMatch, sentence: Sentence, tokens: [Token], cueStart: Int, afterCue: Int, drafts: [Draft]
    ) -> Draft? {
        guard cueStart == 0, let comma = tokens[afterCue...].firstIndex(where: { $0.kind == .comma }), comma > afterCue,
            comma - afterCue <= Self.pollPhraseReach, let finding = wordsSpan(tokens[(comma + 1)...])
        else { return nil }
        var draft = resolve(afterCue..<comma, cue: cue, sentence: sentence, drafts: drafts, tokens: tokens)
        draft.paraphrases.append(finding)
        return draft
    }

    /// How many tokens a poll's phrase may take before its comma ("an NBC News/Wall Street
    /// Journal poll released Monday").
    private static let pollPhraseReach = 16

    // MARK: - Templates without a reporting verb

    /// `"..." — S`: a quote followed by a dash and a name up to the end of the sentence.
    private func dashAttribution(in sentence: Sentence, owner: [Int?]) -> Draft? {
        guard let quotation = document.quotations(overlapping: sentence.range).last, owner[quotation.index] == nil,
            !quotation.isFragment, quotation.outerRange.upperBound < sentence.range.upperBound
        else { return nil }
        let tokens = SentenceTokenizer.tokens(
            in: quotation.outerRange.upperBound..<sentence.range.upperBound, words: document.words)
        guard tokens.first?.kind == .dash || tokens.first?.kind == .other && document.source.text(tokens[0].range) == "-" else {
            return nil
        }
        let words = tokens.dropFirst().prefix { $0.kind == .word }
        guard !words.isEmpty, words.count <= 10, words.endIndex == tokens.endIndex || tokens[words.endIndex].kind != .word else {
            return nil
        }
        var draft = resolveSpeaker(
            words.first!.range.lowerBound..<words.last!.range.upperBound, sentence: sentence, drafts: [])
        draft.quotationIndices = document.quotations(overlapping: sentence.range).filter { owner[$0.index] == nil }.map(\.index)
        return draft
    }

    /// A headline that gives a speaker, a colon and their words: "Netanyahu: Hamas violating
    /// truce", "Trump at AIPAC: 'Obama may be the worst thing'". The title's first sentence only;
    /// the speaker is one to four name words
    /// (or an actor of the pack) before the colon or before "at"/"to"/"on"; labels such as
    /// "Analysis:" or "Watch:" name no speaker.
    private func headlineColon(_ sentence: Sentence) -> Draft? {
        guard sentence.index == 0, sentence.paragraphIndex == -1 || isUntitledHeadline(sentence) else { return nil }
        let tokens = SentenceTokenizer.tokens(in: sentence.range, words: document.words)
        guard let colon = tokens.firstIndex(where: { $0.kind == .colon }), colon >= 1, colon <= 6,
            tokens[..<colon].allSatisfy({ $0.kind == .word || $0.kind == .other }),
            tokens[(colon + 1)...].filter({ $0.kind == .word }).count >= 2
        else { return nil }
        let words = tokens[..<colon].filter { $0.kind == .word }
        let nameWords = words.prefix { isNameLike($0.range) && !FunctionWords.headlineLabels.contains($0.word) }
        guard let first = nameWords.first, let last = nameWords.last, nameWords.count <= 4,
            nameWords.count == words.count || FunctionWords.headlineSpeakerEnders.contains(words[nameWords.count].word)
        else { return nil }
        let speaker = first.range.lowerBound..<last.range.upperBound
        let isNamed = !mentions.starting(in: speaker).isEmpty || roster.person(in: speaker, document: document) != nil
        guard isNamed || nameWords.count >= 2 else { return nil }
        var draft = resolveSpeaker(speaker, sentence: sentence, drafts: [])
        draft.cues = [CueMatch(range: tokens[colon].range, structuralRuleID: Self.headlineColonRuleID)]
        if let content = wordsSpan(tokens[(colon + 1)...]), document.quotations(overlapping: content).isEmpty {
            draft.paraphrases.append(content)
        }
        return draft
    }

    /// The first paragraph of an article with no title, when it is one short line and one
    /// sentence: a headline that some corpora end with a period ("Graham: Trump's rhetoric
    /// destroying GOP's chance."), so the segmenter did not take it for a title.
    private func isUntitledHeadline(_ sentence: Sentence) -> Bool {
        guard document.title == nil, sentence.paragraphIndex == 0, document.paragraphs.count > 1 else { return false }
        let paragraph = document.paragraphs[0]
        let line = ByteScanning.trimmed(paragraph.range, in: document.bytes)
        return paragraph.wordCount <= Self.headlineWordLimit && !document.bytes[line].contains(UInt8(ascii: "\n"))
            && ByteScanning.trimmed(sentence.range, in: document.bytes).upperBound == line.upperBound
    }

    /// As many words as `Segmenter.looksLikeHeadline` allows a title.
    private static let headlineWordLimit = 20

    /// `Hewitt writes:` or `Soerens argued that:` closing a paragraph, with the next paragraph
    /// unquoted and without a cue of its own: that paragraph is the block the verb introduces
    /// (a quoted one is already taken up as a floating quotation). Without this the block read
    /// as the outlet's own words.
    private func addBlockAfterColon(
        of sentence: Sentence, tokens: [Token], to drafts: inout [Draft], from first: Int, transcript: TranscriptTurns
    ) {
        guard first < drafts.count, sentence.paragraphIndex >= 0, sentence.paragraphIndex + 1 < document.paragraphs.count,
            let colon = tokens.last, colon.kind == .colon,
            ByteScanning.trimmed(document.paragraphs[sentence.paragraphIndex].range, in: document.bytes).upperBound
                == colon.range.upperBound
        else { return }
        let next = document.paragraphs[sentence.paragraphIndex + 1]
        let block = ByteScanning.trimmed(next.range, in: document.bytes)
        guard !block.isEmpty, next.wordCount > 0, transcript.turnOfParagraph[next.index] == nil,
            document.quotations(overlapping: block).first?.outerRange.lowerBound != block.lowerBound,
            !hasCue(in: block)
        else { return }
        // The verb must end the sentence: "wrote:", "argued that:", not "listed the causes of X:".
        var end = tokens.count - 1
        if end > 0, tokens[end - 1].kind == .word, Self.colonConnectives.contains(tokens[end - 1].word) { end -= 1 }
        guard end > 0,
            let owner = drafts[first...].lastIndex(where: { draft in
                draft.cues.contains { $0.range.upperBound == tokens[end - 1].range.upperBound }
            })
        else { return }
        drafts[owner].paraphrases.append(block)
    }

    private static let colonConnectives: WordSet = ["that"]

    /// Whether a cue of the lexicon starts in `range`; the cues are in text order.
    private func hasCue(in range: Range<Int>) -> Bool {
        let index = cues.partitioningIndex { $0.range.lowerBound >= range.lowerBound }
        return index < cues.count && cues[index].range.lowerBound < range.upperBound
    }

    /// A sentence of a transcript speaker's turn with no cue of its own: the labelled speaker's
    /// words (the label itself excluded), one attribution per turn.
    private func addTranscriptSentence(
        _ sentence: Sentence, turn: Int, transcript: TranscriptTurns, drafts: inout [Draft], turnDraft: inout [Int: Int]
    ) {
        let label = transcript.turns[turn]
        let start = max(sentence.range.lowerBound, label.colon.upperBound)
        guard start < sentence.range.upperBound, document.words.wordCount(in: start..<sentence.range.upperBound) > 0 else {
            return
        }
        let content = start..<sentence.range.upperBound
        if let index = turnDraft[turn] {
            drafts[index].paraphrases.append(content)
            return
        }
        // The speaker is resolved in the label's sentence; the draft stands at this one, so that
        // drafts stay in text order when the label's sentence had a cue of its own. A label with a
        // title's period ("REP. MIKE PENCE:") ends the sentence it starts in: its sentence is taken
        // to run to the label's end, so the speaker finders never read past their sentence.
        let home = document.sentence(containing: label.label.lowerBound) ?? sentence
        let labelSentence = Sentence(
            index: home.index, paragraphIndex: home.paragraphIndex,
            range: home.range.lowerBound..<max(home.range.upperBound, label.label.upperBound))
        let resolved = resolveSpeaker(label.label, sentence: labelSentence, drafts: drafts)
        var draft = Draft(
            speaker: resolved.speaker, speakerName: resolved.speakerName, sideID: resolved.sideID,
            resolution: resolved.resolution, cues: [CueMatch(range: label.colon, structuralRuleID: TranscriptTurns.ruleID)],
            sentence: sentence)
        draft.isPerson = resolved.isPerson
        draft.paraphrases = [content]
        turnDraft[turn] = drafts.count
        drafts.append(draft)
    }

    /// The rule id a headline's colon cue is reported under.
    static let headlineColonRuleID = "structure.headline-colon"

    /// `From S:` (or `S:`) closing a short paragraph whose next paragraph opens with a quote.
    private func colonParagraph(_ sentence: Sentence, drafts: [Draft]) -> Draft? {
        let bytes = document.bytes
        guard sentence.paragraphIndex >= 0, sentence.paragraphIndex + 1 < document.paragraphs.count,
            sentence.range.upperBound == document.paragraphs[sentence.paragraphIndex].range.upperBound,
            bytes[sentence.range.upperBound - 1] == UInt8(ascii: ":")
        else { return nil }
        let next = document.paragraphs[sentence.paragraphIndex + 1].range
        guard let opening = document.quotations(overlapping: next).first, opening.outerRange.lowerBound == next.lowerBound else {
            return nil
        }
        var words = document.words.words(in: sentence.range)
        if let first = words.first, document.source.lowercasedText(first) == "from" { words.removeFirst() }
        guard let first = words.first, let last = words.last, words.count <= 12 else { return nil }
        return resolveSpeaker(first.lowerBound..<last.upperBound, sentence: sentence, drafts: drafts)
    }

    /// A draft with no reporting verb for a speaker found by position alone.
    private func resolveSpeaker(_ range: Range<Int>, sentence: Sentence, drafts: [Draft]) -> Draft {
        if let mention = mentions.starting(in: range).first {
            var draft = Draft(
                speaker: range, speakerName: mention.actorName, sideID: mention.sideID, resolution: .named, cues: [],
                sentence: sentence)
            draft.isPerson = mention.kind == .person
            return draft
        }
        return byRoleOrUnmapped(range, cues: [], sentence: sentence, drafts: drafts)
    }

    /// A speaker the side pack does not name: a person the article places by title or
    /// apposition ("Mansour" after "Palestinian envoy Riyad Mansour"), someone placed where
    /// they live or work ("a resident of Khan Younis"), or the speaker's own words, unmapped.
    private func byRoleOrUnmapped(_ range: Range<Int>, cues: [CueMatch], sentence: Sentence, drafts: [Draft]) -> Draft {
        let words = document.words.words(in: range)
        let endsInName = words.last.map { isNameLike($0) } ?? false
        if endsInName, let person = roster.person(in: range, document: document) ?? earlierPlacedPerson(range, drafts: drafts) {
            var draft = Draft(
                speaker: range, speakerName: person.name, sideID: person.sideID, resolution: .role, cues: cues, sentence: sentence
            )
            draft.isPerson = true
            return draft
        }
        if let place = places.starting(in: range).first, words.count <= 8 {
            return Draft(
                speaker: range, speakerName: document.source.text(range), sideID: place.sideID, resolution: .role, cues: cues,
                sentence: sentence)
        }
        if let side = LocalSpeaker(document: document, places: places).side(of: range, in: sentence) {
            var draft = Draft(
                speaker: range, speakerName: document.source.text(range), sideID: side, resolution: .place, cues: cues,
                sentence: sentence)
            draft.isPerson = endsInName || !words.isEmpty
            return draft
        }
        if let side = NationalOffice(
            document: document, mentions: mentions, places: places, thirdPartySideID: affiliation.thirdPartySideID,
            isExcluded: isInsideQuotation
        ).side(of: range, in: sentence) {
            var draft = Draft(
                speaker: range, speakerName: document.source.text(range), sideID: side, resolution: .role, cues: cues,
                sentence: sentence)
            draft.isPerson =
                endsInName || words.last.map { FunctionWords.personHeads.contains(WordKey($0, of: document.bytes)) } ?? false
            return draft
        }
        if endsInName, let last = words.last, let side = affiliation.side(ofNameEndingIn: last) {
            var draft = Draft(
                speaker: range, speakerName: document.source.text(range), sideID: side, resolution: .role, cues: cues,
                sentence: sentence)
            draft.isPerson = true
            return draft
        }
        if let role = roleJustBefore(range, sentence: sentence, drafts: drafts) {
            var draft = Draft(
                speaker: range, speakerName: document.source.text(range), sideID: role.sideID, resolution: .role, cues: cues,
                sentence: sentence)
            draft.isPerson = true
            return draft
        }
        var draft = Draft(
            speaker: range, speakerName: document.source.text(range), sideID: nil, resolution: .unmapped, cues: cues,
            sentence: sentence)
        // "Salah Zuhikeh": a name of a few capitalised words is a person.
        draft.isPerson = endsInName && words.count <= 4 && words.allSatisfy { isNameLike($0) }
        return draft
    }

    /// "Amnah Hassan, 53, said ..." placed by where she is, then "Ms. Hassan said": a surname
    /// takes the side an earlier speaker of that full name was given by place, role or
    /// institution. A surname two such speakers share with different sides stays unplaced.
    private func earlierPlacedPerson(_ range: Range<Int>, drafts: [Draft]) -> PersonRoster.Person? {
        // "Ms. Hassan" is any Hassan; "Omar Hassan" only Omar Hassan.
        let words = document.words.words(in: range).filter { !PersonRoster.isTitleOrNotName($0, document: document) }
        guard !words.isEmpty else { return nil }
        readPlacedNames(of: drafts)
        return placedNames.person(surnames: words.map { surnameText($0) })
    }

    /// Brings `placedNames` up to date with the drafts not read yet.
    private func readPlacedNames(of drafts: [Draft]) {
        if placedNames.read > drafts.count { placedNames.reset() }
        for draft in drafts[placedNames.read...] where draft.isPerson && draft.nestedIn == nil && draft.sideID != nil {
            guard draft.resolution == .place || draft.resolution == .role, let speaker = draft.speaker else { continue }
            // "Police spokesman Micky Rosenfeld": the name is the speaker's last words, after the role.
            let name = Array(
                document.words.words(in: speaker).reversed().prefix {
                    isNameLike($0) && !PersonRoster.isTitleOrNotName($0, document: document)
                }.reversed())
            guard name.count >= 2, name.count <= 4, name.allSatisfy({ isNameLike($0) }) else { continue }
            placedNames.add(
                PlacedNames.Entry(
                    surnames: name.map { surnameText($0) },
                    person: PersonRoster.Person(
                        name: document.source.text(name[0].lowerBound..<name[name.count - 1].upperBound),
                        sideID: draft.sideID!)))
        }
        placedNames.markRead(upTo: drafts.count)
    }

    /// "The Palestinian police chief said ... \"...,\" Hazem Atallah said": a full name the article
    /// has not used before, speaking right after a placed speaker described only by a role of one
    /// person, is that person, as an editor reads it.
    private func roleJustBefore(_ range: Range<Int>, sentence: Sentence, drafts: [Draft]) -> Draft? {
        let name = document.words.words(in: range)
        guard (2...4).contains(name.count),
            name.allSatisfy({ isNameLike($0) && !PersonRoster.isTitleOrNotName($0, document: document) }),
            let role = drafts.last, role.sideID != nil, role.nestedIn == nil, sentence.index - role.sentence.index <= 1,
            role.resolution == .named || role.resolution == .anaphor, let speaker = role.speaker,
            let head = document.words.words(in: speaker).last, !isNameLike(head),
            FunctionWords.personHeads.contains(WordKey(head, of: document.bytes)),
            !document.source.text(0..<range.lowerBound).contains(document.source.text(name[name.count - 1]))
        else { return nil }
        return role
    }

    /// A name word lower-cased, without a possessive ("Hassan's" -> "hassan").
    private func surnameText(_ word: Range<Int>) -> String {
        let text = document.source.lowercasedText(word)
        return text.hasSuffix("'s") || text.hasSuffix("’s") ? String(text.dropLast(2)) : text
    }

    /// The last person named before `offset`: a person of the side pack or one the article
    /// places by title or apposition, with where the name stands.
    /// Names inside quotation marks are the quoted speaker's words, not people the narration has
    /// introduced: in `"Nobody trusts Netanyahu," he said` the "he" is not Netanyahu.
    private func lastNamedPerson(before offset: Int) -> (offset: Int, name: String, sideID: String?)? {
        guard let sentence = document.sentence(containing: offset) else { return nil }
        let notQuoted: (Int) -> Bool = { !isInsideQuotation($0) }
        var latest = roster.lastIntroduction(before: offset, where: notQuoted)?.offset ?? -1
        if let mention = mentions.last(endingBefore: offset, where: { $0.kind == .person && notQuoted($0.start) }) {
            latest = max(latest, mention.start)
        }
        // A person introduced since then, in this sentence or the two before, whom nothing places.
        let windowStart = document.sentences[max(0, sentence.index - 2)].range.lowerBound
        if let introduced = introducedNames(in: max(windowStart, latest + 1)..<offset).last {
            latest = introduced.offset
        }
        guard latest >= 0, let home = document.sentence(containing: latest) else { return nil }
        // Of the people in that sentence, its subject, the first named: in "Hamas spokesman Sami
        // Abu Zuhri struck a defiant tone in response to Netanyahu's warnings. ... he said" the
        // "he" is Abu Zuhri.
        let span = home.range.lowerBound..<min(home.range.upperBound, offset)
        var first: (offset: Int, name: String, sideID: String?)?
        if let introduction = roster.introductions.first(where: { span.contains($0.offset) && notQuoted($0.offset) }) {
            first = (introduction.offset, introduction.person.name, introduction.person.sideID)
        }
        if let mention = mentions.starting(in: span).first(where: { $0.kind == .person && notQuoted($0.start) }),
            mention.start < (first?.offset ?? .max)
        {
            first = (mention.start, mention.actorName, mention.sideID)
        }
        if let introduced = introducedNames(in: span).first, introduced.offset < (first?.offset ?? .max) {
            let side = introduced.isLocal ? LocalSpeaker(document: document, places: places).side(around: home) : nil
            first = (introduced.offset, introduced.name, side)
        }
        return first
    }

    /// "It" as the subject of its own sentence or of the one before: the first state, government,
    /// force, group or organisation named there that is not the object of a preposition ("Israel
    /// imposed an embargo on the territory because it views Hamas as ..."). The last *speaker*
    /// that is not a person, which "it" took before, was often the other side's.
    private func institutionAntecedent(before offset: Int) -> ActorMention? {
        guard let sentence = document.sentence(containing: offset) else { return nil }
        let previous = sentence.index > 0 ? document.sentences[sentence.index - 1] : nil
        for candidate in [sentence, previous].compactMap({ $0 }) {
            let span = candidate.range.lowerBound..<min(candidate.range.upperBound, offset)
            let subject = mentions.starting(in: span).first { mention in
                Self.institutionKinds.contains(mention.kind) && mention.end <= offset && !isInsideQuotation(mention.start)
                    && isClauseInitial(mention.start, in: candidate.range)
            }
            if let subject { return subject }
        }
        return nil
    }

    /// A subject's place: the sentence's first words or right after a comma ("Since Hamas took
    /// control of Gaza, Israel has imposed ..."), an article allowed before it.
    private func isClauseInitial(_ start: Int, in sentence: Range<Int>) -> Bool {
        var before = document.words.lastWords(2, in: sentence.lowerBound..<start)
        var end = start
        if let last = before.last, Self.articles.contains(WordKey(last, of: document.bytes)) {
            end = last.lowerBound
            before = before.dropLast()
        }
        guard let previous = before.last else { return true }
        return document.bytes[previous.upperBound..<end].contains(UInt8(ascii: ","))
    }

    private static let articles: WordSet = ["the", "a", "an"]

    private static let institutionKinds: Set<ActorKind> = [.state, .government, .military, .group, .organisation, .media]

    /// Names the narration introduces without placing them (`IntroducedName`) inside `range`.
    private func introducedNames(in range: Range<Int>) -> [IntroducedName] {
        guard !range.isEmpty else { return [] }
        return IntroducedName.all(in: range, document: document) { name in
            isInsideQuotation(name.lowerBound) || !mentions.starting(in: name).isEmpty || !places.starting(in: name).isEmpty
        }
    }

    private func isCapitalised(_ word: Range<Int>) -> Bool {
        ByteScanning.isUppercase(at: word.lowerBound, in: document.bytes)
    }

    /// A word that can be part of a name: capitalised, or a particle such as "al-Shaer".
    private func isNameLike(_ word: Range<Int>) -> Bool {
        PersonRoster.startsLikeName(word, document: document)
    }

    // MARK: - Speakers

    /// The noun phrase ending at token `end`, walking left to a clause boundary.
    private func nounPhrase(endingAt end: Int, tokens: [Token]) -> Range<Int>? {
        var start = end
        while start > 0, end - start < 9 {
            let previous = tokens[start - 1]
            guard previous.kind == .word, !FunctionWords.clauseBoundaries.contains(previous.word) else { break }
            start -= 1
        }
        guard !FunctionWords.clauseBoundaries.contains(tokens[end].word) else { return nil }
        return start..<(end + 1)
    }

    /// The noun phrase before the relative pronoun at `who` (and its comma, if any); when it ends
    /// in a name, the name alone ("a profile of Stanley Fischer, who" -> "Stanley Fischer").
    private func phraseBeforeRelative(at who: Int, tokens: [Token]) -> Range<Int>? {
        var end = who - 1
        if end >= 0, tokens[end].kind == .comma { end -= 1 }
        guard end >= 0, tokens[end].kind == .word, let phrase = nounPhrase(endingAt: end, tokens: tokens) else { return nil }
        var start = end + 1
        while start > phrase.lowerBound, end - start < 3, isNameLike(tokens[start - 1].range) { start -= 1 }
        return start <= end ? start..<(end + 1) : phrase
    }

    /// The speaker after an inverted verb, up to a preposition or punctuation.
    private func speakerAfter(_ start: Int, tokens: [Token]) -> Range<Int>? {
        var end = start
        while end < tokens.count, end - start < 10 {
            if tokens[end].kind == .word, !FunctionWords.speakerEnders.contains(tokens[end].word) {
                end += 1
            } else if isTitlePeriod(at: end, tokens: tokens) {
                end += 1  // "said Dr. Matthew Bowes"
            } else {
                break
            }
        }
        while end > start, tokens[end - 1].kind != .word { end -= 1 }
        return end > start ? start..<end : nil
    }

    /// A name right after the verb that ends the sentence or opens an apposition: "..., said
    /// Carter." or "..., said Itamar Rabinovich, Israel's ambassador". A name followed by more of
    /// the sentence ("..., said Israel was to blame") is what was said, not who said it.
    private func invertedName(after start: Int, tokens: [Token]) -> Range<Int>? {
        var end = start
        var words = 0
        while end < tokens.count, words < 5 {
            if tokens[end].kind == .word, isNameLike(tokens[end].range), !PersonRoster.notNames.contains(tokens[end].word) {
                words += 1
            } else if !(words > 0 && isTitlePeriod(at: end, tokens: tokens)) {
                break  // "said Dr. Matthew Bowes": the period of a title is inside the name
            }
            end += 1
        }
        guard words > 0 else { return nil }
        if end == tokens.count || tokens[end].kind == .other { return start..<end }
        guard tokens[end].kind == .comma, end + 1 < tokens.count else { return nil }
        let apposition = tokens[(end + 1)...].prefix(2).filter { $0.kind == .word }.map(\.range)
        return PersonRoster.opensApposition(apposition, document: document) ? start..<end : nil
    }

    /// The period of "Dr." or "Sen." inside a name.
    private func isTitlePeriod(at index: Int, tokens: [Token]) -> Bool {
        guard index > 0, index + 1 < tokens.count, tokens[index].kind == .other, tokens[index + 1].kind == .word,
            document.bytes[tokens[index].range.lowerBound] == UInt8(ascii: ".")
        else { return false }
        return SentenceSplitter.abbreviations.contains(document.source.text(tokens[index - 1].range))
    }

    /// Name words only, one to four of them: a name in apposition.
    private func isProperName(_ slice: ArraySlice<Token>) -> Bool {
        guard !slice.isEmpty, slice.count <= 4, slice.allSatisfy({ $0.kind == .word }) else { return false }
        return slice.allSatisfy { isNameLike($0.range) }
    }

    /// The clause before "..., S said." when nothing follows the verb.
    private func contentBefore(speakerStart: Int, tokens: [Token]) -> Range<Int>? {
        guard speakerStart >= 2, tokens[speakerStart - 1].kind == .comma else { return nil }
        let clause = tokens[..<(speakerStart - 1)]
        guard clause.lazy.filter({ $0.kind == .word }).count >= 3 else { return nil }
        return wordsSpan(clause)
    }

    /// From the first word to the last of `tokens`; nil without words.
    private func wordsSpan(_ tokens: ArraySlice<Token>) -> Range<Int>? {
        guard let first = tokens.first(where: { $0.kind == .word }), let last = tokens.last(where: { $0.kind == .word })
        else { return nil }
        return first.range.lowerBound..<last.range.upperBound
    }

    private func resolve(_ phrase: Range<Int>, cue: CueMatch, sentence: Sentence, drafts: [Draft], tokens: [Token]) -> Draft {
        // "some Palestinian prisoners it had pledged to free": a pronoun ending the phrase is the
        // subject of a relative clause without "that", and the speaker.
        var phrase = phrase
        if phrase.count > 1, FunctionWords.personalPronouns.contains(tokens[phrase.upperBound - 1].word) {
            phrase = (phrase.upperBound - 1)..<phrase.upperBound
        }
        let range = tokens[phrase.lowerBound].range.lowerBound..<tokens[phrase.upperBound - 1].range.upperBound
        let words = tokens[phrase]
        if let mention = mentions.starting(in: range).last {
            var draft = Draft(
                speaker: range, speakerName: mention.actorName, sideID: mention.sideID, resolution: .named, cues: [cue],
                sentence: sentence)
            // "Netanyahu", "a Hamas spokesman": one person, unlike "Hamas" or "Israeli officials".
            draft.isPerson = mention.kind == .person || FunctionWords.personHeads.contains(words[words.endIndex - 1].word)
            return draft
        }
        // A pronoun is the last speaker with a name, whether or not the side pack knows them;
        // "he" and "she" the last person, "it" the last speaker that is not one.
        if words.count == 1, FunctionWords.personalPronouns.contains(words[words.startIndex].word) {
            let pronoun = words[words.startIndex].word
            let personal = FunctionWords.personPronouns.contains(pronoun)
            let impersonal = pronoun == FunctionWords.it
            if impersonal, let antecedent = institutionAntecedent(before: range.lowerBound) {
                return Draft(
                    speaker: range, speakerName: antecedent.actorName, sideID: antecedent.sideID, resolution: .pronoun,
                    cues: [cue], sentence: sentence)
            }
            let plural = pronoun == FunctionWords.they
            let isSpeaker: (Draft) -> Bool = { $0.resolution != .unresolved && $0.nestedIn == nil && $0.speaker != nil }
            // "He" is not a person the article calls "she" (and the other way round): in "Samantha
            // Power ... she said. ... He said she consistently led" the "he" is somebody else.
            let gender = personal ? Gender(pronoun: pronoun) : nil
            if gender != nil { readGenders(of: drafts) }
            let agrees: (String) -> Bool = { name in
                gender == nil || Self.genderKey(name).flatMap { genders.gender(ofKey: $0) }.map { $0 == gender } ?? true
            }
            let last = drafts.last(where: isSpeaker)
            var previous = drafts.last(where: {
                isSpeaker($0) && (!personal || $0.isPerson) && (!impersonal || !$0.isPerson) && (!plural || !isOnePerson($0))
                    && agrees($0.speakerName)
            })
            // "They" is not one person: in "... Omar said. ... \"...,\" they said" the group that spoke
            // before her, or nobody -- not a group from paragraphs before (abstain, not guess).
            // Past a person "he" or "she" cannot be, the same: the person before, close by, or nobody.
            if let candidate = previous, let last, last.speaker != candidate.speaker,
                (plural && isOnePerson(last)) || !agrees(last.speakerName),
                sentence.index - candidate.sentence.index > 2
            {
                previous = nil
            }
            // The last speaker of any kind, below, is never one person for "they", nor a person of the
            // other gender for "he" or "she".
            // ("With no person before it" below: a person of the other gender is still a person.)
            let anyPerson = personal && drafts.contains { isSpeaker($0) && $0.isPerson }
            let fallback = anyPerson || last.map { plural && isOnePerson($0) } ?? true ? nil : last
            // "He" may also be a person named since the last person spoke (whether or not "he" can
            // be that person): the latest one wins.
            let lastPerson = drafts.last { isSpeaker($0) && $0.isPerson }
            if personal, let named = lastNamedPerson(before: range.lowerBound),
                named.offset > (lastPerson?.speaker?.lowerBound ?? -1), agrees(named.name), agrees(nameText(at: named.offset))
            {
                var draft = Draft(
                    speaker: range, speakerName: named.name, sideID: named.sideID, resolution: .pronoun, cues: [cue],
                    sentence: sentence)
                draft.isPerson = true
                return draft
            }
            // With no person before it, "he" is the last speaker of any kind ("Hamas said ... he said").
            if let previous = previous ?? fallback {
                var draft = Draft(
                    speaker: range, speakerName: previous.speakerName, sideID: previous.sideID, resolution: .pronoun,
                    cues: [cue], sentence: sentence)
                draft.isPerson = previous.isPerson
                return draft
            }
        }
        // "Military officials said ... The officials also said": the same head noun as a speaker
        // of the last two sentences is that speaker, placed or not.
        if let determiner = words.first?.word, FunctionWords.determiners.contains(determiner), words.count > 1,
            let head = words.last?.word,
            let earlier = drafts.last(where: { draft in
                guard draft.nestedIn == nil, let speaker = draft.speaker, sentence.index - draft.sentence.index <= 2,
                    let last = document.words.words(in: speaker).last
                else { return false }
                return WordKey(last, of: document.bytes) == head
            })
        {
            var draft = Draft(
                speaker: range, speakerName: earlier.speakerName, sideID: earlier.sideID, resolution: .anaphor, cues: [cue],
                sentence: sentence)
            draft.isPerson = earlier.isPerson
            return draft
        }
        if let issuer = IssuedDocument(document: document, mentions: mentions).issuer(of: range, isExcluded: isInsideQuotation) {
            return Draft(
                speaker: range, speakerName: issuer.actorName, sideID: issuer.sideID, resolution: .anaphor, cues: [cue],
                sentence: sentence)
        }
        if let determiner = words.first?.word, FunctionWords.determiners.contains(determiner), let head = words.last?.word,
            let kinds = FunctionWords.anaphorKindsByWord[head],
            let antecedent = mentions.last(endingBefore: range.lowerBound, where: { kinds.contains($0.kind) })
        {
            return Draft(
                speaker: range, speakerName: antecedent.actorName, sideID: antecedent.sideID, resolution: .anaphor, cues: [cue],
                sentence: sentence)
        }
        if let force = UnnamedForce(document: document, mentions: mentions, isExcluded: isInsideQuotation).antecedent(
            of: range, in: sentence)
        {
            return Draft(
                speaker: range, speakerName: force.actorName, sideID: force.sideID, resolution: .anaphor, cues: [cue],
                sentence: sentence)
        }
        return byRoleOrUnmapped(range, cues: [cue], sentence: sentence, drafts: drafts)
    }

    /// One person, not people: "residents" and "medics" are placed like a person but are many.
    private func isOnePerson(_ draft: Draft) -> Bool {
        guard draft.isPerson, let speaker = draft.speaker, let head = document.words.lastWords(1, in: speaker).last else {
            return draft.isPerson
        }
        let text = document.source.lowercasedText(head)
        let pluralLooking = text.hasSuffix("s") && !text.hasSuffix("ss") && !text.hasSuffix("'s") && !text.hasSuffix("’s")
        guard pluralLooking else { return true }
        // "Haddad", "Abbas": a name, unless it is a plural noun capitalised to open its sentence ("Medics said").
        let opensSentence = document.words.lastWords(1, in: draft.sentence.range.lowerBound..<head.lowerBound).isEmpty
        return isNameLike(head) && !FunctionWords.personHeads.contains(WordKey(head, of: document.bytes)) && !opensSentence
    }

    /// The name words starting at `offset` ("Hagit Ofran" in "Hagit Ofran of Peace Now's ..."), at
    /// most four: a roster entry may carry the name of what placed the person, not theirs.
    private func nameText(at offset: Int) -> String {
        let words = document.words.words(in: offset..<min(document.bytes.count, offset + 80))
        let name = words.prefix(4).prefix { isNameLike($0) }
        return name.map { document.source.text($0) }.joined(separator: " ")
    }

    /// A person's grammatical gender, as the article shows it.
    enum Gender {
        case male, female

        init?(pronoun: WordKey) {
            switch pronoun {
            case FunctionWords.he: self = .male
            case FunctionWords.she: self = .female
            default: return nil
            }
        }
    }

    /// A name's surname, lower-cased: "Ms. Power" and "Samantha Power" are one person.
    /// Nil for what is not a person's name ("US officials", "Palestinian leaders and spokespeople").
    private static func genderKey(_ name: String) -> String? {
        let words = name.split(separator: " ")
        guard let last = words.last, words.count <= 4,
            words.allSatisfy({ ($0.first?.isUppercase ?? false) || Self.isNameParticle($0) })
        else { return nil }
        return last.lowercased()
    }

    /// "el-Sissi", "bin", "abu": lower-case parts of a name.
    private static func isNameParticle(_ word: Substring) -> Bool {
        let lower = word.lowercased()
        return ["al-", "el-", "ad-", "as-", "ash-", "abu-"].contains { lower.hasPrefix($0) && lower.count > $0.count }
            || ["al", "el", "bin", "ibn", "abu", "abd", "de", "van", "von", "ben"].contains(lower)
    }

    /// Brings `genders` up to date with the drafts not read yet: the gender each speaker's name
    /// is shown with, by a "he" or "she" already taken to be them, or by a title or head noun in
    /// their words ("Mr.", "Ms.", "spokeswoman"). A name shown with both has none.
    private func readGenders(of drafts: [Draft]) {
        if genders.read > drafts.count { genders.reset() }
        for draft in drafts[genders.read...] {
            guard let speaker = draft.speaker else { continue }
            if draft.resolution == .named || draft.resolution == .anaphor,
                let last = draft.speakerName.split(separator: " ").last,
                !document.source.lowercasedText(speaker).contains(last.lowercased())
            {
                genders.addLabel(draft.speakerName)
            }
            guard draft.nestedIn == nil, draft.isPerson, let shown = shownGender(of: draft, speaker: speaker),
                let key = Self.genderKey(draft.speakerName)
            else { continue }
            genders.add(shown, name: draft.speakerName, key: key)
        }
        genders.markRead(upTo: drafts.count)
    }

    private func shownGender(of draft: Draft, speaker: Range<Int>) -> Gender? {
        var shown: Gender?
        // "Ms. Lopez": the title stands just before the speaker's words, in the speaker's own
        // sentence (a transcript turn's speaker is its label, sentences before the draft's).
        let speakerSentence = document.sentence(containing: speaker.lowerBound)?.range.lowerBound ?? speaker.lowerBound
        let title = document.words.lastWords(1, in: speakerSentence..<speaker.lowerBound)
        for word in title + document.words.words(in: speaker) {
            let key = WordKey(word, of: document.bytes)
            if let pronoun = Gender(pronoun: key), draft.resolution == .pronoun {
                shown = pronoun
            } else if FunctionWords.maleWords.contains(key) {
                shown = .male
            } else if FunctionWords.femaleWords.contains(key) {
                shown = .female
            }
        }
        return shown
    }

    /// The subject of a sentence's main clause before `offset`: the first actor named at the
    /// sentence's start or right after a comma ("Despite a United Nations call ..., Israeli Prime
    /// Minister Benjamin Netanyahu gave no indication ...").
    private func clauseSubject(in sentence: Sentence, before offset: Int) -> ActorMention? {
        mentions.starting(in: sentence.range.lowerBound..<offset).first {
            $0.end <= offset && !isInsideQuotation($0.start) && isClauseInitial($0.start, in: sentence.range)
        }
    }

    /// For a participle with no speaker yet in its sentence: the subject of its main clause, else
    /// the first actor named before it.
    private func subjectDraft(for cue: CueMatch, sentence: Sentence, drafts: [Draft]) -> Draft {
        if let mention = clauseSubject(in: sentence, before: cue.range.lowerBound)
            ?? mentions.starting(in: sentence.range.lowerBound..<cue.range.lowerBound).first(where: {
                $0.end <= cue.range.lowerBound
            })
        {
            return Draft(
                speaker: mention.range, speakerName: mention.actorName, sideID: mention.sideID, resolution: .named, cues: [cue],
                sentence: sentence)
        }
        return Draft(speakerName: "(unresolved)", resolution: .unresolved, cues: [cue], sentence: sentence)
    }

    /// The speaker of a verb that continues its clause (`ClauseVerbCue`): the actor opening the
    /// clause, else a pronoun or name opening the sentence; nil (no attribution) without one.
    private func clauseSubjectDraft(
        for cue: CueMatch, sentence: Sentence, tokens: [Token], before left: Int, drafts: [Draft]
    ) -> Draft? {
        if let mention = clauseSubject(in: sentence, before: tokens[left].range.lowerBound) {
            var draft = Draft(
                speaker: mention.range, speakerName: mention.actorName, sideID: mention.sideID, resolution: .named, cues: [cue],
                sentence: sentence)
            draft.isPerson = mention.kind == .person
            return draft
        }
        guard
            let phrase = ClauseVerbCue.openingSubject(
                in: tokens, before: left, bytes: document.bytes, isNameLike: { isNameLike($0) })
        else { return nil }
        return resolve(phrase, cue: cue, sentence: sentence, drafts: drafts, tokens: tokens)
    }

    // MARK: - Content

    /// What follows the verb to the end of the sentence, after an addressee or time up to
    /// "that" ("told reporters on Tuesday that ...").
    private func paraphrase(after afterCue: Int, tokens: [Token], sentence: Sentence, cue: CueMatch) -> Range<Int>? {
        var start = afterCue
        // "accused Israel of aggression similar to that of ...": "that" after a preposition is a
        // pronoun; "describes the miracle that prevented ...": after a verb that takes no clause
        // it opens a relative clause. Neither starts the content.
        if !Self.objectContentRules.contains(cue.ruleID),
            let that = tokens[afterCue...].prefix(7).firstIndex(where: { $0.word == "that" }),
            !tokens[afterCue..<that].contains(where: { $0.kind != .word }),
            that == afterCue || !Self.prepositionsBeforeThat.contains(tokens[that - 1].word)
        {
            start = that + 1
        }
        guard let first = tokens[start...].firstIndex(where: { $0.kind == .word }),
            let last = tokens[start...].lastIndex(where: { $0.kind == .word })
        else { return nil }
        // "said on Wednesday", "told reporters": a short adjunct, not what was said.
        // "what authorities are treating as terrorism": after a verb of regarding, "as" opens
        // the view itself.
        if start == afterCue, tokens[first...last].lazy.filter({ $0.kind == .word }).prefix(5).count <= 4,
            !(tokens[first].word == "as" && Self.objectContentRules.contains(cue.ruleID)),
            FunctionWords.speakerEnders.contains(tokens[first].word)
                || ["reporters", "journalists", "cnn", "reuters"].contains(tokens[first].word)
        {
            return nil
        }
        return tokens[first].range.lowerBound..<tokens[last].range.upperBound
    }

    /// Whether `content`, the words after a reporting verb, only say when or where it was said:
    /// up to its first comma at most eight words, from a time or setting word ("Monday",
    /// "Wednesday morning on MSNBC", "in a speech last July"). Asked only when a claim stands
    /// before the speaker: "Hamas said Monday Israel had broken the truce" keeps its content.
    private func isAdjunct(_ content: Range<Int>, tokens: [Token]) -> Bool {
        guard let first = tokens.firstIndex(where: { $0.range.lowerBound == content.lowerBound }),
            FunctionWords.adjunctStarts.contains(tokens[first].word)
        else { return false }
        let phrase = tokens[first...].prefix { $0.kind == .word && $0.range.upperBound <= content.upperBound }
        let reachesComma = first + phrase.count < tokens.count && tokens[first + phrase.count].kind == .comma
        let reachesEnd = phrase.last?.range.upperBound == content.upperBound
        return phrase.count <= 8 && (reachesComma || reachesEnd) && !phrase.contains { $0.word == "that" }
    }

    /// Cues whose content is their object ("described the attack as", "views Hamas as"), not a
    /// clause after "that".
    private static let objectContentRules: Set<String> = [
        "verb.described", "verb.praised", "verb.labeled", "verb.regards-as", "verb.called-it",
    ]

    /// Words after which "that" is a pronoun ("similar to that of").
    private static let prepositionsBeforeThat: WordSet = [
        "to", "of", "than", "like", "with", "for", "from", "by", "in", "on", "at", "about", "as",
    ]

    /// A participle or coordinated verb continues the same speaker ("defended its actions,
    /// stating that ..."): the earlier content stops where the new verb starts, so no word is
    /// counted twice.
    private func extend(_ draft: inout Draft, with cue: CueMatch, content: Range<Int>?) {
        draft.paraphrases = cut(draft.paraphrases, at: cue.range.lowerBound)
        draft.cues.append(cue)
        if let content { draft.paraphrases.append(content) }
    }

    /// In `"...," X said on Sunday` the quote is the content; what follows the verb is an
    /// adjunct (time, place, "in a statement"), not more words given to X. A "that" clause is kept.
    private func dropAdjuncts(of draft: inout Draft) {
        guard let verb = draft.cues.first?.range else { return }
        let nextCue = draft.cues.count > 1 ? draft.cues[1].range.lowerBound : Int.max
        draft.paraphrases.removeAll { range in
            guard range.lowerBound >= verb.upperBound && range.lowerBound < nextCue else { return false }
            let between = document.words.words(in: verb.upperBound..<range.lowerBound)
            return !between.contains { document.source.lowercasedText($0) == "that" }
        }
    }

    /// A later speaker's own words are not also the earlier speaker's paraphrase (nested
    /// speakers excepted: their words are the outer speaker's).
    private func cutOverlappingParaphrases(_ drafts: inout [Draft], from first: Int) {
        guard drafts.count - first > 1 else { return }
        for earlier in first..<(drafts.count - 1) where drafts[earlier].nestedIn == nil {
            for later in (earlier + 1)..<drafts.count where drafts[later].nestedIn == nil {
                guard let boundary = drafts[later].speaker?.lowerBound ?? drafts[later].cues.first?.range.lowerBound else {
                    continue
                }
                drafts[earlier].paraphrases = cut(drafts[earlier].paraphrases, at: boundary)
            }
        }
    }

    /// Ranges ending at `boundary` where they contain it, trimmed of trailing punctuation;
    /// pieces left without words are dropped.
    private func cut(_ ranges: [Range<Int>], at boundary: Int) -> [Range<Int>] {
        ranges.compactMap { range in
            guard range.contains(boundary) else { return range }
            var words = document.words.words(in: range.lowerBound..<boundary)
            while let last = words.last, ["and", "but", "or"].contains(document.source.lowercasedText(last)) {
                words.removeLast()
            }
            guard let lastWord = words.last else { return nil }
            return range.lowerBound..<lastWord.upperBound
        }
    }

    /// Quotes with no verb of their own: a continued multi-paragraph quote keeps its speaker;
    /// a paragraph that opens with a quote inherits the previous paragraph's last speaker.
    private func attachFloatingQuotations(_ drafts: inout [Draft], owner: inout [Int?]) {
        // Short quotes are scare quotes or titles, unless they belong to a multi-paragraph quote.
        // (Each step below sets only its own quotation's owner, so filtering first is the same.)
        let floating = document.quotations.filter { quotation in
            owner[quotation.index] == nil && (!quotation.isFragment || quotation.isUnclosed || quotation.continuesPrevious)
        }
        /// The last draft of a paragraph whose sentence starts before `offset`. Drafts are in text
        /// order, so a binary search finds it: a search back through all drafts for every quote
        /// cost the product of their numbers on a long text.
        func lastDraft(inParagraph paragraph: Int, startingBefore offset: Int = .max) -> Int? {
            let end = drafts.partitioningIndex { draft in
                draft.sentence.paragraphIndex > paragraph
                    || (draft.sentence.paragraphIndex == paragraph && draft.sentence.range.lowerBound >= offset)
            }
            return end > 0 && drafts[end - 1].sentence.paragraphIndex == paragraph ? end - 1 : nil
        }
        for quotation in floating {
            var inherited: Int?
            if quotation.continuesPrevious, quotation.index > 0 {
                inherited = owner[quotation.index - 1]
            } else if case let paragraph = document.paragraphs[quotation.paragraphIndex],
                ByteScanning.trimmed(paragraph.range, in: document.bytes).lowerBound == quotation.outerRange.lowerBound
            {
                inherited = lastDraft(inParagraph: quotation.paragraphIndex - 1)
            }
            if inherited == nil {
                inherited = lastDraft(inParagraph: quotation.paragraphIndex, startingBefore: quotation.outerRange.lowerBound)
                // "Sapir believes in a peace process. But some consider him a traitor. “Am I a
                // traitor?”": a view ("consider X Y") utters no words; the quote is the speaker's
                // before it in the paragraph (a few drafts back at most).
                var steps = 0
                while let last = inherited, steps < Self.viewSkipLimit, isViewOnly(drafts[last]), last > 0,
                    drafts[last - 1].sentence.paragraphIndex == quotation.paragraphIndex
                {
                    inherited = last - 1
                    steps += 1
                }
            }
            guard let inherited else { continue }
            owner[quotation.index] = inherited
            drafts[inherited].quotationIndices.append(quotation.index)
        }
    }

    /// A draft whose cues only report a view ("considers", "regards as"), with no words of its own.
    private func isViewOnly(_ draft: Draft) -> Bool {
        draft.quotationIndices.isEmpty && draft.cues.allSatisfy { $0.ruleID == Self.viewRuleID }
    }

    private static let viewRuleID = "verb.regards-as"
    private static let viewSkipLimit = 3

    private func finalize(_ draft: Draft, index: Int) -> Attribution {
        let source = document.source
        let quotations = draft.quotationIndices.sorted().map { document.quotations[$0] }
        var paraphrases: [Range<Int>] = []
        for range in draft.paraphrases {
            guard quotations.contains(where: { $0.outerRange.overlaps(range) }) else {
                paraphrases.append(ByteScanning.trimmed(range, in: document.bytes))
                continue
            }
            // Quoted words inside a paraphrase are counted once, as direct speech.
            var pieces = [range]
            for quotation in quotations {
                pieces = pieces.flatMap { piece -> [Range<Int>] in
                    guard piece.overlaps(quotation.outerRange) else { return [piece] }
                    let quote = quotation.outerRange.clamped(to: piece)
                    return [piece.lowerBound..<quote.lowerBound, quote.upperBound..<piece.upperBound]
                        .filter { document.words.wordCount(in: $0) > 0 }
                }
            }
            paraphrases += pieces.map { ByteScanning.trimmed($0, in: document.bytes) }
        }
        return Attribution(
            index: index,
            speaker: draft.speaker.map(source.span),
            speakerName: draft.speakerName,
            sideID: draft.sideID,
            resolution: draft.resolution,
            cues: draft.cues.map {
                ReportingCue(span: source.span($0.range), ruleID: $0.ruleID, verbClass: $0.verbClass)
            },
            quotations: quotations.map { source.span($0.contentRange) },
            paraphrases: paraphrases.map { TextExcerpt.span($0, in: source) },
            directWords: quotations.reduce(0) { $0 + $1.wordCount },
            paraphraseWords: paraphrases.reduce(0) { $0 + document.words.wordCount(in: $1) },
            paragraphIndex: draft.sentence.paragraphIndex,
            nestedIn: draft.nestedIn)
    }

    private func isInsideQuotation(_ offset: Int) -> Bool {
        document.quotation(containing: offset) != nil
    }
}
