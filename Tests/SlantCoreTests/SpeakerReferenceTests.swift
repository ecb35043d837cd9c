import Testing

@testable import SlantCore

/// Who a speaker's words refer to (issue 13, eighth session): documents that speak for their
/// issuer, "the officials" taking up the officials who just spoke, experts at institutions the
/// pack does not know, what a person is a critic "of", participles after a closing quotation mark.
/// Every rule about a party runs once for each party (SpeakerSideTests.parties).
@Suite struct SpeakerReferenceTests {
    typealias Party = SpeakerSideTests.Party
    static let parties = SpeakerSideTests.parties

    func sides(_ text: String) -> [String?] { TestLexicons.audit(text).attributions.map(\.sideID) }

    /// A university of each party's side of the pack.
    static func university(_ party: Party) -> String {
        party.side == SpeakerSideTests.israeli.side ? "Tel Aviv University" : "Birzeit University"
    }

    @Test(arguments: parties)
    func aCriticOfASideDoesNotSpeakForIt(party: Party) {
        let text = "Jimmy Hall, a longtime critic of \(party.adjective) policies, said the plan would fail."
        #expect(sides(text) == [nil], "\(text)")
        let member = "Sami Dror, a member of the \(party.adjective) delegation, said the plan would fail."
        #expect(sides(member) == [party.side], "\(member)")
    }

    @Test(arguments: parties)
    func aParticipleAfterAClosingQuotationMarkKeepsTheSpeaker(party: Party) {
        let text = "\(party.adjective) officials said the talks were “dead,” blaming the other side for the delay."
        let attributions = TestLexicons.audit(text).attributions
        #expect(attributions.map(\.sideID) == [party.side], "\(text)")
        #expect(attributions.first?.cues.count == 2, "\(text)")
    }

    @Test(arguments: parties)
    func aDocumentSpeaksForWhoeverIssuedIt(party: Party) {
        let text = """
            The \(party.adjective) government issued a long letter on Monday after the raid. \
            The letter said the raids must end at once.
            """
        #expect(sides(text).last == party.side, "\(text)")
    }

    @Test func aDocumentWithNoIssuerNamedIsNotPlaced() {
        let text = "Late on Monday, the statement said the raids must end at once."
        #expect(sides(text) == [nil])
    }

    @Test(arguments: parties)
    func theOfficialsTakeUpTheOfficialsWhoJustSpoke(party: Party) {
        let other = SpeakerSideTests.other(party)
        let text = """
            \(other.adjective) officials met on Monday. Military officials said 40 sites had been hit. \
            The officials also said 300 rockets had been fired.
            """
        // Not the other side's officials named two sentences before: the unplaced ones who spoke.
        #expect(sides(text) == [nil, nil], "\(text)")
        let placed = "\(party.adjective) officials said 40 sites had been hit. The officials also said 300 rockets were fired."
        #expect(sides(placed) == [party.side, party.side], "\(placed)")
    }

    @Test func anExpertAtAnInstitutionThePackDoesNotKnowIsAThirdParty() {
        let text = """
            “It will not last,” said Kori Schake, a research fellow at the Hoover Institution. \
            Schake said the talks were over.
            """
        #expect(sides(text) == ["third-party", "third-party"])
        let professor = """
            Nathan J. Brown, a professor of political science at George Washington University, said both sides \
            were wrong.
            """
        #expect(sides(professor) == ["third-party"])
    }

    @Test(arguments: parties)
    func anExpertAtAPartysInstitutionSpeaksForItsSide(party: Party) {
        let text = "Dana Kerem, a professor at \(Self.university(party)), said the talks were over."
        #expect(sides(text) == [party.side], "\(text)")
    }

    @Test func anExpertWithNoInstitutionIsNotPlaced() {
        let text = "Dana Kerem, a veteran negotiator, said the talks were over."
        #expect(sides(text) == [nil])
    }

    @Test(arguments: parties)
    func aMayorIsPlacedByThePlaceBeforeHimInHisSentence(party: Party) {
        let text = "In \(party.place), a town near the border, everyone fears the sirens, its mayor said."
        #expect(sides(text) == [party.side], "\(text)")
    }

    @Test(arguments: parties)
    func whatCriticsCalledIsTheCriticsWords(party: Party) {
        let text = "Denunciations of \(party.possessive) raids spread quickly, for what critics called aggression."
        #expect(sides(text) == [nil], "\(text)")
    }

    @Test func foreignTitlesAndABracketedPartyTagPlaceAThirdParty() {
        #expect(sides("Belgian Prime Minister Charles Michel said the violence was unacceptable.") == ["third-party"])
        #expect(sides("Sen. Ben Cardin (D-Md.) called on both sides to stop the fighting.") == ["third-party"])
        #expect(sides("House Speaker John Boehner said the visit would go ahead.") == ["third-party"])
    }

    @Test(arguments: parties)
    func aPartyNamedInsideAQuotationIsTheSourceOfWhatItFears(party: Party) {
        let text = """
            "\(party.adjective)s fear that the talks will fail," said Dana Kerem, a professor at George Washington \
            University.
            """
        let audit = TestLexicons.audit(text)
        #expect(audit.attributions.map(\.sideID) == ["third-party", party.side], "\(text)")
        #expect(audit.attributions.last?.nestedIn == 0, "\(text)")
        // The quoted words stay the professor's: the party gets no words of its own.
        #expect(audit.measures.voices.first { $0.sideID == party.side }.map(\.words) ?? 0 == 0, "\(text)")
    }

