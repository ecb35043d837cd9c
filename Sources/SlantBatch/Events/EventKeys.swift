/// The keys an article's event is recognised by: the words of its headline and the names in
/// its lead, lower-cased. Headlines are often written in title case ("Israel Strikes Gaza
/// After Rocket Fire"), so every headline word that is not a stop word is a key; in the lead
/// (the first `EventSettings.leadWords` words of the text) only capitalised words are, which
/// are names: people, places, organisations ("Kerry", "Khan", "Younis", "Knesset").
///
/// Names are taken word by word, not as multi-word names: "Secretary of State John Kerry",
/// "John Kerry" and "Kerry" then share the key that tells the story apart ("kerry"), and the
/// common ones ("john") weigh little (`EventSimilarity`). The side pack's actors are not used:
/// they are categories ("Israeli leaders and spokespeople" is Netanyahu and Gantz alike), too
/// coarse to tell one day's stories apart, while the names they match are capitalised words.
enum EventKeys {
    /// At most `EventSettings.keysPerArticle` keys, the headline's first, each once.
    static func extract(title: String?, text: [UInt8]) -> [String] {
        var keys: [String] = []
        var seen = Set<String>()
        func add(_ key: String) {
            guard keys.count < EventSettings.keysPerArticle, seen.insert(key).inserted else { return }
            keys.append(key)
        }
        for word in words(title ?? "") {
            let key = normalized(word)
            if key.count >= 3 && isKey(key) { add(key) }
        }
        // The lead is near the start: a prefix long enough for its words (a cut character
        // decodes as U+FFFD, which is no word).
        let lead = String(decoding: text.prefix(leadBytes), as: UTF8.self)
        for word in words(lead).prefix(EventSettings.leadWords) {
            guard let first = word.unicodeScalars.first, first.properties.isUppercase else { continue }
            let key = normalized(word)
            if key.count >= 2 && isKey(key) { add(key) }
        }
        return keys
    }

    /// Bytes of the text read for the lead's words.
    static let leadBytes = 8192

    static func isKey(_ key: String) -> Bool {
        !EventStopWords.words.contains(key) && !key.unicodeScalars.allSatisfy { $0.properties.numericType != nil }
    }

    /// Lower-cased, the typographic apostrophe made straight, a possessive "'s" removed.
    static func normalized(_ word: String) -> String {
        var key = word.lowercased().replacingOccurrences(of: "\u{2019}", with: "'")
        if key.hasSuffix("'s") { key.removeLast(2) }
        return key
    }

    /// Runs of letters and digits, with an apostrophe or hyphen kept between two of them
    /// ("Israel's", "cease-fire", "Ben-Gvir").
    static func words(_ text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        var pendingJoiner: Unicode.Scalar?
        for scalar in text.unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if let joiner = pendingJoiner { current.append(joiner) }
                pendingJoiner = nil
                current.append(scalar)
            } else if !current.isEmpty && pendingJoiner == nil && "'\u{2019}-".unicodeScalars.contains(scalar) {
                pendingJoiner = scalar
            } else {
                if !current.isEmpty { words.append(String(current)) }
                current = String.UnicodeScalarView()
                pendingJoiner = nil
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}
