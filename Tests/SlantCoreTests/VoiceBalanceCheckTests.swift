import Testing

@testable import SlantCore

/// The voice-balance check against the annotation guidelines' definition (issue 13): not
/// applicable with fewer than two attributions of the parties together, and abstaining only when
/// the unassigned words one party is likely to hold could change the answer. Mirrored.
@Suite struct VoiceBalanceCheckTests {
    func voiceCheck(_ text: String) -> VerdictCheck? {
        TestLexicons.audit(text).verdict.checks.first { $0.id == "voice-balance" }
    }

    /// One party's single remark is no evidence of unequal space: the guidelines call the check
    /// not applicable, where slant used to cross it (quieter/louder = 0).
    @Test(arguments: ["Israeli", "Palestinian"])
    func oneRemarkOfOnePartyIsNotApplicable(party: String) throws {
        let check = try #require(voiceCheck("An \(party) official said the strikes hit only military targets in the north."))
        #expect(!check.applicable)
        #expect(!check.triggered)
        #expect(check.detail.hasPrefix("Fewer than 2 attributions of the parties together"))
        // A second remark of the same party makes it applicable, and crossed.
        let two = try #require(
            voiceCheck(
                "An \(party) official said the strikes hit only military targets. The \(party) minister said more would follow."
            ))
        #expect(two.applicable)
        #expect(two.triggered)
    }

    /// A witness's 33 words: the 20% one party is likely to hold (7 words) leave 12/27 below the
    /// threshold, so the check answers. Giving one party 35% (both parties' share at once) made it
    /// abstain here.
    @Test(arguments: [("Israeli", "Palestinian"), ("Palestinian", "Israeli")])
    func aWitnessesWordsDoNotSilenceTheCheck(louder: String, quieter: String) throws {
        let text = """
            Talks in Cairo

            The \(louder) foreign ministry said the talks in Cairo had collapsed after a long night of argument over the \
            crossings, the prisoners and the timetable for a withdrawal from the border areas.

            A \(quieter) official said it was over for now.

            "Nobody here expects the next round to go any better than this one did, and the families on both sides of the \
            border have waited for months for any news of their relatives," said a witness.
            """
        let check = try #require(voiceCheck(text))
        #expect(check.applicable)
        #expect(!check.abstained)
        #expect(check.triggered)
        let parties = [
            UnassignedSensitivity.Voice(words: 27, attributions: 1, cues: 1, neutralCues: 1),
            .init(words: 5, attributions: 1, cues: 1, neutralCues: 1),
        ]
        let witness = UnassignedSensitivity.Voice(words: 33, attributions: 1, cues: 1, neutralCues: 1)
        #expect(
            !UnassignedSensitivity.canFlip(UnassignedSensitivity.voiceBalanceTriggered, parties: parties, unassigned: witness))
        #expect(
            UnassignedSensitivity.canFlip(
                UnassignedSensitivity.voiceBalanceTriggered, parties: parties, unassigned: witness, share: 0.35))
    }
}
