import Testing

@testable import SlantCore

/// Negated, hypothetical, avoided and intended deaths are not casualty mentions (issue 13);
/// each sentence is tried with either party's people.
@Suite struct UnrealDeathTests {
    func count(_ text: String) -> Int { TestLexicons.audit(text).casualties.count }

    static let people = ["Palestinians", "Israelis"]

    @Test(arguments: people)
    func negatedDeathsAreNotCounted(people: String) {
        #expect(count("The rocket caused no damage or injuries among \(people).") == 0)
        #expect(count("Five \(people) were not killed in the blast.") == 0)
    }

    @Test(arguments: people)
    func hypotheticalAndFutureDeathsAreNotCounted(people: String) {
        #expect(count("An invasion could send casualties among \(people) soaring.") == 0)
        #expect(count("It was unclear if any \(people) were killed.") == 0)
        #expect(count("Officials warned that \(people) will be killed.") == 0)
    }

    @Test(arguments: people)
    func avoidedAndIntendedDeathsAreNotCounted(people: String) {
        #expect(count("The army said it tries to avoid civilian casualties among \(people).") == 0)
        #expect(count("\"They want to kill \(people),\" he said.") == 0)
    }

    /// The same words elsewhere in the sentence leave a real death counted.
    @Test(arguments: people)
    func aNegationOutsideTheClauseLeavesTheDeathCounted(people: String) {
        #expect(count("Three \(people) were killed on Monday, and no one has claimed the attack.") == 1)
        #expect(count("Officials could not say how many \(people), but at least three were killed.") == 1)
        #expect(count("Three \(people) may have been killed in the strike.") == 1)
    }

    /// A subject that counts nobody: "No Israelis were reported killed", "No one from the
    /// agency was injured" (survey of non-gold articles, issue 13).
    @Test(arguments: people)
    func aSubjectOpeningWithNoCountsNobody(people: String) {
        #expect(count("No \(people) were reported killed in the attacks on Friday.") == 0)
        #expect(count("No \(people) so far have been injured.") == 0)
        #expect(count("No one from the \(people)' delegation was injured, officials said.") == 0)
    }

    /// "No" opening another verb's subject leaves the death counted.
    @Test(arguments: people)
    func noBeforeAnotherVerbLeavesTheDeathCounted(people: String) {
        #expect(count("No group claimed the attack that killed five \(people).") == 1)
    }

    /// "might get wounded or killed", "to kidnap or kill them": the second verb shares the
    /// first one's modal or infinitive.
    @Test(arguments: people)
    func aCoordinatedVerbSharesTheUnrealFirstVerb(people: String) {
        #expect(count("The \(people) knew they might get wounded or killed at the march.") == 0)
        #expect(count("They fear that gunmen will kidnap them and kill them, the \(people) said.") == 0)
        #expect(count("The gunmen came only to terrorize and kill \(people).") == 0)
    }

    /// A first verb of another form does not lend the second its infinitive.
    @Test(arguments: people)
    func aCoordinatedVerbOfAnotherFormStaysReal(people: String) {
        #expect(count("Troops tried to disperse the crowd and killed five \(people).") == 1)
    }

    /// "missiles ... potentially killing civilians" is a danger, not a death (survey of non-gold
    /// articles, seed 20261209).
    @Test(arguments: people)
    func aPotentialDeathIsNotCounted(people: String) {
        #expect(count("Rockets keep landing on homes, potentially killing \(people).") == 0)
    }

    /// "managed to kill", a headline's "Troops Said to Kill Palestinian": the infinitive
    /// reports a death that happened.
    @Test(arguments: people)
    func anInfinitiveAfterAVerbOfAchievingOrReportingIsCounted(people: String) {
        #expect(count("The gunmen managed to kill three \(people) before they fled.") == 1)
        #expect(count("Soldiers Said to Kill Three \(people) at Checkpoint") == 1)
        #expect(count("The gunmen wanted to kill three \(people).") == 0)
    }

    /// "isn't killing", "can't kill", "didn’t die": a negative contraction is one word, with a
    /// straight or a curly apostrophe (survey seed 20261207; a dev-half gold error).
    @Test(arguments: people)
    func aNegativeContractionNegatesTheDeath(people: String) {
        #expect(count("The minister said the army isn't killing \(people) in the camps.") == 0)
        #expect(count("\"We can't kill \(people) to end this,\" he said.") == 0)
        #expect(count("Officials said the \(people) didn’t die in the fire.") == 0)
        #expect(count("The army didn't say how many \(people) were killed.") == 1)
    }

    /// "under imminent threat of death or serious injury", "the risk of being killed", "a
    /// chance of dying": a danger of death, not a death (survey seed 20261207; two dev-half
    /// gold errors).
    @Test(arguments: people)
    func aDangerOfDeathIsNotCounted(people: String) {
        #expect(count("The \(people) were under imminent threat of death or serious injury.") == 0)
        #expect(count("The \(people) accept the risk of being killed on the road.") == 0)
        #expect(count("\(people) have more of a chance of dying in a car than in an attack.") == 0)
        #expect(count("The threat grew after five \(people) were killed.") == 1)
    }

    /// "to prevent criminals from murdering them", "hell-bent on killing us": a death kept
    /// from happening or wanted (survey seed 20261207).
    @Test(arguments: people)
    func aPreventedOrIntendedKillingIsNotCounted(people: String) {
        #expect(count("The \(people) want guns to prevent criminals and tyrants from murdering them.") == 0)
        #expect(count("The gunmen were hell-bent on killing \(people).") == 0)
        #expect(count("Troops arrived from the north, killing three \(people).") == 1)
    }
}
