import Testing

@testable import SlantCore

/// Every known failure case of quote extractors listed in the project's research notes on quote extractors (attribution.md).
@Suite struct AttributionFailureCaseTests {
    func attributions(_ text: String) -> [Attribution] { TestLexicons.audit(text).attributions }

    @Test func asideBetweenSpeakerAndVerb() {
        let found = attributions("Sir Vince Cable, who replaced Tim Farron as leader in July, said the party would fight on.")
        #expect(found.map { $0.speaker?.text } == ["Sir Vince Cable"])
        #expect(found.first?.paraphrases.map(\.text) == ["the party would fight on"])
    }

    @Test func pronounAcrossSentences() {
        let found = attributions("A Hamas spokesman said the talks had stalled. He said the group was ready to return.")
        #expect(found.map(\.sideID) == ["palestinian", "palestinian"])
        #expect(found.last?.resolution == .pronoun)
    }

    @Test func addresseeOfToldIsNotTheSpeaker() {
        let found = attributions("The Israeli military told residents of Gaza City that they must leave.")
        #expect(found.map(\.sideID) == ["israel"])
        #expect(found.first?.paraphrases.map(\.text) == ["they must leave"])
    }

    @Test func firstPersonInsideTheQuoteIsNotTheSpeaker() {
        let found = attributions("Hamas said the truce was over. “We will not stop,” he said.")
        #expect(found.map(\.sideID) == ["palestinian", "palestinian"])
        #expect(found.last?.directWords == 4)
    }

    /// `''...''` quotations (the New York Times archive, PolNeAR's NYT articles) are quotations,
    /// not the paraphrase after the verb; mirrored.
    @Test(arguments: [("Israeli", "israel"), ("Palestinian", "palestinian")])
    func doubledApostropheQuotation(nationality: String, side: String) {
        let found = attributions(
            "''We will rebuild every home,'' the \(nationality) mayor said, a hint of anger in his voice. "
                + "''Every school will open again by the autumn, and every clinic too.''")
        #expect(found.count == 1)
        #expect(found.first?.sideID == side)
        #expect(
            found.first?.quotations.map(\.text) == [
                "We will rebuild every home,", "Every school will open again by the autumn, and every clinic too.",
            ])
        #expect(found.first?.paraphrases.isEmpty == true)
    }

    /// "The talks have failed, X said Monday on CNN": when the claim comes first, the words after
    /// the verb say when and where; mirrored.
    @Test(arguments: [("Israeli", "Palestinian", "israel"), ("Palestinian", "Israeli", "palestinian")])
    func claimBeforeTheSpeakerAndTimeAfterTheVerb(speaker: String, other: String, side: String) {
        let found = attributions(
            "The \(other) side will not accept the deal, the \(speaker) official said Wednesday morning on Radio Tel Aviv.")
        #expect(found.map(\.sideID) == [side])
        #expect(found.first?.paraphrases.map(\.text) == ["The \(other) side will not accept the deal"])
        // Without a claim before the speaker, what follows the verb is the content.
        let after = attributions("The \(speaker) official said Wednesday the \(other) side had broken the truce.")
        #expect(after.first?.paraphrases.map(\.text) == ["Wednesday the \(other) side had broken the truce"])
    }

    @Test func unclosedMarkAndMultiParagraphQuote() {
        let text =
            "“We will rebuild every home,” the Israeli mayor of Sderot said. “Every school.\n\n“Every clinic and every road.”\n\nThe end."
        let found = attributions(text)
        #expect(found.count == 1)
        #expect(found.first?.sideID == "israel")
        #expect(found.first?.quotations.count == 3)
        #expect(found.first?.directWords == 5 + 2 + 5)
    }

    @Test func dashAttribution() {
        let found = attributions("“The siege must end now.” — UN Secretary-General António Guterres")
        #expect(found.count == 1)
        #expect(found.first?.sideID.map { id in TestLexicons.defaults.sides.first { $0.id == id }?.isThirdParty } == true)
        #expect(found.first?.directWords == 5)
    }

    @Test func colonIntroducedParagraph() {
        let found = attributions("From the Israeli military:\n\n“Our forces struck 150 targets overnight.”")
        #expect(found.map(\.sideID) == ["israel"])
        #expect(found.first?.directWords == 6)
    }

    @Test func titlesAndScareQuotesAreNotQuotes() {
        let audit = TestLexicons.audit("The so-called “peace plan” was discussed on “Meet the Press” on Sunday.")
        #expect(audit.attributions.isEmpty)
        #expect(audit.limits.unattributedQuotations == 0)
    }

    /// Quootstrap gave Mullen's words to McCain: a pattern must not cross a sentence boundary.
    @Test func patternDoesNotCrossASentenceBoundary() {
        let found = attributions("“We are ready,” Netanyahu said. “The talks must go on,” said a Hamas official.")
        #expect(found.map(\.sideID) == ["israel", "palestinian"])
        #expect(found.map(\.directWords) == [3, 5])
    }

    @Test func nestedAttributionBelongsToTheOuterSpeaker() {
        let found = attributions("Hamas said Israel claimed the hospital was a command centre.")
        let outer = found.first { $0.nestedIn == nil }
        #expect(outer?.sideID == "palestinian")
        #expect(outer?.paraphraseWords == 8)
        #expect(found.contains { $0.nestedIn == outer?.index && $0.sideID == "israel" && $0.words == 0 })
        let voices = TestLexicons.audit("Hamas said Israel claimed the hospital was a command centre.").measures.voices
        #expect(voices.first { $0.sideID == "israel" }?.words == 0)
    }

    @Test func datelineIsNotTheSpeaker() {
        let found = attributions("GAZA CITY (Reuters) - The Israeli military said on Monday it had struck 40 targets.")
        #expect(found.map(\.sideID) == ["israel"])
        #expect(found.first?.speaker?.text == "The Israeli military")
    }

    @Test func sourcelessAttributionHasNoSide() {
        let found = attributions("Israel struck the camp overnight. It is believed that dozens were inside.")
        #expect(found.allSatisfy { $0.sideID == nil })
    }

    @Test func contentSplitAroundTheCue() {
        let found = attributions("“We will not stop,” the Israeli defence minister said, “until every hostage is home.”")
        #expect(found.count == 1)
        #expect(found.first?.sideID == "israel")
        #expect(found.first?.directWords == 4 + 5)
    }
}