    @Test func aPronounInsideAQuotationIsNotMadeASource() {
        let text = "\"They fear that the talks will fail,\" said Dana Kerem, a professor at George Washington University."
        #expect(sides(text) == ["third-party"])
    }

    @Test(arguments: parties)
    func anAdverbBeforeTheVerbIsSkippedLikeAnAuxiliary(party: Party) {
        let text = "The \(party.adjective) delegation, which officially calls for a truce, met on Monday."
        #expect(sides(text) == [party.side], "\(text)")
        let family = "The family said the house was hit."
        #expect(TestLexicons.audit(family).attributions.first?.speaker?.text == "The family")
    }

    @Test(arguments: parties)
    func aNameAfterTheVerbWithAPossessiveAppositionIsPlaced(party: Party) {
        for (first, last) in SpeakerSideTests.names {
            let text = """
                Any deal needs three willing governments, said \(first) \(last), \(party.possessive) ambassador to the \
                United States. "Not now," \(last) said.
                """
            #expect(sides(text) == [party.side, party.side], "\(text)")
        }
    }

    /// Arabic names often end in a lower-case particle; read as a capital, so that such speakers
    /// are placed as often as others (the asymmetry the issue measures).
    @Test(arguments: parties)
    func aNameEndingInAParticleIsPlacedLikeAnyOther(party: Party) {
        for (first, last) in [("Avi", "Levin"), ("Nasser", "al-Shaer"), ("Hazem", "abu-Hassan")] {
            let text = """
                \(first) \(last), a former \(party.adjective) minister, said the talks were over. "Not now," said \(first) \
                \(last). "Never," \(last) said.
                """
            #expect(sides(text) == [party.side, party.side, party.side], "\(text)")
        }
    }

    @Test(arguments: parties)
    func aRelativePronounInsideReportedWordsSpeaksForThePhraseBeforeIt(party: Party) {
        let text = """
            \(party.otherLeader) said he would never talk to a cabinet that includes the \(party.adjective) delegation, \
            which officially calls for a boycott.
            """
        #expect(sides(text).last == party.side, "\(text)")
    }

    @Test(arguments: parties)
    func aHeadlineColonAttributesItsWordsToTheNameBeforeIt(party: Party) {
        let leader = SpeakerSideTests.other(party).otherLeader
        let text = "\(leader): The other side is violating the truce\n\nThe talks in Cairo resumed on Monday."
        let attributions = TestLexicons.audit(text).attributions
        #expect(attributions.map(\.sideID) == [party.side], "\(text)")
        #expect(attributions.first?.cues.first?.ruleID == AttributionFinder.headlineColonRuleID)
        #expect(attributions.first?.paraphrases.first?.text == "The other side is violating the truce")
        let label = "Analysis: \(leader) is weaker than he looks\n\nThe talks in Cairo resumed on Monday."
        #expect(TestLexicons.audit(label).attributions.isEmpty, "\(label)")
    }

    @Test(arguments: [
        ("israel", "Israel Defense Forces (@IDFSpokesperson)"), ("palestinian", "Palestinian Red Crescent (@PalestineRCS)"),
    ])
    func anEmbeddedTweetIsTheAccountsWords(side: String, account: String) {
        let text = """
            Clashes at the fence

            The crossing was closed on Monday.

            Our teams are working under fire near the fence pic.twitter.com/abc123 — \(account) May 14, 2018
            """
        let attributions = TestLexicons.audit(text).attributions
        #expect(attributions.map(\.sideID) == [side])
        #expect(attributions.first?.cues.first?.ruleID == AttributionFinder.embeddedTweetRuleID)
        #expect(
            attributions.first?.paraphrases.first?.text
                == "Our teams are working under fire near the fence pic.twitter.com/abc123")
        // Not a date after the handle: not an embedded tweet.
        let plain = "The crossing was closed.\n\nFollow us — \(account) for updates."
        #expect(TestLexicons.audit(plain).attributions.isEmpty)
    }

    @Test(arguments: parties)
    func aParticipleAfterACommaBelongsToTheMainClausesSubject(party: Party) {
        let leader = SpeakerSideTests.other(party).otherLeader
        let text = """
            Earlier Monday, \(leader) blasted a United Nations statement calling for a truce, telling reporters that it \
            ignored the rockets.
            """
        #expect(sides(text).last == party.side, "\(text)")
        let fronted = """
            Despite a United Nations call for a truce, \(leader) gave no sign of a halt, saying the campaign would go on.
            """
        #expect(sides(fronted) == [party.side], "\(fronted)")
    }

    @Test(arguments: parties)
    func aPronounEndingThePhraseIsTheSpeaker(party: Party) {
        let other = SpeakerSideTests.other(party)
        let text = """
            The \(party.adjective) government delayed the release. It angered the families of \(other.adjective) \
            prisoners it had pledged to free.
            """
        #expect(sides(text).last ?? nil != other.side, "\(text)")
    }
}
