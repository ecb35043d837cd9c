import Testing

@testable import SlantCore

/// The article around a casualty sentence, as a reader uses it (issue 13; survey of non-gold
/// articles, seed 20261208): the victims just reported outweigh an actor who merely stands near
/// the casualty word, and a headline's own casualty report frames the article. Every case is
/// written both ways round.
@Suite struct CasualtyArticleContextTests {
    struct Story: Sendable, CustomTestStringConvertible {
        let victims: String
        let victimsSide: String
        let otherGroup: String
        let place: String
        var testDescription: String { victimsSide }
    }

    static let stories = [
        Story(victims: "Israelis", victimsSide: "israel", otherGroup: "Hamas-affiliated channels", place: "synagogue"),
        Story(victims: "Palestinians", victimsSide: "palestinian", otherGroup: "Israeli extremist channels", place: "mosque"),
    ]

    /// "Hamas-affiliated social media hailed the killings" after a report of Israeli dead: the
    /// group near "killings" is not their victims.
    @Test(arguments: stories)
    func theVictimsJustReportedOutweighTheNearestActor(story: Story) throws {
        let audit = TestLexicons.audit(
            "A gunman killed four \(story.victims) at a \(story.place) on Tuesday. \(story.otherGroup) hailed the killings.")
        let killings = try #require(audit.casualties.last)
        #expect(killings.victimSideID == story.victimsSide)
        #expect(killings.victimEvidence?.hasPrefix("victims of the casualty report") == true)
    }

    /// With no report before it, the nearest actor is still the best guess there is.
    @Test(arguments: stories)
    func theNearestActorStandsInWhenNothingCameBefore(story: Story) throws {
        let audit = TestLexicons.audit("\(story.otherGroup) hailed the killings.")
        let killings = try #require(audit.casualties.last)
        #expect(killings.victimSideID != nil)
        #expect(killings.victimEvidence?.hasPrefix("nearest actor") == true)
    }

    /// A named person near the word, linked to it by nothing ("Bill Clinton watches ... James
    /// Brady, who was wounded"; survey seed 9091), is a bystander, not a sign of whose dead.
    @Test(arguments: ["Yoav Gallant", "Yahya Sinwar"])
    func aNamedPersonNearbyIsNotTheVictimsSide(person: String) throws {
        let audit = TestLexicons.audit("\(person) visited a wall that honors the dead.")
        let dead = try #require(audit.casualties.last)
        #expect(dead.victimSideID == nil)
    }

    /// "Four rabbis killed" as a subheading, far below "Israel: 4 dead after ... attack".
    @Test(arguments: stories)
    func theHeadlinesOwnCasualtyReportFramesTheArticle(story: Story) throws {
        let audit = TestLexicons.audit(
            """
            Four \(story.victims) dead after attack on \(story.place)

            The attack came at dawn. Worshippers had gathered early. Police sealed the street.

            The four killed were all teachers.
            """)
        let killed = try #require(audit.casualties.last)
        #expect(killed.victimSideID == story.victimsSide)
        #expect(killed.victimEvidence == "victims of the headline's casualty report")
    }
}
