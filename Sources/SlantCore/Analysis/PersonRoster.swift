/// The people an article places on a side by their title or an apposition, remembered by
/// surname so that every mention of them speaks for that side: "Palestinian U.N. Ambassador
/// Riyad Mansour" makes a later "Mansour said" Palestinian; "Peter Lerner, an Israeli army
/// spokesman," makes "Lerner said" and "said Peter Lerner" Israeli. The side comes from an actor
/// or a place of the side pack inside the title or the apposition, so the roster is as symmetric
/// as the pack. A surname placed on two sides is ambiguous and left out: abstain, not guess.
struct PersonRoster {
    struct Person {
        /// The name as the article gives it where its side is stated ("Riyad Mansour").
        let name: String
        let sideID: String
    }

    /// Surname (lower-cased) -> the person, or nil when the article places it on two sides.
    private var people: [String: Person?] = [:]
    /// Where each placed person's name stands, in text order: "he" may take up the last of them.
    private(set) var introductions: [(offset: Int, person: Person)] = []

    init(document: Document, mentions: ActorMentionIndex, places: ActorMentionIndex) {
        var introduced: [(offset: Int, key: String)] = []
        for index in mentions.mentions.indices {
            let mention = mentions.mentions[index]
            // "Palestinian U.N. Ambassador Riyad Mansour", "Mansour, the Palestinian U.N. envoy,": the
            // first of two adjacent actors is the person's side; the second is what they are envoy
            // to, in a title as in an apposition (read as a side, it made the name ambiguous).
            let previous = index > 0 ? mentions.mentions[index - 1] : nil
            let followsActor = previous.map { Self.isAdjacent($0.end..<mention.start, document: document) } ?? false
            if !followsActor { record(mention, document: document, mentions: mentions, into: &introduced) }
            // A person of the side pack named in full ("Riyad Mansour") makes "Mansour" theirs too.
            let words = document.words.words(in: mention.range)
            if mention.kind == .person, words.count >= 2, Self.isNameWord(words[words.count - 1], document: document) {
                add(words, sideID: mention.sideID, document: document)
            }
        }
        for place in places.mentions {
            record(place, isPlace: true, document: document, mentions: mentions, into: &introduced)
        }
        introductions = introduced.sorted { $0.offset < $1.offset }.compactMap { entry in
            (people[entry.key] ?? nil).map { (entry.offset, $0) }
        }
    }

    private mutating func record(
        _ mention: ActorMention, isPlace: Bool = false, document: Document, mentions: ActorMentionIndex,
        into introduced: inout [(offset: Int, key: String)]
    ) {
        // "a bakery in Gaza City": a place after "in" or "at" is where the person is, unlike an actor
        // ("an expert in Israeli policy").
        guard let sentence = document.sentence(containing: mention.start) else { return }
        let isWhereTheyAre = isPlace && Self.isLocative(mention.start, in: sentence.range, document: document)
        guard isWhereTheyAre || !Self.isObject(mention.start, in: sentence.range, document: document) else { return }
        // "a critic of Israeli policies": what an apposition's person is "of" is what they speak
        // about; a title after "of" still names its person ("a profile of Israeli official X").
        let names = [
            nameAfterTitle(endingAt: mention.end, in: sentence.range, document: document),
            !isWhereTheyAre && Self.isObject(mention.start, in: sentence.range, document: document, countingOf: true)
                ? nil
                : nameBeforeApposition(
                    startingAt: mention.start, endingAt: mention.end, in: sentence.range, document: document,
                    mentions: mentions),
        ]
        for case let name? in names {
            // "Israel's Likud", "Hamas's Qassam Brigades": an actor of the pack, not a person.
            if name.count == 1, !mentions.starting(in: name[0]).isEmpty { continue }
            if let key = add(name, sideID: mention.sideID, document: document) { introduced.append((name[0].lowerBound, key)) }
        }
    }

    /// Whether the word before `start` (an article allowed) is "in" or "at", or "to" after "moved"
    /// ("Ofri Volk, who moved to Netiv Haasara 12 years ago": where she lives now).
    private static func isLocative(_ start: Int, in sentence: Range<Int>, document: Document) -> Bool {
        var before = document.words.lastWords(3, in: sentence.lowerBound..<start)
        if let last = before.last, key(last, document: document) == Self.the { before = before.dropLast() }
        guard let word = before.last else { return false }
        let preposition = key(word, document: document)
        if preposition == Self.to {
            return before.count >= 2 && key(before[before.endIndex - 2], document: document) == Self.moved
        }
        return locativePrepositions.contains(preposition)
    }

