import Testing

@testable import SlantCore

/// Templates from the quote-extraction literature (the research notes on quote extractors, attribution.md), one
/// test each, on the default lexicons.
@Suite struct AttributionTests {
    func attributions(_ text: String) -> [Attribution] { TestLexicons.audit(text).attributions }

    @Test func quoteThenSpeakerThenVerb() {
        let found = attributions("“We will not accept any deal,” the Israeli military said.")
        #expect(found.count == 1)
        #expect(found.first?.sideID == "israel")
        #expect(found.first?.directWords == 6)
        #expect(found.first?.paraphraseWords == 0)
    }

    @Test func quoteThenVerbThenSpeaker() {
        let found = attributions("\"The bombing must stop now,\" said a Hamas spokesman.")
        #expect(found.map(\.sideID) == ["palestinian"])
        #expect(found.first?.speaker?.text == "a Hamas spokesman")
        #expect(found.first?.directWords == 5)
    }

    @Test func speakerVerbColonQuote() {
        let found = attributions("Hamas said: “We reject the proposal entirely.”")
        #expect(found.map(\.sideID) == ["palestinian"])
        #expect(found.first?.directWords == 5)
    }

    @Test func addresseeAndTimeAreNotTheContent() {
        let found = attributions("Netanyahu told reporters on Tuesday that the operation would continue.")
        #expect(found.map(\.sideID) == ["israel"])
        #expect(found.first?.paraphrases.map(\.text) == ["the operation would continue"])
    }

    @Test func accordingToAfterTheClaim() {
        let found = attributions("Ten people were killed in the strike, according to the Gaza health ministry.")
        #expect(found.map(\.sideID) == ["palestinian"])
        #expect(found.first?.paraphrases.map(\.text) == ["Ten people were killed in the strike"])
    }

    @Test func asideBetweenSpeakerAndVerbIsSkipped() {
        let found = attributions("Hamas, which has governed the strip since 2007, said the talks had failed.")
        #expect(found.map(\.sideID) == ["palestinian"])
        #expect(found.first?.speaker?.text == "Hamas")
    }

    @Test func pronounGoesToThePreviousSpeaker() {
        let found = attributions(
            "The Israeli military said its jets struck 40 sites overnight. It said the sites stored weapons.")
        #expect(found.map(\.sideID) == ["israel", "israel"])
        #expect(found.last?.resolution == .pronoun)
    }

    @Test func participleTakesTheSubjectOfTheClause() {
        let found = attributions("Israel launched new strikes on Friday, saying militants had fired rockets overnight.")
        #expect(found.map(\.sideID) == ["israel"])
        #expect(found.first?.paraphrases.map(\.text) == ["militants had fired rockets overnight"])
    }

    @Test func nounUsesOfVerbsAreNotSpeech() {
        #expect(attributions("The strikes continued despite calls for a ceasefire from aid groups.").isEmpty)
    }

    @Test func floatingQuoteInheritsThePreviousSpeaker() {
        let found = attributions("Hamas said the talks were over.\n\n“We have nothing more to discuss with them.”\n\nThe end.")
        #expect(found.count == 1)
        #expect(found.first?.directWords == 8)
    }

    @Test func thirdPartiesAreTheirOwnSide() {
        let found = attributions("Egypt urged both sides to show restraint.")
        #expect(
            found.first.flatMap(\.sideID).map { id in TestLexicons.defaults.sides.first { $0.id == id }?.isThirdParty } == true)
    }

    @Test func theGroupRefersToTheLastNamedGroup() {
        let found = attributions("Israel struck targets linked to Hamas. The group said it would respond.")
        #expect(found.last?.sideID == "palestinian")
        #expect(found.last?.resolution == .anaphor)
    }

    @Test func quotedWordsAreNotCountedTwice() {
        let found = attributions("The minister said that “the war will go on for months” and nothing more.")
        #expect(found.first?.directWords == 7)
        #expect(found.first?.paraphraseWords == 3)
    }
}

/// Templates found missing by the evaluation on the GGT quotes (EVALUATION.md).
@Suite struct AttributionEvaluationFixTests {
    func attributions(_ text: String) -> [Attribution] { TestLexicons.audit(text).attributions }

    @Test func claimBeforeTheSpeakerAndVerb() {
        let found = attributions("Being in a public position as a young person can be hard, Lonechild said.")
        #expect(found.first?.paraphrases.map(\.text) == ["Being in a public position as a young person can be hard"])
    }

    @Test func pronounTakesTheLastNamedSpeakerOutsideTheSidePack() {
        let found = attributions("Lonechild said the work was hard. “It takes time,” she said.")
        #expect(found.last?.speakerName == "Lonechild")
        #expect(found.last?.resolution == .pronoun)
    }

    @Test func titleAbbreviationStaysInTheName() {
        let found = attributions("“The drugs are dangerous,” says Dr. Matthew Bowes.")
        #expect(found.first?.speaker?.text == "Dr. Matthew Bowes")
    }

    @Test func nameInAppositionIsTheSpeaker() {
        let found = attributions("His father, Ernie LeBlanc, says the family is grateful.")
        #expect(found.first?.speaker?.text == "Ernie LeBlanc")
    }

    @Test func timeAfterTheVerbIsNotContent() {
        let found = attributions("The plan will cost $4 billion, the government said on Wednesday.")
        #expect(found.first?.paraphrases.map(\.text) == ["The plan will cost $4 billion"])
    }
}
