/// A sentence as words and punctuation marks, enough to find a speaker left of a reporting
/// verb without a parser.
struct Token: Sendable {
    enum Kind: Sendable { case word, comma, colon, semicolon, quote, dash, other }
    let kind: Kind
    let range: Range<Int>
    /// The word's lower-case key for the word lists; empty for punctuation.
    let word: WordKey

    /// `lowercased().hasSuffix(suffix)` of the token's text (keys keep no long words).
    func hasSuffix(_ suffix: StaticString, in bytes: [UInt8]) -> Bool {
        suffix.withUTF8Buffer { tail in
            guard range.count >= tail.count, bytes[range].allSatisfy({ $0 < 0x80 }) else {
                return ByteScanning.lowercased(range, of: bytes).hasSuffix(suffix.description)
            }
            return zip(bytes[(range.upperBound - tail.count)..<range.upperBound], tail).allSatisfy { byte, expected in
                (byte &- 0x41 < 26 ? byte | 0x20 : byte) == expected
            }
        }
    }

    /// `lowercased().first?.isNumber == true` of the token's text.
    func startsWithNumber(in bytes: [UInt8]) -> Bool {
        guard !range.isEmpty else { return false }
        let first = bytes[range.lowerBound]
        guard first >= 0x80 else { return first &- 0x30 < 10 }
        return ByteScanning.lowercased(range, of: bytes).first?.isNumber == true
    }
}

enum SentenceTokenizer {
    /// The words come from the document's word index; the marks between them are read here.
    static func tokens(in range: Range<Int>, words: WordIndex) -> [Token] {
        var tokens: [Token] = []
        self.tokens(in: range, words: words, into: &tokens)
        return tokens
    }

    /// The same into `tokens`, emptied first: a caller tokenizing sentence after sentence keeps
    /// one buffer instead of allocating one per sentence.
    static func tokens(in range: Range<Int>, words: WordIndex, into tokens: inout [Token]) {
        let bytes = words.bytes
        let wordRanges = words.indexed(range) ?? words.words(in: range)[...]
        tokens.removeAll(keepingCapacity: true)
        tokens.reserveCapacity(wordRanges.count * 2 + 4)
        // A plain loop: a closure capturing `tokens` would cost an exclusivity check per access.
        var index = range.lowerBound
        for word in wordRanges {
            appendMarks(in: index..<word.lowerBound, of: bytes, to: &tokens)
            tokens.append(Token(kind: .word, range: word, word: WordKey(word, of: bytes)))
            index = word.upperBound
        }
        appendMarks(in: index..<range.upperBound, of: bytes, to: &tokens)
    }

    /// The punctuation between two words; spaces and in-word joiners are not tokens.
    private static func appendMarks(in gap: Range<Int>, of bytes: [UInt8], to tokens: inout [Token]) {
        var index = gap.lowerBound
        while index < gap.upperBound {
            let byte = bytes[index]
            if byte == UInt8(ascii: " ") {
                index += 1
                continue
            }
            if ByteScanning.isDoubledApostrophe(at: index, in: bytes, end: gap.upperBound) {
                tokens.append(Token(kind: .quote, range: index..<(index + 2), word: .empty))
                index += 2
                continue
            }
            let (scalar, length) = ByteScanning.scalar(at: index, in: bytes)
            if let kind = kind(of: scalar) { tokens.append(Token(kind: kind, range: index..<(index + length), word: .empty)) }
            index += length
        }
    }

    private static func kind(of scalar: Unicode.Scalar) -> Token.Kind? {
        switch scalar {
        case ",": return .comma
        case ":": return .colon
        case ";": return .semicolon
        case "\u{2013}", "\u{2014}": return .dash
        case "(", ")": return .comma
        default:
            if ByteScanning.isOpeningQuote(scalar) || ByteScanning.isClosingQuote(scalar) { return .quote }
            if ByteScanning.isSpace(scalar) || scalar == "-" || scalar == "'" || scalar == "\u{2019}" { return nil }
            return .other
        }
    }
}