    private static let locativePrepositions: WordSet = ["in", "at"]
    private static let to = WordKey(text: "to")
    private static let moved = WordKey(text: "moved")

    /// "an expert in Israeli policy", "ambassador to the U.S. Michael Oren": an actor after a
    /// preposition is what the person works on or is sent to, not whom they speak for.
    static func isObject(_ start: Int, in sentence: Range<Int>, document: Document, countingOf: Bool = false) -> Bool {
        var before = document.words.lastWords(3, in: sentence.lowerBound..<start)
        if let last = before.last, key(last, document: document) == Self.the { before = before.dropLast() }
        guard let word = before.last else { return false }
        let preposition = key(word, document: document)
        // "a spokesman for Hamas", "a fellow for the Washington Institute": for whom they work;
        // "a member of Hamas", "a resident of Gaza", "the son of": whose they are. But "a
        // longtime critic of Israeli policies" is what the person speaks about.
        if preposition == Self.of { return countingOf && !(before.count >= 2 && belongs(before[before.endIndex - 2])) }
        if preposition == Self.for, before.count >= 2, roleNouns.contains(key(before[before.endIndex - 2], document: document)) {
            return false
        }
        return objectPrepositions.contains(preposition)

        func belongs(_ noun: Range<Int>) -> Bool {
            let noun = key(noun, document: document)
            return roleNouns.contains(noun) || belongingNouns.contains(noun)
        }
    }

    private static let titleConnectors: WordSet = ["and", "to", "of", "the"]
    private static let `for` = WordKey(text: "for")
    private static let of = WordKey(text: "of")
    /// Before "of", nouns that place a person where they belong, besides the role nouns.
    private static let belongingNouns: WordSet = [
        "native", "citizen", "citizens", "son", "daughter", "father", "mother", "brother", "sister", "wife", "husband",
        "widow", "relative", "relatives", "family", "residents", "members", "employee", "staff", "people", "board",
        "faculty", "leadership",
        // "who owns a salon in the town of Sderot": where the person lives.
        "town", "city", "village", "camp", "neighborhood", "neighbourhood", "suburb",
    ]

    static let objectPrepositions: WordSet = [
        "to", "in", "on", "for", "about", "against", "toward", "towards", "by", "into", "over", "than", "like",
    ]

    /// The last person placed on a side whose name stands before `offset`.
    func lastIntroduction(before offset: Int, where accepted: (Int) -> Bool = { _ in true }) -> (offset: Int, person: Person)? {
        introductions.last { $0.offset < offset && accepted($0.offset) }
    }

    /// The person whose surname is the last capitalised word of `range`, if the article places them.
    func person(in range: Range<Int>, document: Document) -> Person? {
        guard let last = document.words.words(in: range).last(where: { Self.isNameWord($0, document: document) }),
            let key = Self.surnameKey(last, document: document)
        else { return nil }
        return people[key] ?? nil
    }

    var isEmpty: Bool { people.isEmpty }

    /// Records a name's side under its surname; returns the surname.
    @discardableResult
    private mutating func add(_ name: [Range<Int>], sideID: String, document: Document) -> String? {
        guard let last = name.last, let key = Self.surnameKey(last, document: document) else { return nil }
        let text = document.source.text(name.first!.lowerBound..<last.upperBound)
        if let known = people[key] {
            if let person = known, person.sideID != sideID { people[key] = .some(nil) }
        } else {
            people[key] = Person(name: Self.withoutPossessive(text), sideID: sideID)
        }
        return key
    }

    // MARK: - Where names and sides meet

