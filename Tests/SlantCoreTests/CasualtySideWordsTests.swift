import Testing

@testable import SlantCore

/// Victims named by the words around a casualty rather than by its grammar (issue 13; survey of
/// non-gold articles, seed 20261208): "on the Israeli side", "on both sides", the source that
/// reports the figure, a perfect that is active. Every case is written both ways round.
@Suite struct CasualtySideWordsTests {
    func casualties(_ text: String) -> [CasualtyMention] { TestLexicons.audit(text).casualties }

    static let sides = [("Israeli", "israel"), ("Palestinian", "palestinian")]

    @Test(arguments: sides)
    func theSideNamedAfterTheCasualtyHoldsItsVictims(adjective: String, side: String) {
        #expect(casualties("It was the first military casualty on the \(adjective) side.").map(\.victimSideID) == [side])
        #expect(casualties("The war has also left 67 dead on the \(adjective) side.").map(\.victimSideID) == [side])
    }

    @Test func bothSidesNamedTogetherAreBoth() {
        let found = casualties("Innocent people, including children, have been killed or injured on both sides.")
        #expect(found.map(\.victimSideID) == [bothSidesID, bothSidesID])
        #expect(casualties("Civilians died on either side of the line.").map(\.victimSideID) == [bothSidesID])
    }

    static let orders = [("Palestinians", "Israelis"), ("Israelis", "Palestinians")]

    /// "killed 1,030 Palestinians, 43 Israeli soldiers and ...": a list of tolls goes on after a comma.
    @Test(arguments: orders)
    func aListOfTollsAfterACommaIsOneObject(first: String, second: String) {
        #expect(
            casualties("The conflict has killed 1,030 \(first), 43 \(second) and three foreign workers.").map(\.victimSideID)
                == [bothSidesID])
        #expect(
            casualties("The fighting killed 166 \(first), including scores of civilians, and six \(second).").map(
                \.victimSideID) == [bothSidesID])
    }

    /// "Israeli troops have killed over two dozen Palestinians": "have" makes it active, so the
    /// troops are the agent, not the victims.
    @Test(arguments: [("Israeli troops", "Palestinians", "palestinian"), ("Hamas gunmen", "Israelis", "israel")])
    func aPerfectIsActive(agent: String, victims: String, side: String) throws {
        let killed = try #require(casualties("\(agent) have killed over two dozen \(victims) near the fence.").first)
        #expect(killed.agency == .active)
        #expect(killed.victimSideID == side)
    }

    /// "Israel reported three people were killed, and Palestinians reported 19 deaths": each
    /// figure belongs to the source just before it.
    @Test(arguments: [("Israel", "Palestinians"), ("Palestinians", "Israel")])
    func eachFigureBelongsToTheSourceBeforeIt(first: String, second: String) {
        let sides = casualties("\(first) reported three people were killed, and \(second) reported 19 deaths.")
            .map(\.victimSideID)
        let side = { (name: String) in name == "Israel" ? "israel" : "palestinian" }
        #expect(sides == [side(first), side(second)])
    }

    /// "a soldier Hamas claimed to be holding" is a claim, not the source of the figure.
    @Test(arguments: [("An Israeli military spokesman", "Hamas", "israel"), ("A Hamas spokesman", "Israel", "palestinian")])
    func aClaimWithAnInfinitiveIsNotTheSource(source: String, claimant: String, side: String) {
        let text =
            "\(source) said Friday that Oron, a fighter \(claimant) claimed to be holding, was in fact killed in battle."
        #expect(casualties(text).map(\.victimSideID) == [side])
    }

    /// "condemned the killing": a determiner makes "killing" the noun.
    @Test func killingAfterADeterminerIsANoun() {
        #expect(casualties("A lawmaker condemned the killing.").map(\.agency) == [.nominal])
        #expect(casualties("Six men were arrested in that killing.").map(\.agency) == [.nominal])
    }
}

/// Actors near a casualty word that are not its victims (issue 13; survey of non-gold articles).
@Suite struct CasualtyNotVictimsTests {
    func casualties(_ text: String) -> [CasualtyMention] { TestLexicons.audit(text).casualties }

    /// "the injury of hundreds by Israeli live fire": the actor after "by" is the attacker.
    @Test(arguments: [("Israeli", "palestinian"), ("Hamas", "israel")])
    func theAttackerAfterByIsNotTheOwnerOfTheNoun(attacker: String, side: String) {
        #expect(casualties("They condemned the injury of hundreds by \(attacker) fire.").map(\.victimSideID) == [side])
    }

    /// "the Israelis counter with a figure": a source of a rival figure, not the dead.
    @Test(arguments: [
        ("Israeli strikes killed 1,900 Palestinians.", "Israelis", "palestinian"),
        ("Hamas rockets killed 60 Israelis.", "Palestinians", "israel"),
    ])
    func aSourceThatCountersIsNotTheDead(report: String, source: String, side: String) {
        let text = "\(report) Rights groups say 80% of the dead were civilians, while the \(source) counter with a lower figure."
        #expect(casualties(text).map(\.victimSideID) == [side, side])
    }
}
