import TestSupport
import Testing

@testable import SlantCore

/// Word keys must say what the lower-cased `String` said wherever a list word is concerned:
/// a token's key equals a list word's exactly when its lower-cased text does.
@Suite struct WordKeyTests {
    /// The definition: the packed lower-cased text when it is ASCII of at most 16 bytes.
    static func expectedKey(_ range: Range<Int>, of bytes: [UInt8]) -> WordKey {
        let lowered = String(decoding: bytes[range], as: UTF8.self).lowercased()
        return lowered.utf8.count <= 16 && lowered.utf8.allSatisfy({ $0 < 0x80 }) ? WordKey(text: lowered) : .unlisted
    }

    static func checkEveryWord(of text: String) {
        let bytes = Array(text.utf8)
        let tokens = SentenceTokenizer.tokens(in: 0..<bytes.count, words: WordIndex(bytes))
        for token in tokens where token.kind == .word {
            let lowered = String(decoding: bytes[token.range], as: UTF8.self).lowercased()
            #expect(token.word == expectedKey(token.range, of: bytes), "\(lowered)")
            for suffix: StaticString in ["ed", "ing", "s", "dead"] {
                #expect(token.hasSuffix(suffix, in: bytes) == lowered.hasSuffix(suffix.description), "\(lowered) \(suffix)")
            }
            #expect(token.startsWithNumber(in: bytes) == (lowered.first?.isNumber == true), "\(lowered)")
        }
    }

    @Test func keysAreTheLowerCasedWordsOfRealArticles() {
        let articles = RealArticles.first(200)
        #expect(articles.count == 200)
        for article in articles { Self.checkEveryWord(of: article) }
    }

    @Test func keysOfUnusualWords() {
        Self.checkEveryWord(
            of: "SAID Said sAiD \u{212A}illed \u{212A}ILLED İNG KİLLED ſaid Gaza’s counterterrorisms counterterrorism "
                + "ABCDEFGHIJKLMNOP ABCDEFGHIJKLMNOPQ Ⅻ ½ ٣ 1,200 naïve ED-ed Ed-\u{2019}ed")
        let key = { (word: String) in WordKey(0..<word.utf8.count, of: Array(word.utf8)) }
        #expect(key("SAID") == "said")
        #expect(key("\u{212A}ill") == "kill")
        #expect(key("İNG") == .unlisted)
        #expect(key("ABCDEFGHIJKLMNOP") == "abcdefghijklmnop")
        #expect(key("ABCDEFGHIJKLMNOPQ") == .unlisted)
        #expect(("the" as WordKey) != "then")
        #expect(WordKey.empty != .unlisted)
    }

    /// `WordSet` answers as `Set` does, for list words, other words, and the empty key.
    @Test func wordSetsAnswerAsSets() {
        let words = ["said", "says", "the", "a", "according", "to", "spokesperson", "administration", "i", "we"]
        let set = Set(words.map { WordKey(text: $0) })
        var list: WordSet = ["said", "says", "the", "a", "according", "to", "spokesperson", "administration", "i", "we"]
        let others = ["sai", "saidx", "th", "an", "accordingly", "too", "spokespersons", "", "I", "wee"].map { WordKey(text: $0) }
        for key in set.union(others) + [.empty, .unlisted] { #expect(list.contains(key) == set.contains(key)) }
        list = []
        #expect(!list.contains("said") && !list.contains(.empty))
    }

    /// The Kelvin sign is the only character outside ASCII whose lower case is all ASCII (İ
    /// becomes i and a combining dot): the fast path sends every other word with a character
    /// outside ASCII straight to `unlisted`.
    @Test func onlyTheKelvinSignLowerCasesIntoASCII() {
        var found: [UInt32] = []
        for value in UInt32(0x80)...0x10FFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            if String(Character(scalar)).lowercased().utf8.allSatisfy({ $0 < 0x80 }) { found.append(value) }
        }
        #expect(found == [0x212A])
    }
}