    /// "Israeli Prime Minister Benjamin Netanyahu", "Hamas spokesman Fawzi Barhoum", "Gaza's
    /// Interior Ministry spokesman Eyad al-Bozum": title words after the actor or place, then a
    /// name. Returns the name's words.
    private func nameAfterTitle(endingAt end: Int, in sentence: Range<Int>, document: Document) -> [Range<Int>]? {
        var words: [Range<Int>] = []
        // "Israel's U.N. Ambassador": the word list splits the possessive off as a word "s".
        let possessiveEnd = Self.possessiveSuffixEnd(at: end, document: document)
        var previousEnd = possessiveEnd ?? end
        var afterComma = false
        /// Where the words after the comma start: the name is among them only.
        var nameStart = 0
        // "An Israeli military spokesman, Lt. Col. Peter Lerner,": the actor's own words end in the
        // role, and the name follows the comma.
        let mentionEndsInRole = possessiveEnd == nil && endsInOneRole(end, in: sentence, document: document)
        for word in document.words.firstWords(12, in: previousEnd..<sentence.upperBound) where word.lowerBound >= previousEnd {
            let gap = previousEnd..<word.lowerBound
            let key = Self.key(word, document: document)
            // "Israel's prime minister, Benjamin Netanyahu,": a title of role words, a comma, the name.
            if !afterComma, Self.gap(gap, document: document) == .comma,
                words.isEmpty
                    ? mentionEndsInRole
                    : Self.roleNouns.contains(Self.key(words[words.count - 1], document: document))
                        && words.allSatisfy({
                            !Self.isNameWord($0, document: document) || Self.isTitleWord($0, document: document)
                        })
                        || isRoleToSomewhere(words, mentionEndsInRole: mentionEndsInRole, document: document)
            {
                afterComma = true
                nameStart = words.count
            } else {
                guard
                    words.isEmpty && possessiveEnd != nil
                        ? Self.gap(gap, document: document) == .space
                        : Self.isTitleGap(gap, after: words.last, document: document)
                else { break }
            }
            // "Israeli government minister and former ambassador to the U.S. Michael Oren": a title
            // goes on through "and", "to", "of" and "the".
            // A connector goes on with a title ("Minister of Foreign Affairs"), not after a name:
            // "Palestinian negotiator Nabil Shaath of Fatah" is Shaath, not Fatah.
            let nameStarted = words.contains {
                Self.isNameWord($0, document: document) && !Self.isTitleWord($0, document: document)
            }
            // "Israel's ambassador to the United States, Michael Oren": after an actor that ends in
            // a role, "to" or "of" goes on with the title as after a role noun.
            let opensRoleObject = words.isEmpty && mentionEndsInRole && Self.roleObjectConnectors.contains(key)
            guard
                Self.isNameWord(word, document: document) || !afterComma && Self.roleNouns.contains(key)
                    || !afterComma && !words.isEmpty && !nameStarted && Self.titleConnectors.contains(key)
                    || !afterComma && opensRoleObject
            else { break }
            // After the comma a rank may open the name ("Lt. Col. Peter Lerner"); other titles end it.
            if afterComma && !Self.ranks.contains(key) && (Self.titleWords.contains(key) || Self.roleNouns.contains(key)) {
                break
            }
            words.append(word)
            previousEnd = word.upperBound
            if Self.endsWithPossessive(word, document: document) { break }
        }
        // The name: the capitalised words after the last role noun or title word (and after the
        // comma, when there is one: "the United States" in the title is not part of the name).
        let name = words[nameStart...].reversed().prefix { word in
            let key = Self.key(word, document: document)
            return Self.isNameWord(word, document: document) && !Self.titleWords.contains(key)
                && !Self.roleNouns.contains(key)
        }.reversed()
        // "IDF's Leibovich", "Hamas's Barhoum": after an actor's possessive a surname alone is a name,
        // as it is after an actor that ends in a title ("Israeli Prime Minister Olmert",
        // "Secretary-General Ban", "a Hamas spokesman, Barhoum,").
        guard let first = name.first,
            name.count >= 2 || words.count > name.count || possessiveEnd != nil
                || endsInTitle(end, in: sentence, document: document),
            name.count <= 4,
            !Self.notNames.contains(Self.key(first, document: document))
        else { return nil }
        return Array(name)
    }

    /// Whether `words` are a role and what it is to or of ("ambassador to the United States",
    /// "to the U.N." after an actor that ends in "envoy"), so that a name may follow a comma.
    private func isRoleToSomewhere(_ words: [Range<Int>], mentionEndsInRole: Bool, document: Document) -> Bool {
        guard let connector = words.firstIndex(where: { Self.roleObjectConnectors.contains(Self.key($0, document: document)) })
        else { return false }
        let role =
            connector == 0 ? mentionEndsInRole : Self.roleNouns.contains(Self.key(words[connector - 1], document: document))
        return role && connector < words.count - 1
    }

