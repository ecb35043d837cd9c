import Testing

@testable import SlantCore

/// Evidence past the casualty word's own phrase (issue 13; survey of 120 non-gold articles,
/// seed 20261209): a number's comma inside a subject, the place right after the word, a place
/// given as a reference point, coordinated verbs sharing one subject, a pronoun subject whose
/// antecedent is in the sentence before, and the target of fire. Every case is written both
/// ways round.
@Suite struct CasualtyBeyondThePhraseTests {
    struct Story: Sendable, CustomTestStringConvertible {
        let victimsSide: String
        let victims: String
        let force: String
        let attackerPlace: String
        let victimsPlace: String
        let referencePlace: String
        let town: String
        var testDescription: String { victimsSide }
    }

    static let stories = [
        Story(
            victimsSide: "israel", victims: "Israeli", force: "Hamas gunmen", attackerPlace: "Gaza", victimsPlace: "Israel",
            referencePlace: "Gaza", town: "Sderot"),
        Story(
            victimsSide: "palestinian", victims: "Palestinian", force: "Israeli soldiers", attackerPlace: "Israel",
            victimsPlace: "Gaza", referencePlace: "Tel Aviv", town: "Qalqilya"),
    ]

    func casualties(_ text: String) -> [CasualtyMention] { TestLexicons.audit(text).casualties }

    /// "More than 60 Israelis and 1,800 Palestinians have died": "1,800" no longer cuts the
    /// subject at its comma, so both parties are in it.
    @Test(arguments: CombinedTollTests.orders)
    func aNumbersCommaStaysInsideTheSubject(first: String, second: String) {
        let died = casualties("More than 60 \(first) and 1,800 \(second) have died in this summer's clashes.")
        #expect(died.map(\.victimSideID) == [bothSidesID])
    }

    /// "at least five have died in Israel" after the other party's airstrikes were named: the
    /// place said with the casualty word outweighs the attacker's opponent.
    @Test(arguments: stories)
    func thePlaceRightAfterTheWordSaysWhereTheVictimsWere(story: Story) throws {
        let attacker = story.victimsSide == "israel" ? "Israel began airstrikes on Gaza" : "Hamas began firing rockets at Israel"
        let place = story.victimsSide == "israel" ? "in Israel" : "in the Gaza Strip"
        let died = try #require(casualties("In the week since \(attacker), at least five have died \(place).").last)
        #expect(died.victimSideID == story.victimsSide)
        #expect(died.victimEvidence?.hasPrefix("place after the casualty word") == true)
    }

    /// "killed 15 miles north of Gaza, in an apartment building in Sderot": the place named as a
    /// reference point is not where the victims were, though it is nearer the word.
    @Test(arguments: stories)
    func aPlaceGivenAsAReferencePointIsNotWhereTheVictimsWere(story: Story) throws {
        let killed = try #require(
            casualties(
                "Three civilians were killed about 15 miles north of \(story.referencePlace), in an apartment building in \(story.town)."
            ).first)
        #expect(killed.victimSideID == story.victimsSide)
        #expect(killed.victimEvidence == "place: \(story.town)")
    }

    /// "rocket fire killed four Israeli civilians and wounded 219 other people": the second
    /// verb's subject is the first verb's, not the first verb's object.
    @Test(arguments: stories)
    func aCoordinatedVerbSharesTheFirstVerbsSubjectNotItsObject(story: Story) throws {
        let found = casualties(
            "During the conflict, heavy fire killed four \(story.victims) civilians and wounded 219 other people, most of them civilians."
        )
        #expect(found.count == 2)
        let wounded = try #require(found.last)
        #expect(wounded.agentSideID == nil)
        #expect(wounded.victimSideID == story.victimsSide)
    }

    /// "Israel has managed to kill more than 1,000 civilians and wounded thousands": the agent
    /// of the first verb is the second verb's too.
    @Test(arguments: stories)
    func aCoordinatedVerbTakesTheFirstVerbsAgent(story: Story) throws {
        let agent = story.victimsSide == "israel" ? "Hamas" : "Israel"
        let found = casualties("\(agent) has managed to kill more than 1,000 civilians and wounded thousands.")
        #expect(found.count == 2)
        let wounded = try #require(found.last)
        #expect(wounded.agentSideID == (story.victimsSide == "israel" ? "palestinian" : "israel"))
        #expect(wounded.victimSideID == story.victimsSide)
    }

    /// "Israeli soldiers were firing on protesters. As of Tuesday, they had killed at least 60":
    /// the pronoun's antecedent is the subject of the sentence before.
    @Test(arguments: stories)
    func aPronounAgentTakesTheSubjectOfTheSentenceBefore(story: Story) throws {
        let killed = try #require(
            casualties(
                "But as the ceremony got underway on Monday, \(story.force) were firing on crowds near the fence. As of Tuesday morning, they had killed at least 60 people."
            ).first)
        #expect(killed.agency == .active)
        #expect(killed.agentSideID == (story.victimsSide == "israel" ? "palestinian" : "israel"))
        #expect(killed.victimSideID == story.victimsSide)
    }

    /// A pronoun with an antecedent in its own sentence keeps it.
    @Test(arguments: stories)
    func aPronounWithAnAntecedentInItsSentenceKeepsIt(story: Story) throws {
        let agent = story.victimsSide == "israel" ? "Hamas" : "Israel"
        let killed = try #require(
            casualties("\(story.victims) fighters crossed the line. \(agent) said it had killed 20 \(story.victims) fighters.")
                .first)
        #expect(killed.victimSideID == story.victimsSide)
        #expect(killed.agentSideID == (story.victimsSide == "israel" ? "palestinian" : "israel"))
    }

    /// "60 people were killed as Israeli soldiers opened fire at Palestinian protesters": the
    /// party fired at is the victims, not the actor nearest the word.
    @Test(arguments: stories)
    func thePartyFiredAtIsTheVictims(story: Story) throws {
        let killed = try #require(
            casualties("Last Monday, 60 people were killed as \(story.force) opened fire at \(story.victims) protesters.").first)
        #expect(killed.victimSideID == story.victimsSide)
        #expect(killed.victimEvidence == "target of the attack")
    }
}
