import Testing

@testable import SlantCore

/// Attributions slant missed, whose words then counted as the outlet's own loaded terms (issue
/// 13, survey of 120 articles outside the gold set, seed 5150): each construction mirrored so
/// that neither party's words decide it.
@Suite struct MissedAttributionTests {
    /// Loaded-language findings in editorial voice, by matched text.
    func editorialLoaded(_ text: String) -> [String] {
        TestLexicons.audit(text).findings.filter { $0.voice == .editorial && LoadedLanguageTally.isLoaded($0) }
            .map(\.span.text)
    }

    func attributedLoaded(_ text: String) -> [String] {
        TestLexicons.audit(text).findings.filter { $0.voice == .attributed && LoadedLanguageTally.isLoaded($0) }
            .map(\.span.text)
    }

    /// A label with a title's period ("SEN. LINDSEY GRAHAM:") ends a sentence inside the label;
    /// resolving its speaker read past that sentence and crashed `compare` on a Democracy Now
    /// transcript of the US-politics sample. Mirrored.
    @Test(arguments: ["AMB. DANNY DANON", "AMB. RIYAD MANSOUR"])
    func aLabelWithATitlesPeriodKeepsItsSpeaker(label: String) {
        let text = """
            Interview at the UN

            AMY GOODMAN: We turn now to the ambassador.

            \(label): The council must act now, and it must act together.

            AMY GOODMAN: That was the ambassador.
            """
        let turns = TestLexicons.audit(text).attributions.filter { $0.cues.first?.ruleID == TranscriptTurns.ruleID }
        #expect(turns.map(\.speaker?.text) == ["AMY GOODMAN", label, "AMY GOODMAN"])
    }

    /// A broadcast transcript: each labelled turn, and the paragraphs after it up to the next
    /// label, are the labelled speaker's words.
    @Test(arguments: [
        ("PRIME MINISTER BENJAMIN NETANYAHU", "Hamas terrorists"), ("HAMAS LEADER ISMAIL HANIYEH", "the Zionist regime"),
    ])
    func aTranscriptLabelGivesItsSpeakerTheTurn(label: String, term: String) {
        let text = """
            Interview on the war

            The program aired on Monday.

            AMY GOODMAN: We turn now to the speech he gave on Sunday.

            \(label): We will not stop until \(term) are gone.

            And the brutal attacks must end now.

            AMY GOODMAN: That was the speech.
            """
        let audit = TestLexicons.audit(text)
        let turns = audit.attributions.filter { $0.cues.first?.ruleID == TranscriptTurns.ruleID }
        #expect(turns.map(\.speaker?.text) == ["AMY GOODMAN", label, "AMY GOODMAN"])
        #expect(
            turns[1].paraphrases.map(\.text) == [
                "We will not stop until \(term) are gone.", "And the brutal attacks must end now.",
            ])
        #expect(editorialLoaded(text).isEmpty)
    }

    /// One labelled paragraph, a fact box ("TARGET:", "ATTACKER:") or a newsletter's headings in
    /// capitals are no transcript.
    @Test(arguments: ["Israeli", "Palestinian"])
    func labelsThatAreNoSpeakersMakeNoTurns(party: String) {
        let box = """
            Attacks this year

            TARGET: Two \(party) police officers wounded in a brutal knife attack

            ATTACKER: A man from the north of the city

            TARGET: One \(party) civilian killed in a shooting
            """
        let newsletter = """
            First thing

            POWER TRIP: \(party.uppercased()) CLOUT ON TRIAL

            The court will rule on the brutal case this week.

            HELL TO PAY: THE SEQUEL

            The talks resumed.
            """
        let single = "Notes\n\nEDITOR'S NOTE: This brutal story was updated.\n\nThe \(party) delegation left."
        for text in [box, newsletter, single] {
            let audit = TestLexicons.audit(text)
            #expect(!audit.attributions.contains { $0.cues.first?.ruleID == TranscriptTurns.ruleID }, "\(text)")
        }
    }

    /// A scare quote far before the verb is not the verb's content: the words after the verb
    /// stay the speaker's.
    @Test(arguments: [("Israeli army", "terror attack"), ("Palestinian ministry", "massacre")])
    func aScareQuoteFarBeforeTheVerbKeepsItsContent(speaker: String, term: String) {
        let text = """
            After first saying it was a “spontaneous” clash sparked by anger over a video, the \(speaker) \
            later acknowledged the assault was a planned \(term).
            """
        #expect(attributedLoaded(text) == [term])
        #expect(editorialLoaded(text).isEmpty)
    }

    /// "that" after a preposition is a pronoun, not the start of the content.
    @Test(arguments: [("Erdogan", "Israel"), ("Netanyahu", "Hamas")])
    func thatAfterAPrepositionIsNoComplementiser(speaker: String, accused: String) {
        let text = "\(speaker), who is running again, has accused \(accused) of aggression similar to that of a dictator."
        #expect(attributedLoaded(text) == ["aggression"])
    }

    /// `"...," X said on Friday, as he accused Y of ...`: the clause after ", as he" has its own content.
    @Test(arguments: [("Rubio", "Abbas"), ("Cruz", "Netanyahu")])
    func aClauseAfterCommaAsHeIsItsOwnAttribution(speaker: String, accused: String) {
        let text = """
            "We are at war with them," \(speaker) said on Fox News on Friday, as he accused \(accused) of \
            treating the attack as a crime rather than as a terrorist outrage.
            """
        let found = TestLexicons.audit(text).attributions
        #expect(found.last?.cues.map(\.span.text) == ["accused"])
        #expect(editorialLoaded(text).isEmpty)
    }

    /// "describes the heroism that ...": after a verb whose content is its object, "that" opens a
    /// relative clause, and the whole object is the speaker's.
    @Test(arguments: ["Israeli", "Palestinian"])
    func aDescribingVerbKeepsItsWholeObject(party: String) {
        let text = "\(party) Medic Describes the Heroism that Saved the Children\n\nThe hospital reopened on Monday."
        #expect(editorialLoaded(text).isEmpty)
        #expect(attributedLoaded(text) == ["Heroism"])
    }

    /// "what authorities are treating as terrorism": "as" opens the view, not an adjunct.
    @Test(arguments: ["Israeli", "Palestinian"])
    func treatingAsTerrorismIsTheHoldersView(party: String) {
        let text = "A stabbing in the old city, which \(party) police are treating as terrorism, closed the market."
        #expect(editorialLoaded(text).isEmpty)
    }
}
