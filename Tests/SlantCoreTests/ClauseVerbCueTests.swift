import Testing

@testable import SlantCore

/// A reporting verb that continues its clause's subject (`ClauseVerbCue`): coordinated with an
/// earlier verb, or a participle after a preposition. Each construction is tested for both
/// parties, sides swapped, and against the nouns and passives it must leave alone.
@Suite struct ClauseVerbCueTests {
    func attributions(_ text: String) -> [Attribution] { TestLexicons.audit(text).attributions }

    @Test(arguments: [
        ("The Israeli military struck the site and said it had stored rockets.", "israel"),
        ("Hamas fired rockets at Ashkelon and said it was answering the raid.", "palestinian"),
    ])
    func coordinatedVerbSpeaksForTheClauseSubject(text: String, side: String) {
        let found = attributions(text)
        #expect(found.map(\.sideID) == [side])
        #expect(found.first?.cues.map(\.span.text) == ["said"])
        #expect(found.first?.paraphraseWords ?? 0 >= 4)
    }

    @Test(arguments: [
        ("Netanyahu came under fire for warning that Hamas would strike again.", "israel"),
        ("Haniyeh came under fire for warning that Israel would strike again.", "palestinian"),
    ])
    func participleAfterAPrepositionSpeaksForTheSubject(text: String, side: String) {
        let found = attributions(text)
        #expect(found.map(\.sideID) == [side])
        #expect(found.first?.cues.map(\.span.text) == ["warning"])
    }

    @Test(arguments: [
        ("The Israeli army, in saying the strike hit militants, offered no evidence.", "israel"),
        ("The Hamas-run ministry, in saying the strike hit a school, offered no evidence.", "palestinian"),
    ])
    func aDescribedSubjectBeforeAnAsideIsTheSpeaker(text: String, side: String) {
        let found = attributions(text)
        #expect(found.first?.cues.map(\.span.text) == ["saying"])
        #expect(found.first?.sideID == side)
    }

    @Test func aNameOpeningTheSentenceIsTheSpeaker() {
        let found = attributions(
            "Mohammed Musleh, a member of the delegation, arrived and said a solution could be found.")
        #expect(found.first?.speaker?.text == "Mohammed Musleh")
        #expect(found.first?.paraphrases.map(\.text) == ["a solution could be found"])
    }

    @Test func aConjunctionOpeningTheSentenceIsNotTheSpeaker() {
        let found = attributions("But he shook his head and said no when reporters asked.")
        #expect(found.first?.speaker?.text == "he")
        #expect(found.first?.cues.map(\.span.text) == ["said"])
    }

    @Test func aNounAfterAndIsNoVerb() {
        #expect(attributions("The strikes went on amid threats and claims that the truce was over.").isEmpty)
    }

    @Test func aVerbCoordinatedWithAPassiveHasNoSpeaker() {
        let found = attributions("Cable had been diagnosed with cancer and told he had three months to live.")
        #expect(!found.contains { $0.cues.contains { $0.span.text == "told" } })
    }
}
