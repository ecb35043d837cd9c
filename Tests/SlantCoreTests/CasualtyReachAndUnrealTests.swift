import Testing

@testable import SlantCore

/// Survey seed 9091 (ids in /work/briefs/casualty-surveyed.txt): a casualty verb coordinated
/// with a verb of a raid shares its subject, a passive's "by" may come after a longer phrase of
/// time, and deaths only supposed, in general or of animals are not counted. Every case is
/// written both ways round.
@Suite struct CasualtyReachAndUnrealTests {
    struct Story: Sendable, CustomTestStringConvertible {
        let attackerSide: String
        let attacker: String
        let force: String
        let captives: String
        let victims: String
        var testDescription: String { attackerSide }
    }

    static let stories = [
        Story(
            attackerSide: "israel", attacker: "Israel", force: "Israeli forces", captives: "two Hamas members",
            victims: "Palestinians"),
        Story(
            attackerSide: "palestinian", attacker: "Hamas", force: "Hamas gunmen", captives: "two Israeli soldiers",
            victims: "Israelis"),
    ]

    func casualties(_ text: String) -> [CasualtyMention] { TestLexicons.audit(text).casualties }

    /// "Israeli forces captured two Hamas members and killed five others": the killer is the
    /// subject of "captured", not the captives named in its object.
    @Test(arguments: stories)
    func aVerbOfARaidSharesItsSubjectWithTheKilling(story: Story) throws {
        let killed = try #require(casualties("\(story.force) captured \(story.captives) and killed five others.").first)
        #expect(killed.agency == .active)
        #expect(killed.agentSideID == story.attackerSide)
    }

    /// "had been killed over two days of heavy attacks by Israel": the agent's "by" comes seven
    /// words after the verb.
    @Test(arguments: stories)
    func anAgentAfterALongPhraseOfTimeIsFound(story: Story) throws {
        let killed = try #require(
            casualties("At least 40 \(story.victims) had been killed over two days of heavy attacks by \(story.attacker).")
                .first)
        #expect(killed.agency == .passiveWithAgent)
        #expect(killed.agentSideID == story.attackerSide)
    }

    /// A supposed harm, killing in general and an animal hurt count no one, whichever side is named.
    @Test(arguments: stories)
    func supposedGeneralOrAnimalHarmIsNotCounted(story: Story) {
        #expect(casualties("\(story.attacker) said there could have been \(story.victims) who were wounded by shrapnel.").isEmpty)
        #expect(casualties("Killing \(story.victims) is wrong, \(story.attacker) said.").isEmpty)
        #expect(casualties("Workers remove a donkey injured at a school, \(story.attacker) said.").isEmpty)
        #expect(casualties("\(story.attacker) had no interest in having its people fight and die there.").isEmpty)
    }

    /// "the libel that Israel murdered him": a killing the writer calls a falsehood is not
    /// reported as one, whichever side it is said of; the same killing stated is counted.
    @Test(arguments: stories)
    func aKillingCalledALieIsNotCounted(story: Story) {
        #expect(casualties("They spread the libel that \(story.attacker) murdered him.").isEmpty)
        #expect(casualties("They repeated the lie that \(story.force) killed the boy.").isEmpty)
        #expect(casualties("They reported that \(story.attacker) murdered him.").count == 1)
    }

    /// The same sentences with the harm real still count it.
    @Test(arguments: stories)
    func realHarmInTheSameWordsIsCounted(story: Story) {
        #expect(casualties("\(story.attacker) said there were \(story.victims) who were wounded by shrapnel.").count == 1)
        #expect(casualties("\(story.force) killing \(story.victims) is what the report describes.").count == 1)
        #expect(casualties("Workers carry a child injured at a school, \(story.attacker) said.").count == 1)
    }
}