/// Closed word classes the speaker finder needs. Small, stable lists: grammar, not lexicon.
enum FunctionWords {
    /// Skipped between a speaker and a verb: "Hamas has also vowed", "officials had repeatedly said".
    static let auxiliaries: WordSet = [
        "has", "have", "had", "is", "was", "were", "are", "will", "would", "could", "can", "may", "might", "also",
        "again", "then", "later", "previously", "repeatedly", "already", "quickly", "immediately", "initially", "did",
        "does", "do", "publicly", "privately", "separately", "further", "still", "not", "been", "be", "reportedly",
        "once", "twice", "often", "frequently", "swiftly", "openly", "explicitly", "strongly", "firmly", "similarly",
    ]
    /// Capitalised words before a headline's colon that label it rather than name a speaker.
    static let headlineLabels: WordSet = [
        "analysis", "opinion", "watch", "video", "photos", "live", "update", "updates", "breaking", "exclusive",
        "editorial", "commentary", "explainer", "interview", "review", "timeline", "factbox", "graphic", "poll",
        "report", "listen", "podcast", "read", "comment", "view", "letters", "q", "a", "latest", "notice", "leaked",
        "briefing", "recap",
    ]
    /// Words after a headline's speaker and before the colon: "Trump at AIPAC:", "Kerry to Israel:".
    static let headlineSpeakerEnders: WordSet = ["at", "to", "on", "in", "after", "before", "says", "tells"]
    /// Nouns that end in "-ly" like an adverb.
    static let nounsInLy: WordSet = [
        "family", "assembly", "anomaly", "monopoly", "supply", "rally", "butterfly", "homily", "jelly", "belly",
    ]
    /// A verb cue right after one of these is a noun ("despite calls for", "amid claims").
    static let nounContext: WordSet = [
        "despite", "amid", "of", "the", "a", "an", "for", "with", "to", "by", "and", "their", "its", "his", "her", "our",
        "such", "these", "those", "this", "that", "new", "repeated", "growing", "international", "renewed", "many",
        "several", "any", "no", "from", "in", "on", "as", "after", "before", "following", "over",
    ]
    /// Words that end a noun phrase when walking left from a verb.
    static let clauseBoundaries: WordSet = [
        "that", "which", "while", "as", "but", "after", "when", "because", "since", "although", "though", "where", "if",
        "so", "whereas", "before", "until", "unless", "whether", "with", "or", "who", "whom", "whose",
        "meanwhile", "however", "also", "then", "said", "says", "what",
    ]
    /// Join a verb to the one before it: "... and called for".
    static let coordinators: WordSet = ["and", "but", "or"]
    static let indefiniteArticles: WordSet = ["a", "an"]
    /// Open a definite description: "the group said".
    static let determiners: WordSet = ["the", "this", "that"]
    /// "is believed", "was accused": a reporting verb in the passive names no source.
    static let passiveAuxiliaries: WordSet = ["is", "was", "were", "are", "been", "being", "be"]
    static let personalPronouns: WordSet = ["he", "she", "they", "it", "we", "i"]
    /// Pronouns for one person, which take up the last person who spoke.
    static let personPronouns: WordSet = ["he", "she"]
    static let it = WordKey(text: "it")
    static let he = WordKey(text: "he")
    static let she = WordKey(text: "she")
    static let they = WordKey(text: "they")
    /// Titles and head nouns that show a speaker is a man or a woman ("Mr. Burg", "his spokeswoman").
    static let maleWords: WordSet = [
        "mr", "spokesman", "congressman", "businessman", "chairman", "man", "father", "son", "brother", "husband",
        "uncle", "grandfather", "king", "prince", "sheikh", "rabbi",
    ]
    static let femaleWords: WordSet = [
        "ms", "mrs", "miss", "spokeswoman", "congresswoman", "businesswoman", "chairwoman", "woman", "mother",
        "daughter", "sister", "wife", "widow", "aunt", "grandmother", "queen", "princess",
    ]
    static let who = WordKey(text: "who")
    static let relativePronouns: WordSet = ["who", "which"]
    /// Head nouns of a speaker who is one person ("a Hamas spokesman"), whom "he" or "she" takes up.
    static let personHeads: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "official", "minister", "leader", "commander", "ambassador", "envoy",
        "president", "chief", "director", "negotiator", "adviser", "advisor", "mayor", "resident", "man", "woman",
        "father", "mother", "son", "daughter", "witness", "doctor", "officer", "soldier", "activist", "analyst",
        "lawmaker", "diplomat", "premier", "king", "general",
    ]
    /// Head nouns of a definite description that point back to a named actor.
    static let anaphorKinds: [String: [ActorKind]] = [
        "group": [.group], "movement": [.group], "organization": [.group, .organisation],
        "organisation": [.group, .organisation], "faction": [.group], "militants": [.group], "fighters": [.group],
        "government": [.government, .state], "cabinet": [.government], "administration": [.government],
        "authorities": [.government, .organisation], "authority": [.government, .organisation],
        "military": [.military], "army": [.military], "forces": [.military], "troops": [.military],
        "ministry": [.organisation, .government], "agency": [.organisation], "office": [.organisation, .official],
        "official": [.official, .person], "officials": [.official, .government], "spokesman": [.official, .person],
        "spokeswoman": [.official, .person], "spokesperson": [.official, .person], "minister": [.official, .person],
        "president": [.official, .person], "leader": [.official, .person], "country": [.state], "state": [.state],
    ]
    /// `anaphorKinds` by word key, for tokens.
    static let anaphorKindsByWord = Dictionary(
        uniqueKeysWithValues: anaphorKinds.map { (WordKey(text: $0.key), $0.value) })
    /// End the speaker after a post-verb name: "said Hamas spokesman X on Tuesday".
    /// Abbreviations that end a name rather than open one ("Trump Jr.", "Acme Inc.").
    static let nameSuffixes: WordSet = ["jr", "sr", "inc", "corp", "ltd", "co"]
    /// Verbs whose object is the listener: "..., told Salon" never puts the speaker after the
    /// verb, as "..., said Carter" does.
    static let listenerVerbs: WordSet = ["told", "tell", "tells", "telling", "informed", "informs", "briefed", "briefs"]
    static let speakerEnders: WordSet = [
        "on", "in", "at", "during", "after", "before", "when", "while", "to", "who", "that", "as", "according", "last",
        "this", "yesterday", "today", "tonight",
    ]
    /// First words of a time or setting phrase after a reporting verb ("said Monday in an
    /// interview", "said in a speech last July", "told reporters on Air Force One").
    static let adjunctStarts: WordSet = [
        "on", "in", "at", "during", "after", "before", "last", "this", "earlier", "later", "late", "early", "yesterday",
        "today", "tonight", "recently", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "reporters", "journalists",
    ]
}
