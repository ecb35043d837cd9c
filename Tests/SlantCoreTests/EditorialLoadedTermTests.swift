import Testing

@testable import SlantCore

/// What counts as a loaded term in the outlet's own voice (issue 13, survey of 150 articles
/// outside the gold set, seed 20261213): each case a kind of false finding the survey found,
/// mirrored so that neither party's words decide it.
@Suite struct EditorialLoadedTermTests {
    /// Loaded-language findings in editorial voice, by rule.
    func editorialLoaded(_ text: String) -> [String] {
        TestLexicons.audit(text).findings.filter { $0.voice == .editorial && LoadedLanguageTally.isLoaded($0) }.map(\.ruleID)
    }

    /// "Clashes" next to one side's casualties is shown with the framing of violence, beside
    /// "retaliation": no style guide asks to avoid the word, so it is not a loaded term.
    @Test(arguments: [("Palestinians", "Israeli troops"), ("Israelis", "Palestinian gunmen")])
    func clashesIsFramingNotLoadedLanguage(victims: String, others: String) throws {
        let audit = TestLexicons.audit("Three \(victims) were killed in clashes with \(others) near Jenin on Tuesday.")
        let clashes = try #require(audit.findings.first { $0.ruleID == "loaded.clashes-one-sided" })
        #expect(clashes.category == .causal)
        #expect(clashes.voice == .editorial)
        #expect(audit.measures.loadedLanguage.editorial == 0)
    }

    /// Terrorism as the subject of a hearing or report names a topic, not an act; calling a
    /// party's violence terrorism is still flagged, for either party.
    @Test(arguments: ["Israeli", "Palestinian"])
    func terrorismAsATopicIsNotAJudgement(party: String) {
        #expect(editorialLoaded("The committee was conducting hearings on terrorism after the attacks.").isEmpty)
        #expect(editorialLoaded("The families have long faced \(party) terrorism in the hills.") == ["loaded.terrorism"])
    }

    /// The Holocaust called genocide or barbarism is history's settled verdict, as "murder" of
    /// six million already was; a charge of genocide against either party is still flagged.
    @Test(arguments: ["Israel", "Hamas"])
    func theHolocaustIsNotACharge(party: String) {
        #expect(editorialLoaded("Netanyahu linked the Nazi genocide to the threats of today.").isEmpty)
        #expect(editorialLoaded("The state owes its existence to remorse over Nazi barbarism.").isEmpty)
        #expect(editorialLoaded("The campaign by \(party) amounts to genocide.") == ["loaded.genocide"])
    }

    /// A designation whose holder is named before it in a relative clause ("which the United
    /// States considers a terrorist organization") is the holder's, not the outlet's label.
    @Test(arguments: [("Hamas", "the United States"), ("Lehava", "the Palestinian Authority")])
    func aDesignationInARelativeClauseIsTheHolders(group: String, holder: String) {
        let audit = TestLexicons.audit("The town is run by \(group), which \(holder) considers a terrorist organization.")
        #expect(!audit.findings.contains { $0.ruleID == "label.terror-group" })
        #expect(!audit.measures.labels.asymmetric)
        let outlets = TestLexicons.audit("The town is run by \(group), a terrorist organization.")
        #expect(outlets.findings.contains { $0.ruleID == "label.terror-group" && $0.voice == .editorial })
    }

    /// Survey seed 6174 (loaded-terms 1.5.0): a research body's name and the press's coverage of
    /// terrorism name a topic; either party's violence called terrorism is still flagged.
    @Test(arguments: ["Israeli", "Palestinian"])
    func terrorismInANameOrAsCoverageIsATopic(party: String) {
        #expect(
            editorialLoaded("Erin Miller, a researcher at the Global Terrorism Database, studied the \(party) cases.").isEmpty)
        #expect(editorialLoaded("She has studied press coverage of terrorism and of the \(party) raids since 2007.").isEmpty)
        #expect(editorialLoaded("The villages have long faced \(party) terrorism.") == ["loaded.terrorism"])
    }

    /// "Guilty ... of attempted murder" is the court's charge, for a defendant of either side;
    /// "murdered" in narration is still the outlet's word.
    @Test(arguments: ["A Palestinian man", "An Israeli settler"])
    func aMurderChargeIsTheCourts(defendant: String) {
        #expect(editorialLoaded("\(defendant) was found guilty in a Jerusalem court of attempted murder of two guards.").isEmpty)
        #expect(editorialLoaded("\(defendant) murdered two guards at the gate.") == ["loaded.murder"])
    }

    /// An economy "liberated from sanctions" is freed from rules, not taken from a side; troops
    /// "liberating" a town is still flagged, whichever army it is.
    @Test(arguments: [("Israel", "Israeli"), ("the Palestinian Authority", "Palestinian")])
    func anEconomyLiberatedFromSanctionsTakesNoSide(economy: String, army: String) {
        #expect(editorialLoaded("The plan promised \(economy) a revived economy liberated from sanctions.").isEmpty)
        #expect(editorialLoaded("\(army) fighters liberated the town on Monday.") == ["loaded.liberate"])
    }

    /// Derision ("apoplectic", "soap opera", "charade") is flagged about either side.
    @Test(arguments: ["Israeli", "Palestinian"])
    func derisionIsFlaggedForEitherSide(party: String) {
        #expect(editorialLoaded("\(party) officials were apoplectic after the vote.") == ["loaded.derision"])
        #expect(
            editorialLoaded("The \(party) negotiators called a recess; the talks had become a charade.") == ["loaded.derision"])
    }

    /// "anti-Israel" and "anti-Palestinian" characterise whoever holds the stance, not the party
    /// they name: the holder is the side described.
    @Test(arguments: [("Hamas", "anti-Israel", "palestinian"), ("Netanyahu", "anti-Palestinian", "israel")])
    func anAntiTermDescribesItsHolder(holder: String, term: String, side: String) throws {
        let audit = TestLexicons.audit("\(holder)'s \(term) rhetoric grew louder over the summer.")
        let finding = try #require(audit.findings.first { $0.ruleID == "loaded.anti-israel" })
        #expect(finding.describedSideID == side)
    }
}
