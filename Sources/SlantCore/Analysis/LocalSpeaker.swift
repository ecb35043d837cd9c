/// Ordinary people quoted where the story happens: "Mohammed Musleh, 27, said ..." in a paragraph
/// set in Beit Hanoun, "neighbors said" after a sentence in Sderot, "medics said a child was
/// killed in Gaza". The article places them by where they are, which the annotation guidelines
/// count as their side ("a resident of Khan Younis"). Only two kinds of speaker qualify, both
/// plainly civilians: a name followed by an age ("X, 27,") and a head noun such as "residents",
/// "neighbors", "medics" or "witnesses". The places are those of the side pack, so the rule is
/// as symmetric as the pack; places of both sides in the window leave the speaker unassigned.
struct LocalSpeaker {
    let document: Document
    let places: ActorMentionIndex

    /// The side of the places around the speaker: for a local civilian, the sentence and the four
    /// before it; for local officials, the words before them in their sentence. Nil unless the
    /// places name one side.
    func side(of speaker: Range<Int>, in sentence: Sentence) -> String? {
        if isCivilian(speaker) { return side(around: sentence) }
        // "From northern Gaza, Mohammed Sulaiman said": a name right after a sentence's opening
        // phrase of place is placed there, as "a resident of" would place it.
        if let opening = openingPlacePhrase(before: speaker, in: sentence), isBareName(speaker) {
            let sides = Set(places.starting(in: opening).map(\.sideID))
            if sides.count == 1 { return sides.first }
        }
        // "In Gaza, health officials said": local officials are placed only by a place before them
        // in their own sentence, not by one in what they say ("officials said strikes hit Gaza").
        // "In the Gaza town of Beit Hanoun, many people expressed hope": people too, who are
        // anybody anywhere unless their own sentence sets them somewhere ("Some people say ...").
        if let last = document.words.words(in: speaker).last,
            Self.localOfficialHeads.contains(WordKey(last, of: document.bytes))
                || WordKey(last, of: document.bytes) == Self.people
        {
            return side(in: sentence.range.lowerBound..<speaker.lowerBound)
        }
        return nil
    }

    /// The side of the places in `sentence` and the few before it, when they name one side.
    func side(around sentence: Sentence) -> String? {
        var window = sentence.range
        var index = sentence.index
        while index > 0, sentence.index - index < Self.sentencesBefore {
            index -= 1
            window = document.sentences[index].range.lowerBound..<window.upperBound
        }
        // "NABLUS, West Bank — ... 'We have nothing,' said a farmer": when the sentences around
        // the speaker name no place at all, the dateline sets the scene.
        let around = places.starting(in: window).filter { !isElsewhere($0) }
        guard around.isEmpty, let dateline = datelineRange() else {
            let sides = Set(around.map(\.sideID))
            return sides.count == 1 ? sides.first : nil
        }
        return side(in: dateline)
    }

    /// The dateline opening one of the first body paragraphs ("GAZA CITY -", "NABLUS, West Bank
    /// —", "JERUSALEM (AP) —"): capitals up to a comma or a dash, a region, a wire's name in
    /// brackets, then the dash. Only the first few paragraphs are looked at (photo captions can
    /// come before it), and only their first bytes.
    func datelineRange() -> Range<Int>? {
        let bytes = document.bytes
        for paragraph in document.paragraphs.prefix(Self.datelineParagraphs) {
            let start = paragraph.range.lowerBound
            let limit = min(paragraph.range.upperBound, start + Self.datelineLength)
            var index = start
            var capitals = 0
            while index < limit,
                (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(bytes[index]) || bytes[index] == UInt8(ascii: " ")
                    || bytes[index] == UInt8(ascii: ".")
                    || bytes[index] == UInt8(ascii: "-") && index + 1 < limit
                        && bytes[index + 1] != UInt8(ascii: " ")
            {
                if bytes[index] != UInt8(ascii: " ") { capitals += 1 }
                index += 1
            }
            // "GAZA CITY" or "NABLUS": at least two capitals, ending at a comma, a bracket or a dash.
            guard capitals >= 2, index < limit,
                bytes[index] == UInt8(ascii: ",") || bytes[index] == UInt8(ascii: "(")
                    || Self.dashStarts.contains(where: { bytes[index...].starts(with: $0) })
            else { continue }
            var end = index
            while end < limit, !Self.dashStarts.contains(where: { bytes[end...].starts(with: $0) }) {
                if bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: "\n") { break }
                end += 1
            }
            guard end < limit, Self.dashStarts.contains(where: { bytes[end...].starts(with: $0) }) else { continue }
            return start..<end
        }
        return nil
    }

