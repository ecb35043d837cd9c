import PCRE2
import Testing

@testable import SlantCore

/// The byte search that gates a member must answer as PCRE2's caseless search for the literal
/// would, on texts full of the characters that trip byte-level reading (the Kelvin sign and the
/// long s, which PCRE2 matches to `k` and `s`, and other characters outside ASCII).
@Suite struct CaselessLiteralSearchTests {
    static func pcre2Finds(_ literal: String, in text: ValidUTF8) throws -> Bool {
        let escaped = literal.utf8.flatMap { byte in
            PatternSource.isASCIIAlphanumeric(byte) ? [byte] : [UInt8(ascii: "\\"), byte]
        }
        return try Regex(String(decoding: escaped, as: UTF8.self), caseless: true).nextMatchStart(
            in: text, from: 0, scratch: MatchScratch()) != nil
    }

    @Test(arguments: [11, 12, 13, 14] as [UInt64])
    func agreesWithPCRE2OnRandomTexts(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let literals = ["toll", "savage", "kill", "skills", "u.s.", "year", "as-ok", "killks", "ks ok", "tsk tsk", "12,0"]
        let pieces = [
            "t", "T", "o", "O", "l", "L", "s", "S", "ſ", "k", "K", "\u{212A}", "a", "A", "v", "g", "e", "i", "y", "r", "u", ".",
            "-", " ", ",", "1", "2", "0", "é", "ü", "€", "😀", "\n", "ll", "oll", "avag", "ill", "kil", "ear",
        ]
        for literal in literals {
            let search = try #require(CaselessLiteralSearch(Array(literal.utf8)))
            var found = 0
            // The literal in any case, with the Kelvin sign and the long s, sometimes one character short.
            func variant() -> String {
                var characters = literal.map { character -> String in
                    switch (character, random.next(below: 3)) {
                    case ("k", 0): return "\u{212A}"
                    case ("s", 0): return "ſ"
                    case (_, 1): return character.uppercased()
                    default: return String(character)
                    }
                }
                if random.next(below: 4) == 0 { characters.remove(at: random.next(below: characters.count)) }
                return characters.joined()
            }
            for _ in 0..<300 {
                var pieces = (0..<random.next(below: 40)).map { _ in pieces[random.next(below: pieces.count)] }
                if random.next(below: 2) == 0 { pieces.insert(variant(), at: random.next(below: pieces.count + 1)) }
                let text = ValidUTF8(pieces.joined())
                let expected = try Self.pcre2Finds(literal, in: text)
                #expect(text.bytes.withUnsafeBufferPointer { search.occurs(in: $0) } == expected, "\(literal) in \(text.string)")
                if expected { found += 1 }
            }
            // Each literal is found in some texts and missed in others.
            #expect(found > 30 && found < 270, "\(literal): \(found)")
        }
    }

    @Test func findsTheLiteralInEveryFormPCRE2Does() throws {
        for (literal, text) in [
            ("savage", "Adam ſAVAGE"), ("kill", "\u{212A}ILL"), ("skills", "ſ\u{212A}illſ"), ("toll", "the TOLL"),
            ("toll", "at the end: toll"), ("savage", "savage"), ("year", "a 7-year-old"),
        ] {
            let search = try #require(CaselessLiteralSearch(Array(literal.utf8)))
            #expect(try Self.pcre2Finds(literal, in: ValidUTF8(text)))
            #expect(ValidUTF8(text).bytes.withUnsafeBufferPointer { search.occurs(in: $0) }, "\(literal) in \(text)")
        }
        for (literal, text) in [("toll", "tol l"), ("savage", "savag"), ("kill", "kiIl"), ("toll", "")] {
            let search = try #require(CaselessLiteralSearch(Array(literal.utf8)))
            #expect(!ValidUTF8(text).bytes.withUnsafeBufferPointer { search.occurs(in: $0) }, "\(literal) in \(text)")
        }
    }

    /// Without two neighbouring characters other than `k` and `s` there is nothing to look for.
    @Test func needsTwoCharactersWithoutOtherForms() {
        #expect(CaselessLiteralSearch(Array("sks".utf8)) == nil)
        #expect(CaselessLiteralSearch(Array("a".utf8)) == nil)
        #expect(CaselessLiteralSearch(Array("über".utf8)) == nil)
        #expect(CaselessLiteralSearch(Array("ska".utf8)) == nil)
        #expect(CaselessLiteralSearch(Array("skat".utf8))?.anchor == 2..<4)
    }
}
