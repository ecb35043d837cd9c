import Testing

@testable import SlantCore

/// Agency classes and victims' side for casualty clauses (measures.md formula 6; Jackson 2023).
@Suite struct CasualtyTests {
    func casualties(_ text: String) -> [CasualtyMention] { TestLexicons.audit(text).casualties }

    @Test func activeWithAgent() throws {
        let mention = try #require(casualties("An Israeli strike kills 10 Palestinians in Gaza.").first)
        #expect(mention.agency == .active)
        #expect(mention.agentSideID == "israel")
        #expect(mention.victimSideID == "palestinian")
    }

    @Test func activeWithAtLeastIsNotAReducedPassive() throws {
        let mention = try #require(casualties("Hamas killed at least 1,200 people in Israel on October 7.").first)
        #expect(mention.agency == .active)
        #expect(mention.agentSideID == "palestinian")
        #expect(mention.victimSideID == "israel")
    }

    @Test func agentlessPassive() throws {
        let mention = try #require(casualties("Ten Palestinians were killed overnight.").first)
        #expect(mention.agency == .agentlessPassive)
        #expect(mention.victimSideID == "palestinian")
    }

    /// "were left injured": "left" after "be" is a passive auxiliary (dev-half gold error).
    @Test(arguments: [
        ("Hundreds of Palestinians were left injured after the strike.", "palestinian"),
        ("Dozens of Israelis were left wounded after the rocket attack.", "israel"),
    ])
    func leftAfterBeIsAnAgentlessPassive(sentence: String, side: String) throws {
        let mention = try #require(casualties(sentence).first)
        #expect(mention.agency == .agentlessPassive)
        #expect(mention.victimSideID == side)
    }

    /// "the wounded in the bus explosion": a participle after "the" with no noun after it is the
    /// noun itself (guidelines: nominal; two dev-half gold errors). "The wounded soldiers" is not.
    @Test(arguments: [
        "Medics treated the injured at the Shifa hospital in Gaza.", "Medics treated the wounded in the bus explosion in Sderot.",
    ])
    func participleAfterTheIsANoun(sentence: String) throws {
        let mention = try #require(casualties(sentence).first)
        #expect(mention.agency == .nominal)
    }

    @Test func participleBeforeItsNounIsNotANoun() throws {
        let mention = try #require(casualties("The wounded soldiers were flown to Soroka.").first)
        #expect(mention.agency == .reducedPassive)
    }

    @Test func passiveWithByAgent() throws {
        let mention = try #require(casualties("Three Israelis were killed by Hamas gunmen near Sderot.").first)
        #expect(mention.agency == .passiveWithAgent)
        #expect(mention.agentSideID == "palestinian")
        #expect(mention.victimSideID == "israel")
    }

    @Test func reducedPassiveInAHeadline() throws {
        let mention = try #require(casualties("Five people killed in Jabalia strike").first)
        #expect(mention.agency == .reducedPassive)
        #expect(mention.victimSideID == "palestinian")
    }

    @Test func intransitiveDeath() throws {
        let mention = try #require(casualties("Two Israeli hostages died in captivity.").first)
        #expect(mention.agency == .intransitive)
        #expect(mention.victimSideID == "israel")
    }

    @Test func nominalisation() throws {
        let mention = try #require(casualties("The Palestinian death toll rose to 5,000.").first)
        #expect(mention.agency == .nominal)
        #expect(mention.victimSideID == "palestinian")
    }

    /// Language Log's counter-example: "Bus blows up" is intransitive, not a passive.
    @Test func busBlowsUpIsNotAPassive() {
        let found = casualties("A bus blew up in Tel Aviv, and 10 people died.")
        #expect(found.map(\.agency) == [.intransitive])
        #expect(!found.contains { $0.agency == .agentlessPassive })
    }

    @Test func caveatsAndEmotiveTermsAttachToTheirSentence() throws {
        let audit = TestLexicons.audit(
            "More than 5,000 Palestinians have been killed, according to the Hamas-run health ministry. Hamas gunmen massacred families in Be'eri."
        )
        let palestinian = try #require(audit.measures.casualtyFraming.first { $0.sideID == "palestinian" })
        #expect(palestinian.caveats == 1)
        #expect(palestinian.emotiveTerms == 0)
        let israel = try #require(audit.measures.casualtyFraming.first { $0.sideID == "israel" })
        #expect(israel.emotiveTerms == 1)
        #expect(israel.caveats == 0)
    }

    @Test func individuationCountsAgesAndOccupations() throws {
        let audit = TestLexicons.audit("A 7-year-old girl and two paramedics were killed in Khan Younis.")
        let palestinian = try #require(audit.measures.casualtyFraming.first { $0.sideID == "palestinian" })
        #expect(palestinian.individuated == 1)
        #expect(audit.casualties.first?.individuation.map(\.text) == ["7-year-old", "paramedics"])
    }

    @Test func agentlessRateFollowsItsFormula() throws {
        let audit = TestLexicons.audit("Israeli strikes killed 20 Palestinians. Ten Palestinians died. Palestinian deaths rose.")
        let palestinian = try #require(audit.measures.casualtyFraming.first { $0.sideID == "palestinian" })
        #expect(palestinian.mentions == 3)
        #expect(palestinian.agentlessRate == 2.0 / 3.0)
    }
}

@Suite struct CasualtyContextTests {
    @Test func aSentenceNamingNobodyTakesTheVictimsOfTheSentenceBefore() throws {
        let audit = TestLexicons.audit(
            "Israeli strikes killed 20 Palestinians in Khan Younis. The explosion also wounded dozens.")
        let wounded = try #require(audit.casualties.last)
        #expect(wounded.victimSideID == "palestinian")
        #expect(wounded.victimEvidence?.hasPrefix("victims of the casualty report at 1:") == true)
    }

    @Test func contextDoesNotReachFarBack() {
        let audit = TestLexicons.audit(
            "Israeli strikes killed 20 Palestinians. The talks resumed. Markets opened. Aid arrived. The blast wounded dozens.")
        #expect(audit.casualties.last?.victimSideID == nil)
    }
}
