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
}
