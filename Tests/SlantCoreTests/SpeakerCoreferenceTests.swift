import Testing

@testable import SlantCore

/// Later mentions of a speaker the article placed once (issue 13, ninth session, from a survey of
/// non-gold corpus articles): a surname after "X of Y", a role then a comma then the name, a name
/// placed by the sentence's opening phrase of place, unqualified military speakers, relatives of
/// the people a story is about. Every rule about a party runs once for each party.
@Suite struct SpeakerCoreferenceTests {
    typealias Party = SpeakerSideTests.Party
    static let parties = SpeakerSideTests.parties
    static let names = SpeakerSideTests.names

    func sides(_ text: String) -> [String?] { TestLexicons.audit(text).attributions.map(\.sideID) }

    /// A force of each party that the side pack names.
    static func force(_ party: Party) -> String {
        party.side == SpeakerSideTests.israeli.side ? "The Israeli army" : "The Qassam Brigades"
    }

    @Test(arguments: parties)
    func aSurnameIsTheNameBeforeOfNotTheGroupAfterIt(party: Party) {
        for (first, last) in Self.names {
            let text = """
                \(party.adjective) negotiator \(first) \(last) of Zenith blamed the other side for the delay. \
                "We are ready," \(last) said.
                """
            let attributions = TestLexicons.audit(text).attributions
            #expect(attributions.map(\.sideID) == [party.side, party.side], "\(text)")
            #expect(attributions.last?.speakerName == "\(first) \(last)", "\(text)")
        }
    }

    @Test(arguments: parties)
    func aNameAfterARoleAndACommaTakesTheRolesSide(party: Party) {
        for (first, last) in Self.names {
            let text = """
                The \(party.adjective) spokesman, Lt. Col. \(first) \(last), said 32 tunnels were destroyed. \
                \(last) said the operation would go on.
                """
            #expect(sides(text) == [party.side, party.side], "\(text)")
        }
    }

    @Test func officialsFollowedByACommaAndANameDoNotMakeItOneOfThem() {
        let text = "Israeli officials, Mahmoud Haddad and the envoys met on Monday. Haddad said the talks were over."
        #expect(sides(text) == [nil])
    }

    @Test(arguments: parties)
    func aNameAfterAnOpeningPhraseOfPlaceIsPlacedThereAndKeepsIt(party: Party) {
        for (first, last) in Self.names {
            let text = "From northern \(party.place), \(first) \(last) said he could hear the bombs. \(last) said it was unsafe."
            #expect(sides(text) == [party.side, party.side], "\(text)")
        }
    }

    @Test func aNameAfterAnOpeningPhraseWithNoPlaceOfThePackIsNotPlaced() {
        let text = "From a seaside restaurant, Omar Haddad said the rocket fell into the sea. Haddad said it was loud."
        #expect(sides(text) == [nil, nil])
        // A place later in the sentence is what was said, not where the speaker is.
        let said = "On Monday, Avi Levin said strikes hit Khan Younis and Sderot."
        #expect(sides(said) == [nil])
    }

    @Test(arguments: parties)
    func aSurnameTakesTheSideItsFullNameWasPlacedBy(party: Party) {
        for (first, last) in Self.names {
            let text = """
                In \(party.place), \(first) \(last), 53, said 25 people crowded into one room. Sirens sounded again. \
                The power went out. Shops closed early. Schools closed too. Ms. \(last) said the children were afraid.
                """
            #expect(sides(text) == [party.side, party.side], "\(text)")
        }
    }

    @Test func aSurnamePlacedOnBothSidesStaysUnplaced() {
        let text = """
            From Sderot, Avi Haddad said the sirens went on all night. From Khan Younis, Omar Haddad said the bombs \
            never stopped. Then Haddad said it was over.
            """
        #expect(sides(text) == ["israel", "palestinian", nil])
    }

    @Test(arguments: parties)
    func aNewNameRightAfterARoleIsThatRole(party: Party) {
        for (first, last) in Self.names {
            let text = """
                The \(party.adjective) police chief said that contacts had continued. \
                "We only stopped meeting in the field," \(first) \(last) said at the time.
                """
            #expect(sides(text) == [party.side, party.side], "\(text)")
            // A name the article used before is somebody it already introduced, not the role.
            let known = """
                \(first) \(last) arrived on Monday. The \(party.adjective) police chief said that contacts had continued. \
                "We only stopped meeting in the field," \(first) \(last) said.
                """
            #expect(sides(known) == [party.side, nil], "\(known)")
        }
    }