    private static let roleObjectConnectors: WordSet = ["to", "of"]

    /// Whether the actor ending at `end` ends in a title or one person's role ("Israeli Prime
    /// Minister", "U.N. Secretary-General"), so that a surname alone after it is a name.
    private func endsInTitle(_ end: Int, in sentence: Range<Int>, document: Document) -> Bool {
        guard let last = document.words.lastWords(1, in: sentence.lowerBound..<end).last, last.upperBound == end else {
            return false
        }
        let key = Self.key(last, document: document)
        return Self.personRoles.contains(key) || Self.titleWords.contains(key) || key == Self.secretaryGeneral
    }

    private static let secretaryGeneral = WordKey(text: "secretary-general")

    /// Whether the actor ending at `end` ends in one person's role ("An Israeli military
    /// spokesman"), so that a name may follow it after a comma.
    private func endsInOneRole(_ end: Int, in sentence: Range<Int>, document: Document) -> Bool {
        guard let last = document.words.lastWords(1, in: sentence.lowerBound..<end).last, last.upperBound == end else {
            return false
        }
        return Self.personRoles.contains(Self.key(last, document: document))
    }

    /// "Peter Lerner, an Israeli army spokesman," / "Benny Vaknin, mayor of Ashkelon," / "Sari
    /// Bashi, who is with the Israeli rights group Gisha": a name, a comma, then an apposition
    /// that starts as one and names the actor or place within its first words.
    private func nameBeforeApposition(
        startingAt start: Int, endingAt end: Int, in sentence: Range<Int>, document: Document,
        mentions: ActorMentionIndex
    ) -> [Range<Int>]? {
        // Long enough for "Abdullah Mustafa, a father of seven who was buying bread at a bakery in
        // Gaza City": the words between must be spaces-separated, so the window cannot cross a clause.
        let before = document.words.lastWords(16, in: sentence.lowerBound..<start)
        guard !before.isEmpty else { return nil }
        // The comma that opens the apposition: the nearest one before the actor, with no other
        // break; right before it when the apposition opens with the actor ("X, Israel's envoy").
        var opening: Int?
        var index = before.endIndex - 1
        // "David Cohen, Likud spokesman, said": wire copy drops the article before an actor and a
        // role, and the comma after the role closes the apposition.
        let opensWithActor =
            Self.gap(before[before.endIndex - 1].upperBound..<start, document: document) == .comma
            && (Self.isPossessive(at: start, in: sentence, document: document)
                || closesWithRole(after: end, in: sentence, document: document))
        while !opensWithActor, index > before.startIndex {
            let gap = before[index - 1].upperBound..<before[index].lowerBound
            if Self.gap(gap, document: document) == .comma {
                opening = index
                break
            }
            guard Self.gap(gap, document: document) == .space else { return nil }
            index -= 1
        }
        let gapBeforeActor = Self.gap(before[before.endIndex - 1].upperBound..<start, document: document)
        if opensWithActor {
            // "Ron Prosor, Israel's U.N. ambassador,", "Matt Brooks, Republican Jewish Coalition
            // executive director,": the apposition opens with the actor.
            opening = before.endIndex
        } else {
            guard let found = opening, gapBeforeActor == .space, Self.opensApposition(Array(before[found...]), document: document)
            else { return nil }
        }
        guard let opening else { return nil }
        // Past the first words of a long apposition ("Sari Bashi, an Israeli who works on freedom of
        // movement for Palestinians"), an actor is what the person works on unless it is the first
        // the apposition names.
        guard
            before.endIndex - opening <= Self.shortApposition || mentions.starting(in: before[opening].lowerBound..<start).isEmpty
        else { return nil }
        // The name: capitalised words ending just before the comma.
        var name: [Range<Int>] = []
        var cursor = opening - 1
        while cursor >= before.startIndex, name.count < 4, Self.isNameWord(before[cursor], document: document) {
            name.insert(before[cursor], at: 0)
            if cursor == before.startIndex
                || Self.gap(before[cursor - 1].upperBound..<before[cursor].lowerBound, document: document) != .space
            {
                break
            }
            cursor -= 1
        }
        while let first = name.first, Self.titleWords.contains(Self.key(first, document: document)) { name.removeFirst() }
        guard let first = name.first, !Self.notNames.contains(Self.key(first, document: document)),
            mentions.starting(in: first.lowerBound..<name.last!.upperBound).isEmpty
        else { return nil }
        return name
    }

