import Testing

@testable import PCRE2

/// Callouts report every alternative that matches at a position, which the scanner relies on.
@Suite struct CalloutTests {
    @Test func everyAlternativeReportsWhereItMatched() throws {
        let regex = try Regex("\\b(?:(?i:a)(?C0)|(?i:ab)(?C1)|x(?C2)|(?i:ab\\w*)(?C3))(*FAIL)", caseless: false, anchored: true)
        let recorder = CalloutRecorder()
        try regex.calloutEnds(at: 4, in: ValidUTF8("zz, ABCD e"), scratch: MatchScratch(), into: recorder)
        #expect(recorder.numbers == [0, 1, 3, 3, 3])
        // The first end of a member is what that member matches alone (greedy `\w*`: "ABCD").
        #expect(recorder.ends == [5, 6, 8, 7, 6])
    }

    @Test func nothingIsRecordedWhereNoAlternativeMatches() throws {
        let regex = try Regex("\\b(?:a(?C0)|b(?C1))(*FAIL)", caseless: true, anchored: true)
        let recorder = CalloutRecorder()
        try regex.calloutEnds(at: 1, in: ValidUTF8("ca b"), scratch: MatchScratch(), into: recorder)
        #expect(recorder.numbers.isEmpty)
    }

    @Test func theMatchLimitIsAnError() throws {
        let regex = try Regex("(?:(a+)+$(?C0))(*FAIL)", caseless: false, anchored: true)
        let text = ValidUTF8(String(repeating: "a", count: 40) + "b")
        #expect(throws: RegexMatchError.self) {
            try regex.calloutEnds(
                at: 0, in: text, scratch: MatchScratch(limits: MatchLimits(matchLimit: 10_000)), into: CalloutRecorder())
        }
    }

    @Test func anchoredMatchEndOnAnUnanchoredPattern() throws {
        let regex = try Regex("\\bkill\\w*")
        #expect(try regex.anchoredMatchEnd(at: 4, in: ValidUTF8("the killers"), scratch: MatchScratch()) == 11)
        #expect(try regex.anchoredMatchEnd(at: 0, in: ValidUTF8("the killers"), scratch: MatchScratch()) == nil)
    }

    @Test func anchoredMatchEndOnAPatternCompiledAnchored() throws {
        let regex = try Regex("\\bkill\\w*", anchored: true)
        #expect(try regex.anchoredMatchEnd(at: 4, in: ValidUTF8("the killers"), scratch: MatchScratch()) == 11)
        #expect(try regex.anchoredMatchEnd(at: 0, in: ValidUTF8("the killers"), scratch: MatchScratch()) == nil)
        #expect(try regex.anchoredMatchEnd(at: 5, in: ValidUTF8("the killers"), scratch: MatchScratch()) == nil)
    }
}
