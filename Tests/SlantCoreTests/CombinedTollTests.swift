import Testing

@testable import SlantCore

/// Combined tolls are booked to `both`, not to whichever party is named first, and a bare
/// participle is a reduced passive of its own (issue 13). Every case is written both ways round.
@Suite struct CombinedTollTests {
    func casualties(_ text: String) -> [CasualtyMention] { TestLexicons.audit(text).casualties }

    static let orders = [("Palestinians", "Israelis"), ("Israelis", "Palestinians")]

    @Test(arguments: orders)
    func theObjectOfAnActiveVerbNamesBothParties(first: String, second: String) {
        let found = casualties("The fighting killed 166 \(first) in the south and six \(second).")
        #expect(found.map(\.victimSideID) == [bothSidesID])
        #expect(found.first?.victimEvidence?.contains("both parties") == true)
    }

    @Test(arguments: orders)
    func theOfPhraseOfANounNamesBothParties(first: String, second: String) {
        #expect(
            casualties("The war resulted in the deaths of 1,400 \(first) and 13 \(second).").map(\.victimSideID) == [bothSidesID])
    }

    @Test(arguments: orders)
    func theSubjectOfAPassiveNamesBothParties(first: String, second: String) {
        #expect(casualties("Six \(first) and 30 \(second) were killed on Monday.").map(\.victimSideID) == [bothSidesID])
    }

    /// An attacker named beside the victims is not a second party of victims.
    @Test func anAttackerBesideTheVictimsIsNotASecondParty() {
        let strikes = casualties("The raids killed 30 Palestinians in two Israeli airstrikes.")
        #expect(strikes.map(\.victimSideID) == ["palestinian"])
        let rockets = casualties("The barrage killed three Israelis in two Hamas rocket attacks.")
        #expect(rockets.map(\.victimSideID) == ["israel"])
    }

    @Test func bothPartiesAreCountedApartInTheMeasures() {
        let audit = TestLexicons.audit("The fighting killed 166 Palestinians and six Israelis.")
        let framing = Dictionary(uniqueKeysWithValues: audit.measures.casualtyFraming.map { ($0.sideID, $0.mentions) })
        #expect(framing[bothSidesID] == 1)
        #expect(framing["israel"] == 0)
        #expect(framing["palestinian"] == 0)
    }

    @Test(arguments: ["Palestinians", "Israelis"])
    func aBareParticipleIsAReducedPassive(people: String) {
        #expect(casualties("313 \(people) killed in the border area.").map(\.agency) == [.reducedPassive])
        #expect(casualties("313 \(people) were killed in the border area.").map(\.agency) == [.agentlessPassive])
        #expect(CasualtyAgency.reducedPassive.hidesAgent)
    }
}
