import Testing

@testable import SlantCore

/// Who attacked is read from the casualty's own clause (issue 13, dev errors): an attack named
/// in another clause after an active verb is not its agent, and a source's noun phrase
/// ("Israeli prosecutors say") is not the agent either. Each case is written for both parties.
@Suite struct CasualtyOwnClauseTests {
    struct Party: Sendable, CustomStringConvertible {
        let side: String
        let adjective: String
        let place: String
        let otherAttack: String
        var description: String { side }
    }

    static let parties = [
        Party(side: "israel", adjective: "Israeli", place: "Tel Aviv", otherAttack: "Israeli airstrikes continued to pound Gaza"),
        Party(
            side: "palestinian", adjective: "Palestinian", place: "Khan Younis",
            otherAttack: "Hamas rockets continued to hit Sderot"),
    ]

    func victims(_ text: String) -> [String?] { TestLexicons.audit(text).casualties.map(\.victimSideID) }

    /// "An explosion ... in Tel Aviv injured 10, as Israeli airstrikes continued": the strikes
    /// are another clause's; the explosion's victims are where it happened.
    @Test(arguments: parties)
    func anAttackInAnotherClauseIsNotTheAgentOfAnActiveVerb(party: Party) {
        let text = "An explosion on a bus in \(party.place) injured at least 10 people, as \(party.otherAttack)."
        #expect(victims(text) == [party.side], "\(text)")
    }

    /// "A cell that Israeli prosecutors say kidnapped and murdered the teens": the prosecutors
    /// are the source, so the victims are not "the other party" of the prosecutors' side.
    @Test(arguments: parties)
    func aSourceBeforeTheVerbIsNotItsAgent(party: Party) {
        let text = "He led a three-man cell that \(party.adjective) prosecutors say kidnapped and murdered the teens."
        #expect(victims(text).allSatisfy { $0 == party.side }, "\(text)")
    }

    /// "was murdered in the street by a knife-wielding Palestinian": the agent's "by" after a
    /// phrase of place; mirrored.
    @Test(arguments: parties)
    func aPassivesAgentAfterAPhraseOfPlaceIsRead(party: Party) {
        let other = Self.parties.first { $0.side != party.side }!
        let text = "A tourist was murdered in the street by a knife-wielding \(other.adjective) on Monday."
        let casualty = TestLexicons.audit(text).casualties.first
        #expect(casualty?.agency == .passiveWithAgent, "\(text)")
        #expect(casualty?.agentSideID == other.side, "\(text)")
        #expect(casualty?.victimSideID != other.side, "\(text)")
    }
}
