import Testing

@testable import SlantCore

/// Issue 15: conflict words in their ordinary senses were counted as loaded language in general
/// political news. Each sentence here uses a word that a rule looks for, in a sense the rule
/// must leave alone; each loaded use beside it must still be found.
@Suite struct WordSenseTests {
    /// Rule ids of the findings an editor acts on (loaded language, hedges, prescriptions,
    /// reporting verbs) in `text`.
    static func flagged(_ text: String) -> [String] {
        TestLexicons.audit(text).findings.filter {
            LoadedLanguageTally.isLoaded($0) || [.hedge, .prescriptive, .reportingVerb].contains($0.category)
        }.map(\.ruleID)
    }

    @Test(arguments: [
        ("Thousands marched against police brutality in Minneapolis.", "loaded.brutal"),
        ("The officer was charged with second-degree murder on Friday.", "loaded.murder"),
        ("She pleaded not guilty to murder and arson.", "loaded.murder"),
        ("Overuse of antibiotics drives antibiotic resistance, the CDC warned.", "loaded.resistance"),
        ("Supporters tweeted under #Resistance after the election.", "loaded.resistance"),
        ("Of course, the committee meets again in March.", "intensifier.of-course"),
        ("Republicans need to win two seats to take the Senate.", "prescriptive.must-action"),
        ("The bridge needs to be reopened before winter.", "prescriptive.must-be"),
        ("Riot police fired tear gas at the crowd.", "loaded.riots"),
        ("Jobless claims rose by 12,000 last week.", "hedge.claims-noun"),
        ("The city boasts 41 million visitors a year.", "political.boasted"),
    ])
    func ordinarySenseIsNotFlagged(sentence: String, rule: String) {
        #expect(!Self.flagged(sentence).contains(rule), "\(rule) fired on: \(sentence)")
    }

    @Test(arguments: [
        ("The brutal attack left 1,200 dead.", "loaded.brutal"),
        ("They murdered civilians in their homes.", "loaded.murder"),
        ("Hamas vowed to continue its resistance.", "loaded.resistance"),
        ("Hamas, of course, started the war.", "intensifier.of-course"),
        ("Israel must allow fuel into Gaza.", "prescriptive.must-action"),
        ("The riots spread to three more cities.", "loaded.riots"),
        ("The army rejected the claims as propaganda.", "hedge.claims-noun"),
        ("Trump boasted about the crowd size.", "political.boasted"),
    ])
    func loadedSenseIsStillFlagged(sentence: String, rule: String) {
        #expect(Self.flagged(sentence).contains(rule), "\(rule) missed: \(sentence)")
    }
}
