import Testing

@testable import PCRE2

@Suite struct RegexTests {
    @Test func matchesCaselessWithUnicodeWordBoundaries() throws {
        let regex = try Regex(#"\bärger\b"#)
        let text = ValidUTF8("Großer ÄRGER heute, aber kein Ärgernis.")
        let matches = try regex.matches(in: text)
        #expect(matches.map { text[$0] } == ["ÄRGER"])
    }

    @Test func caseSensitiveWhenAsked() throws {
        let regex = try Regex(#"\bUS\b"#, caseless: false)
        #expect(try regex.firstMatch(in: "let us go") == nil)
        #expect(try regex.firstMatch(in: "the US said") != nil)
    }

    @Test func compileErrorCarriesMessageAndOffset() {
        #expect {
            _ = try Regex("militants(?:group")
        } throws: { error in
            guard let error = error as? RegexCompileError else { return false }
            return error.offset == 17 && error.message.contains("missing closing parenthesis")
        }
    }

    @Test func reportsEmptyMatchingPatterns() throws {
        #expect(try Regex("a*").minimumLength == 0)
        #expect(try Regex(#"\bkilled\b"#).minimumLength == 6)
    }

    @Test func emptyMatchesDoNotLoopForever() throws {
        let text = ValidUTF8("ab é")
        let matches = try Regex("x*").matches(in: text)
        #expect(matches == [0..<0, 1..<1, 2..<2, 3..<3])  // before a, b, space and é; never inside é
    }

    @Test func catastrophicPatternHitsTheMatchLimitInsteadOfHanging() throws {
        let regex = try Regex(#"(\w+\s?)+$"#)
        let subject = ValidUTF8(String(repeating: "word ", count: 40) + "!")
        let scratch = MatchScratch(limits: MatchLimits(matchLimit: 100_000))
        #expect(throws: RegexMatchError.matchLimit) {
            _ = try regex.matches(in: subject, scratch: scratch)
        }
    }

    @Test func longSubjectsFitTheJITStack() throws {
        // PCRE2's default 32 KiB JIT stack fails here; the scratch assigns a larger one.
        let regex = try Regex(#"(?:a|b)+c"#)
        let subject = ValidUTF8(String(repeating: "ab", count: 100_000) + "c")
        let matches = try regex.matches(in: subject, scratch: MatchScratch())
        #expect(matches == [0..<200_001])
    }

    @Test func exhaustingTheJITStackIsAnErrorNotACrash() throws {
        let regex = try Regex(#"(?:a|b)+c"#)
        guard regex.isJITCompiled else { return }
        let subject = ValidUTF8(String(repeating: "ab", count: 3_000_000) + "c")
        #expect(throws: RegexMatchError.jitStackLimit) {
            _ = try regex.matches(in: subject, scratch: MatchScratch())
        }
    }

    @Test func matchingCanBeLimitedToARange() throws {
        let text = ValidUTF8("killed here, killed there")
        let matches = try Regex(#"\bkilled\b"#).matches(in: text)
        #expect(matches.count == 2)
        var inRange: [Range<Int>] = []
        try Regex(#"\bkilled\b"#).forEachMatch(in: text, range: 5..<text.count, scratch: MatchScratch()) {
            inRange.append($0)
            return true
        }
        #expect(inRange == [13..<19])
    }

    @Test func validationFindsTheFirstBadByte() {
        #expect(ValidUTF8.firstInvalidOffset(in: Array("fine ✓".utf8)) == nil)
        #expect(ValidUTF8.firstInvalidOffset(in: [0x61, 0x62, 0xFF, 0x63]) == 2)
        #expect(ValidUTF8.firstInvalidOffset(in: [0x61, 0xE2, 0x80]) == 1)  // truncated sequence
        #expect(throws: ValidUTF8.InvalidSequence(byteOffset: 0)) { try ValidUTF8(validating: [0xC0, 0xAF]) }
    }

    /// The ASCII fast-forward must find what the standard library's parser finds, scalar by
    /// scalar, wherever the bad byte falls relative to an eight-byte run.
    @Test func validationAgreesWithTheParserOnRandomBytes() {
        func reference(_ bytes: [UInt8]) -> Int? {
            var parser = Unicode.UTF8.ForwardParser()
            var iterator = bytes.makeIterator()
            var offset = 0
            while true {
                switch parser.parseScalar(from: &iterator) {
                case .valid(let encoded): offset += encoded.count
                case .emptyInput: return nil
                case .error: return offset
                }
            }
        }
        var generator = SystemRandomNumberGenerator()
        let pieces: [[UInt8]] = [
            Array("plain ascii text ".utf8), Array("“curly” ſ K 日本".utf8), [0xFF], [0xC0, 0xAF], [0xE2, 0x80],
            [0xED, 0xA0, 0x80],
            [0xF4, 0x90, 0x80, 0x80], [0x80],
        ]
        for _ in 0..<3000 {
            var bytes: [UInt8] = []
            for _ in 0..<Int.random(in: 0...6, using: &generator) {
                let piece = pieces.randomElement(using: &generator)!
                bytes +=
                    Int.random(in: 0..<3, using: &generator) == 0
                    ? piece : Array(piece.prefix(Int.random(in: 0...piece.count, using: &generator)))
            }
            #expect(ValidUTF8.firstInvalidOffset(in: bytes) == reference(bytes), "\(bytes)")
        }
    }

    @Test func jitIsUsedWhenTheLibraryHasIt() throws {
        #expect(try Regex("abc").isJITCompiled == Regex.jitAvailable)
    }

    /// An inline `(?i:` makes a first letter caseless in a pattern compiled case-sensitive;
    /// PCRE2 does not report that, so both cases are given (a filter may not miss one).
    @Test func firstBytesOfAnInlineCaselessLetterHoldBothCases() throws {
        #expect(try Regex("(?i:zarif)", caseless: false).firstBytes == [UInt8(ascii: "z"), UInt8(ascii: "Z")])
        #expect(try Regex("(?-i:IDF)", caseless: true).firstBytes?.contains(UInt8(ascii: "I")) == true)
    }
}
