import Testing

@testable import SlantCore

/// Checks that abstain when the speakers slant could not place could change their answer
/// (issue 13): mirrored, so neither party's order or side decides.
@Suite struct AbstentionTests {
    typealias Voice = UnassignedSensitivity.Voice

    /// A voice whose attributions each have one verb unless `attributions` says otherwise.
    func voice(_ words: Int, cues: Int = 0, neutral: Int = 0, attributions: Int? = nil) -> Voice {
        Voice(words: words, attributions: attributions ?? cues, cues: cues, neutralCues: neutral)
    }

    @Test(arguments: [false, true])
    func enoughUnassignedWordsToRebalanceAbstain(mirrored: Bool) {
        let parties = mirrored ? [voice(30), voice(100)] : [voice(100), voice(30)]
        #expect(UnassignedSensitivity.voiceBalanceTriggered(parties) == true)
        // The 20 words in 100 unassigned that one party is likely to hold make 50/100: no longer crossed.
        #expect(
            UnassignedSensitivity.canFlip(UnassignedSensitivity.voiceBalanceTriggered, parties: parties, unassigned: voice(100)))
        // 8 of 40 leave it crossed (38/100), though all 40 would not.
        #expect(
            !UnassignedSensitivity.canFlip(UnassignedSensitivity.voiceBalanceTriggered, parties: parties, unassigned: voice(40)))
        #expect(
            UnassignedSensitivity.canFlip(
                UnassignedSensitivity.voiceBalanceTriggered, parties: parties, unassigned: voice(40), share: 1))
    }

    @Test(arguments: [false, true])
    func balancedPartiesAbstainOnlyWhenTheUnassignedCouldUnbalanceThem(mirrored: Bool) {
        let parties = mirrored ? [voice(80), voice(100)] : [voice(100), voice(80)]
        #expect(UnassignedSensitivity.voiceBalanceTriggered(parties) == false)
        #expect(
            !UnassignedSensitivity.canFlip(UnassignedSensitivity.voiceBalanceTriggered, parties: parties, unassigned: voice(20)))
        // 80 of 400 make 80/180.
        #expect(
            UnassignedSensitivity.canFlip(UnassignedSensitivity.voiceBalanceTriggered, parties: parties, unassigned: voice(400)))
    }

    @Test(arguments: [false, true])
    func verbGapAbstainsWhenUnassignedVerbsCouldCloseIt(mirrored: Bool) {
        let neutral = voice(50, cues: 4, neutral: 4)
        let loaded = voice(50, cues: 4, neutral: 0)
        let parties = mirrored ? [loaded, neutral] : [neutral, loaded]
        #expect(UnassignedSensitivity.verbGapTriggered(parties) == true)
        #expect(
            UnassignedSensitivity.canFlip(
                UnassignedSensitivity.verbGapTriggered, parties: parties, unassigned: voice(10, cues: 25, neutral: 25)))
        #expect(
            !UnassignedSensitivity.canFlip(
                UnassignedSensitivity.verbGapTriggered, parties: parties, unassigned: voice(10, cues: 1, neutral: 1)))
    }

    /// The guidelines' rule: each party needs two attributions, however many verbs they have. A
    /// continued quotation is an attribution without a verb of its own.
    @Test(arguments: [false, true])
    func verbGapNeedsTwoAttributionsPerPartyNotTwoVerbs(mirrored: Bool) {
        let neutral = voice(50, cues: 3, neutral: 3)
        let oneRemarkTwoVerbs = voice(20, cues: 2, neutral: 0, attributions: 1)
        #expect(
            UnassignedSensitivity.verbGapTriggered(mirrored ? [oneRemarkTwoVerbs, neutral] : [neutral, oneRemarkTwoVerbs]) == nil)
        let verbAndContinuation = voice(40, cues: 1, neutral: 0, attributions: 2)
        #expect(
            UnassignedSensitivity.verbGapTriggered(mirrored ? [verbAndContinuation, neutral] : [neutral, verbAndContinuation])
                == true)
    }

    @Test(arguments: [("Israeli", "Palestinian"), ("Palestinian", "Israeli")])
    func reportSaysNotEnoughEvidence(louder: String, quieter: String) {
        let text = """
            The \(louder) foreign ministry said the talks in Cairo had collapsed after a long night of argument over the \
            crossings, the prisoners and the timetable for a withdrawal from the border areas.

            A \(quieter) official said it was over.

            "We have never seen anything like this in all the years of these negotiations, and nobody here expects the \
            next round to go any better. The families on both sides of the border have waited for months for news, and \
            every week they hear that the talks will resume and nothing happens. The crossings stay shut, the prices in \
            the market keep rising, and the young people who had hoped to study abroad this autumn have given up on the \
            idea altogether," said a witness.
            """
        let check = TestLexicons.audit(text).verdict.checks.first { $0.id == "voice-balance" }
        #expect(check?.abstained == true)
        #expect(check?.triggered == false)
        #expect(check?.detail.hasPrefix("Not enough evidence") == true)
    }
}