    private static let datelineParagraphs = 6
    private static let datelineLength = 48
    /// A spaced hyphen, an en dash or an em dash.
    private static let dashStarts = [Array(" -".utf8), Array("-".utf8), Array("–".utf8), Array("—".utf8)]

    /// The opening phrase ("In Khan Younis", "From a cafe in Sderot") when the sentence opens
    /// with a preposition of place and `speaker` follows its comma directly.
    private func openingPlacePhrase(before speaker: Range<Int>, in sentence: Sentence) -> Range<Int>? {
        guard let first = document.words.firstWords(1, in: sentence.range).first,
            Self.placePrepositions.contains(WordKey(first, of: document.bytes)), first.upperBound < speaker.lowerBound
        else { return nil }
        var gapStart = speaker.lowerBound
        while gapStart > first.upperBound, document.bytes[gapStart - 1] == UInt8(ascii: " ") { gapStart -= 1 }
        guard gapStart > first.upperBound, document.bytes[gapStart - 1] == UInt8(ascii: ","),
            !document.bytes[first.upperBound..<(gapStart - 1)].contains(UInt8(ascii: ","))
        else { return nil }
        return first.lowerBound..<(gapStart - 1)
    }

    /// Two to four name words and nothing else: a person the article has not yet described.
    private func isBareName(_ speaker: Range<Int>) -> Bool {
        let words = document.words.words(in: speaker)
        return (2...4).contains(words.count)
            && words.allSatisfy {
                PersonRoster.startsLikeName($0, document: document)
                    && !PersonRoster.notNames.contains(WordKey($0, of: document.bytes))
            }
    }

    private static let placePrepositions: WordSet = ["in", "from", "at", "inside", "near"]

    /// The one side whose places stand in `window`, if only one side's do.
    private func side(in window: Range<Int>) -> String? {
        let sides = Set(places.starting(in: window).filter { !isElsewhere($0) }.map(\.sideID))
        return sides.count == 1 ? sides.first : nil
    }

    /// "rockets from Gaza", "15 miles north of Gaza", "the Gaza border": a place named as an
    /// origin, a bearing or a border is not where the speaker is.
    private func isElsewhere(_ place: ActorMention) -> Bool {
        // "near the Gaza border", "at the Gaza fence": a place naming a border is not where the
        // speaker is, who is on one side of it.
        let bytes = document.bytes
        var after = place.end
        if let mark = Self.possessives.first(where: { bytes[after...].starts(with: $0) }) { after += mark.count }
        while after < bytes.count, bytes[after] == UInt8(ascii: " ") { after += 1 }
        if let next = document.words.firstWords(1, in: after..<min(bytes.count, after + 24)).first, next.lowerBound == after,
            Self.borders.contains(WordKey(next, of: bytes))
        {
            return true
        }
        let before = document.words.lastWords(2, in: max(0, place.start - 40)..<place.start)
        guard let last = before.last else { return false }
        let key = WordKey(last, of: document.bytes)
        if key == Self.from { return true }
        guard key == Self.of, before.count == 2 else { return false }
        return Self.bearings.contains(WordKey(before[before.startIndex], of: document.bytes))
    }

    private static let from = WordKey(text: "from")
    private static let people = WordKey(text: "people")
    private static let your = WordKey(text: "your")
    private static let of = WordKey(text: "of")
    private static let borders: WordSet = ["border", "borders", "fence", "frontier", "boundary", "perimeter"]
    /// A possessive between a place and "border" ("Gaza's border").
    private static let possessives = [Array("'s".utf8), Array("’s".utf8)]
    private static let bearings: WordSet = [
        "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "outside", "border",
    ]

    /// "Salah Zuhikeh, 55," (or with an age adjective) or a phrase whose head is a civilian noun
    /// ("many residents").
    private func isCivilian(_ speaker: Range<Int>) -> Bool {
        let words = document.words.words(in: speaker)
        guard let last = words.last, words.count <= 6 else { return false }
        // "Your aunt says": the reader's family, in an explainer, is nowhere in particular.
        if let first = words.first, WordKey(first, of: document.bytes) == Self.your { return false }
        if Self.civilianHeads.contains(WordKey(last, of: document.bytes)) { return true }
        // "the mother of the family", "the uncle of the boy": a relative, whatever the phrase ends in.
        if words.contains(where: { Self.kin.contains(WordKey($0, of: document.bytes)) }) { return true }
        return isFollowedByAge(speaker.upperBound) || hasAgeAdjective(speaker) || hasKinApposition(speaker)
    }