    /// Whether the actor ending at `end` is followed by one person's role and a comma, with up to
    /// three lower-case words ("executive director,"), or itself ends in one ("Hamas spokesman,").
    private func closesWithRole(after end: Int, in sentence: Range<Int>, document: Document) -> Bool {
        var previousEnd = end
        var lastRole = endsInOneRole(end, in: sentence, document: document)
        for word in document.words.firstWords(Self.longestRoleAfterActor + 1, in: end..<sentence.upperBound) {
            let gap = Self.gap(previousEnd..<word.lowerBound, document: document)
            if gap == .comma { return lastRole }
            guard gap == .space, !ByteScanning.isUppercase(at: word.lowerBound, in: document.bytes) else { return false }
            lastRole = Self.appositionRoleEnds.contains(Self.key(word, document: document))
            previousEnd = word.upperBound
        }
        return false
    }

    private static let longestRoleAfterActor = 3
    /// The last word of a role after an actor in an apposition with no article.
    private static let appositionRoleEnds: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "official", "minister", "ambassador", "envoy", "leader", "commander",
        "negotiator", "president", "diplomat", "director", "chairman", "chairwoman", "co-chairman", "founder",
        "co-founder", "secretary", "adviser", "advisor", "member", "lawmaker", "officer", "activist", "resident", "mayor",
        "governor", "analyst", "representative", "rabbi", "researcher", "editor", "correspondent", "head", "chief",
    ]

    /// Words of an apposition before its actor within which every actor named places the person.
    private static let shortApposition = 8

    /// An apposition starts with an article, a role ("mayor of"), "former", or "who is/was".
    static func opensApposition(_ words: [Range<Int>], document: Document) -> Bool {
        guard let first = words.first else { return false }
        let key = key(first, document: document)
        if appositionOpeners.contains(key) || roleNouns.contains(key) || appositionRoles.contains(key) {
            return true
        }
        return key == who && words.count > 1
            && relativeCopulas.contains(Self.key(words[words.startIndex + 1], document: document))
    }

    // MARK: - Words

    private static let appositionOpeners: WordSet = ["a", "an", "the", "former", "senior", "deputy", "acting"]
    /// "X, who heads ...", and where they live or work: "Linda Kabuli, who owns a salon in Sderot".
    private static let relativeCopulas: WordSet = [
        "is", "was", "heads", "headed", "leads", "led", "serves", "served", "lives", "lived", "owns", "runs", "works",
        "worked", "moved",
    ]
    private static let who = WordKey(text: "who")
    private static let the = WordKey(text: "the")

    enum Gap { case space, comma, other }

    /// What separates two words: spaces only, a comma (with spaces), or anything else.
    static func gap(_ range: Range<Int>, document: Document) -> Gap {
        var sawComma = false
        for offset in range {
            switch document.bytes[offset] {
            case UInt8(ascii: " "): continue
            case UInt8(ascii: ","): if sawComma { return .other } else { sawComma = true }
            default: return .other
            }
        }
        return sawComma ? .comma : .space
    }

    /// The end of an "'s" or "’s" right at `offset`, if there is one.
    private static func possessiveSuffixEnd(at offset: Int, document: Document) -> Int? {
        for suffix in possessiveSuffixes where document.bytes[offset...].starts(with: suffix) {
            let end = offset + suffix.count
            guard
                end == document.bytes.count
                    || !ByteScanning.isWordScalar(ByteScanning.scalar(at: end, in: document.bytes).scalar)
            else { return nil }
            return end
        }
        return nil
    }

    private static let possessiveSuffixes: [[UInt8]] = ["'s", "’s"].map { Array($0.utf8) }

    /// Two actors in one title: "Palestinian U.N.", "Israel's U.N. Ambassador".
    private static func isAdjacent(_ range: Range<Int>, document: Document) -> Bool {
        gap(range, document: document) == .space || isPossessiveGap(range, document: document)
    }

    /// Whether the bytes of `range` are "'s " or "’s " (compared as bytes: the gap between two
    /// mentions is often paragraphs long, and making a `String` of it for every mention was a
    /// visible share of the audit).
    private static func isPossessiveGap(_ range: Range<Int>, document: Document) -> Bool {
        possessiveGaps.contains { document.bytes[range].elementsEqual($0) }
    }

    private static let possessiveGaps: [[UInt8]] = ["'s ", "’s "].map { Array($0.utf8) }
    private static let periodGaps: (spaced: [UInt8], bare: [UInt8]) = (Array(". ".utf8), Array(".".utf8))

    /// Between an actor and a title word: spaces, a possessive ("Gaza's"), or the period of an
    /// abbreviated title ("Lt. Col.").
    private static func isTitleGap(_ range: Range<Int>, after previous: Range<Int>?, document: Document) -> Bool {
        if gap(range, document: document) == .space { return true }
        if isPossessiveGap(range, document: document) { return previous == nil }
        let gapBytes = document.bytes[range]
        let isSpacedPeriod = gapBytes.elementsEqual(periodGaps.spaced)
        guard isSpacedPeriod || gapBytes.elementsEqual(periodGaps.bare), let previous else { return false }
        // "Lt. Col.", "U.N. Ambassador" and the letters of "U.N." (words of one letter each).
        let word = document.source.text(previous)
        return isSpacedPeriod && (SentenceSplitter.abbreviations.contains(word) || word.contains("."))
            || word.unicodeScalars.count == 1
    }

    private static func isTitleWord(_ word: Range<Int>, document: Document) -> Bool {
        let key = key(word, document: document)
        return titleWords.contains(key) || roleNouns.contains(key)
    }

    /// A capitalised word, or a name particle ("al-Bozum", "abu-Hassan").
    private static func isNameWord(_ word: Range<Int>, document: Document) -> Bool {
        guard startsLikeName(word, document: document) else { return false }
        return !ByteScanning.isUppercase(at: word.lowerBound, in: document.bytes)
            || !notNames.contains(key(word, document: document))
    }

    /// A title ("Ms.", "Minister") or a capitalised word that is no name ("Then"): not part of
    /// the person's own name.
    static func isTitleOrNotName(_ word: Range<Int>, document: Document) -> Bool {
        let key = key(word, document: document)
        return titleWords.contains(key) || ranks.contains(key) || notNames.contains(key)
    }

    /// Capitalised, or a lower-case name particle before a capital: "al-Shaer" ends a name as
    /// "Shaer" would. Arabic names often end in one, so reading only capitals left Palestinian
    /// speakers ("Nasser al-Shaer, a Hamas deputy, said") unplaced more often than Israeli ones.
    static func startsLikeName(_ word: Range<Int>, document: Document) -> Bool {
        let bytes = document.bytes
        guard !word.isEmpty else { return false }
        if ByteScanning.isUppercase(at: word.lowerBound, in: bytes) { return true }
        for prefix in namePrefixes where word.count > prefix.count && bytes[word].starts(with: prefix) {
            return ByteScanning.isUppercase(at: word.lowerBound + prefix.count, in: bytes)
        }
        return false
    }

    private static let namePrefixes: [[UInt8]] = ["al-", "el-", "ad-", "ash-", "abu-"].map { Array($0.utf8) }

    /// Whether the word at `start` ends with "'s" ("Israel's").
    private static func isPossessive(at start: Int, in sentence: Range<Int>, document: Document) -> Bool {
        guard let word = document.words.firstWord(endingAfter: start), word.lowerBound == start,
            word.upperBound <= sentence.upperBound
        else { return false }
        return endsWithPossessive(word, document: document)
    }

    /// The word's packed lower-case key, for the word lists (no String per word).
    private static func key(_ word: Range<Int>, document: Document) -> WordKey {
        WordKey(word, of: document.bytes)
    }

    /// `hasSuffix("'s") || hasSuffix("’s")` of the word's text, read from its bytes: a `String`
    /// per word of every title was a visible cost. The bytes give the same answer unless a
    /// character outside ASCII stands just before the apostrophe (a prepended mark could join it
    /// to the apostrophe as one `Character`): that rare word is asked as a `String`.
    private static func endsWithPossessive(_ word: Range<Int>, document: Document) -> Bool {
        let bytes = document.bytes[word]
        guard
            let suffix = possessiveSuffixes.first(where: { bytes.count >= $0.count && bytes.suffix($0.count).elementsEqual($0) })
        else { return false }
        let before = word.upperBound - suffix.count - 1
        guard before >= word.lowerBound, document.bytes[before] >= 0x80 else { return true }
        let text = document.source.text(word)
        return text.hasSuffix("'s") || text.hasSuffix("’s")
    }

    private static func withoutPossessive(_ text: String) -> String {
        text.hasSuffix("'s") || text.hasSuffix("’s") ? String(text.dropLast(2)) : text
    }

    /// The surname key of a name's last word: lower-cased, without a possessive; nil for words
    /// that are no surname.
    private static func surnameKey(_ word: Range<Int>, document: Document) -> String? {
        let key = withoutPossessive(document.source.lowercasedText(word))
        let packed = WordKey(text: key)
        guard key.count >= 2, !titleWords.contains(packed), !notNames.contains(packed), !roleNouns.contains(packed) else {
            return nil
        }
        return key
    }

    /// Words that open an apposition of a job without an article ("David Brinn, managing editor of
    /// The Jerusalem Post,", "Kory Bardash, co-chairman of Republicans Abroad Israel,").
    static let appositionRoles: WordSet = [
        "managing", "executive", "co-chairman", "co-chair", "co-founder", "vice", "editor", "fellow", "professor",
        "researcher", "expert", "lawyer", "attorney", "correspondent", "reporter", "columnist", "author", "scholar",
        "associate", "assistant", "head", "chief",
    ]

    /// Lower-case nouns of a role or office, between an actor and a name or opening an apposition.
    static let roleNouns: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "official", "officials", "minister", "ministry", "ambassador", "envoy",
        "leader", "commander", "adviser", "advisor", "negotiator", "chief", "head", "president", "director", "mayor",
        "resident", "member", "lawmaker", "legislator", "general", "colonel", "officer", "activist", "secretary",
        "chairman", "chairwoman", "founder", "governor", "prime", "deputy", "senior", "former", "army", "military",
        "police", "health", "foreign", "defense", "defence", "interior", "cabinet", "government", "parliament", "party",
        "faction", "movement", "group", "council", "representative", "diplomat", "analyst", "rabbi", "sheikh", "policy",
        "fellow", "researcher", "editor", "lawyer", "attorney", "correspondent",
        "lt", "col", "gen", "maj", "capt", "sgt", "brig", "dr", "mr", "mrs", "ms",
    ]

    /// Roles of one person that an actor's own words can end in ("Israeli military spokesman").
    private static let personRoles: WordSet = [
        "spokesman", "spokeswoman", "spokesperson", "official", "minister", "ambassador", "envoy", "leader", "commander",
        "negotiator", "president", "diplomat",
    ]

    /// Abbreviated ranks and forms of address that open a name after a comma.
    private static let ranks: WordSet = ["lt", "col", "gen", "maj", "capt", "sgt", "brig", "dr", "mr", "mrs", "ms"]

    /// Capitalised words of a title, not of a name.
    static let titleWords: WordSet = [
        "prime", "minister", "president", "ambassador", "gen", "general", "lt", "col", "colonel", "maj", "major", "capt",
        "captain", "sgt", "brig", "dr", "mr", "mrs", "ms", "sheikh", "rabbi", "chief", "foreign", "defense", "defence",
        "interior", "health", "finance", "justice", "strategic", "affairs", "ministry", "spokesman", "spokeswoman",
        "secretary", "state", "deputy", "senior", "leader", "commander", "mayor", "speaker", "sen", "rep", "gov", "king",
        "queen", "prince", "emir", "army", "police", "security", "intelligence", "military", "u.n", "u.s", "un", "us",
    ]

    /// Capitalised words that begin sentences or name days and months, not people.
    static let notNames: WordSet = [
        "however", "meanwhile", "still", "yet", "instead", "moreover", "later", "earlier", "today", "now", "then", "also",
        "but", "and", "in", "on", "at", "after", "before", "since", "while", "when", "last", "this", "that", "the", "a",
        "an", "he", "she", "they", "it", "we", "i", "his", "her", "their", "its", "monday", "tuesday", "wednesday",
        "thursday", "friday", "saturday", "sunday", "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december", "israel", "gaza", "palestine", "jerusalem",
    ]
}