    @Test(arguments: parties)
    func militaryOfficialsAreTheForceLastNamed(party: Party) {
        let text = "\(Self.force(party)) said it hit 40 targets. Military officials said the rocket landed in a field."
        #expect(sides(text) == [party.side, party.side], "\(text)")
    }

    @Test func militaryOfficialsWithNoForceNamedNearbyAreNotPlaced() {
        #expect(sides("Military officials said the rocket landed in a field.") == [nil])
        let far = """
            The Israeli army said it hit 40 targets. The talks went on. Envoys met. Hotels filled. Roads closed. \
            Shops shut. Military officials said the rocket landed in a field.
            """
        #expect(sides(far) == ["israel", nil])
    }

    @Test(arguments: parties)
    func aVictimsRelativeIsPlacedWhereTheStoryHappens(party: Party) {
        let text = "A man was killed in \(party.place) on Monday. His brother said he was a fisherman."
        #expect(sides(text) == [party.side], "\(text)")
    }
}

/// Appositions that place a person where they live or work, however long (ninth session).
@Suite struct SpeakerPlaceAppositionTests {
    typealias Party = SpeakerSideTests.Party
    static let parties = SpeakerSideTests.parties

    func sides(_ text: String) -> [String?] { TestLexicons.audit(text).attributions.map(\.sideID) }

    @Test(arguments: parties)
    func aPersonWhoWorksInAPlaceIsPlacedThere(party: Party) {
        for (first, last) in SpeakerSideTests.names {
            let text = """
                \(first) \(last), who owns a salon in the even harder-hit town of \(party.place), said she wanted quiet. \
                "Enough," Ms. \(last) said.
                """
            #expect(sides(text) == [party.side, party.side], "\(text)")
            let long = """
                "Finally," said \(first) \(last), a father of seven who was buying hot loaves at a bakery in \
                \(party.place). "It is over," \(last) said.
                """
            #expect(sides(long).last == party.side, "\(long)")
        }
    }

    @Test(arguments: parties)
    func aLongAppositionIsTheSideItNamesFirst(party: Party) {
        let other = SpeakerSideTests.other(party)
        let text = """
            Dana Kerem, the \(party.adjective) activist who works on freedom of movement for \(other.adjective)s at a small \
            advocacy group, met the envoys on Monday. "It hurts everyone," Kerem said.
            """
        #expect(sides(text) == [party.side], "\(text)")
    }

    @Test func theReadersFamilyIsNotPlaced() {
        let text = "Your family will meet in Sderot and Ashkelon this week. Your aunt says the talks will fail."
        #expect(sides(text) == [nil])
    }

    /// A leader's name is read however the outlet spells it: with or without the apostrophe
    /// (Gideon Sa'ar, Gideon Saar) and with or without the first name (Saeb Erekat, Erekat).
    @Test func leadersAreReadInEverySpelling() {
        let spellings = [
            ("Gideon Sa'ar", "israel"), ("Gideon Sa’ar", "israel"), ("Gideon Saar", "israel"),
            ("Saeb Erekat", "palestinian"), ("Erekat", "palestinian"),
            // The Gaza health ministry's spokesman in the spellings outlets use.
            ("Ashraf al-Qudra", "palestinian"), ("Ashraf al-Qidra", "palestinian"), ("Ashraf al-Kidra", "palestinian"),
        ]
        for (name, side) in spellings {
            #expect(sides("Talks on Gaza resumed on Monday. \(name) said the talks had failed.") == [side], "\(name)")
        }
    }

    /// A party speaks for its side as a faction does, for both parties alike (Likud for Israel,
    /// the Palestinian Legislative Council for the Palestinians).
    @Test func partiesSpeakForTheirSide() {
        let parties = [
            ("Likud", "israel"), ("Yesh Atid", "israel"), ("The Joint List", "israel"),
            ("The Palestinian Legislative Council", "palestinian"), ("The Palestinian National Initiative", "palestinian"),
        ]
        for (party, side) in parties {
            #expect(sides("Voting ended on Tuesday. \(party) said the count was not over.") == [side], "\(party)")
        }
    }
}