    /// "Um Jihad, the mother-in-law of the pregnant woman," or "Orly Peretz, a mother of five":
    /// a speaker introduced by kinship is family, as "his mother" is.
    private func hasKinApposition(_ speaker: Range<Int>) -> Bool {
        guard let index = afterComma(speaker.upperBound) else { return false }
        let bytes = document.bytes
        guard let article = (Self.articles + [Self.the]).first(where: { bytes[index...].starts(with: $0) }),
            let word = document.words.firstWords(1, in: (index + article.count)..<min(bytes.count, index + article.count + 24))
                .first, word.lowerBound == index + article.count
        else { return false }
        return Self.kin.contains(WordKey(word, of: bytes))
    }

    private static let the = Array("the ".utf8)
    /// Kinship nouns: "his brother said" and "X, the mother of ..." are the family of the people a
    /// story is about.
    static let kin: WordSet = [
        "brother", "sister", "father", "mother", "son", "daughter", "uncle", "aunt", "cousin", "wife", "husband", "widow",
        "grandmother", "grandfather", "relative", "nephew", "niece", "grandson", "granddaughter", "mother-in-law",
        "father-in-law", "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law",
    ]

    /// "19-year-old Ali Abu Taimah" or "Tawfiq Barbakh, a 67-year-old father of 12,": an age
    /// given as an adjective, before the name or opening its apposition, as ", 27," is after it.
    private func hasAgeAdjective(_ speaker: Range<Int>) -> Bool {
        if startsWithAge(speaker.lowerBound) { return true }
        guard let index = afterComma(speaker.upperBound) else { return false }
        let bytes = document.bytes
        return Self.articles.first { bytes[index...].starts(with: $0) }.map { startsWithAge(index + $0.count) } ?? false
    }

    /// Whether one to three digits and "-year-old" start at `offset`.
    private func startsWithAge(_ offset: Int) -> Bool {
        endOfAge(offset).map { document.bytes[$0...].starts(with: Self.yearOld) } ?? false
    }

    /// Where one to three digits starting at `offset` end; nil when none start there.
    private func endOfAge(_ offset: Int) -> Int? {
        let bytes = document.bytes
        var index = offset
        while index < bytes.count, index - offset < 3, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[index]) {
            index += 1
        }
        return index > offset ? index : nil
    }

    /// The offset after a comma at `offset` and the spaces following it; nil without the comma.
    private func afterComma(_ offset: Int) -> Int? {
        let bytes = document.bytes
        guard offset < bytes.count, bytes[offset] == UInt8(ascii: ",") else { return nil }
        var index = offset + 1
        while index < bytes.count, bytes[index] == UInt8(ascii: " ") { index += 1 }
        return index
    }

    private static let yearOld = Array("-year-old".utf8)
    private static let articles = [Array("a ".utf8), Array("an ".utf8)]

    /// ", 27," right after the name, or ", 52." ending the sentence ("said Umm Mohammed, 52.").
    private func isFollowedByAge(_ offset: Int) -> Bool {
        guard let start = afterComma(offset), let end = endOfAge(start) else { return false }
        return end < document.bytes.count
            && (document.bytes[end] == UInt8(ascii: ",") || document.bytes[end] == UInt8(ascii: "."))
    }

    static let sentencesBefore = 4

    static let civilianHeads: WordSet = [
        "resident", "residents", "neighbor", "neighbors", "neighbour", "neighbours", "medic", "medics", "paramedics",
        "witness", "witnesses", "villagers", "survivor", "survivors", "relatives", "rescuers", "passersby", "onlookers",
        "shopkeeper", "farmer", "fisherman", "mourners", "locals", "girls", "boys", "teenagers", "women", "men",
        "children", "families", "students", "protesters", "demonstrators",
        // "In Gaza City, one man told CNN".
        "man", "woman",
        // The families of the people a story is about ("his brother said") are where they are.
        "brother", "sister", "father", "mother", "son", "daughter", "uncle", "aunt", "cousin", "wife", "husband", "widow",
        "grandmother", "grandfather", "relative",
    ]

    /// Officials with no side named, placed only by a place in their own sentence ("In Gaza,
    /// health officials said"; "police in Sderot said").
    static let localOfficialHeads: WordSet = [
        "officials", "authorities", "police", "doctors", "nurses", "spokesman", "spokeswoman", "mayor",
    ]
}
