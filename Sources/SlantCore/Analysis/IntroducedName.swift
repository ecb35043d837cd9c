/// A person the narration introduces by name without placing them on a side: "the office of
/// attorney Salem Dahdouh", "Riba Abu Saithan, 34,", "Hazem Atallah, who ...". A later "he" or
/// "she" is most likely this person, not somebody named paragraphs before; without it, "he"
/// took the side of the last placed person, the error the editor saw most.
/// Looked for only between the last placed person and the pronoun, so it costs nothing when
/// the article places everyone it names.
struct IntroducedName {
    let offset: Int
    let name: String
    let range: Range<Int>
    /// Introduced as an ordinary local person ("attorney X", "X, 34,"), whom the places around
    /// them place (`LocalSpeaker`); an analyst or a journalist is not.
    let isLocal: Bool

    /// Every such introduction inside `range` (which should stay within a few sentences), in order.
    static func all(in range: Range<Int>, document: Document, isTaken: (Range<Int>) -> Bool) -> [IntroducedName] {
        let words = document.words.words(in: range)
        var found: [IntroducedName] = []
        var index = 0
        while index < words.count {
            guard isNameWord(words[index], document: document) else {
                index += 1
                continue
            }
            var end = index + 1
            while end < words.count, end - index < 4, isNameWord(words[end], document: document),
                isSpace(words[end - 1].upperBound..<words[end].lowerBound, document: document)
            {
                end += 1
            }
            let name = words[index].lowerBound..<words[end - 1].upperBound
            if end - index >= 2, !isTaken(name), let introduction = introduction(words, from: index, to: end, document: document)
            {
                found.append(
                    IntroducedName(
                        offset: name.lowerBound, name: document.source.text(name), range: name,
                        isLocal: introduction == .local))
            }
            index = end
        }
        return found
    }

    private enum Introduction { case local, other }

    /// After an occupation ("attorney Salem Dahdouh"), or before ", 34," (local) or ", who".
    private static func introduction(_ words: [Range<Int>], from start: Int, to end: Int, document: Document) -> Introduction? {
        if start > 0, isSpace(words[start - 1].upperBound..<words[start].lowerBound, document: document) {
            let before = WordKey(words[start - 1], of: document.bytes)
            if localOccupations.contains(before) { return .local }
            if otherOccupations.contains(before) { return .other }
        }
        guard end < words.count else { return nil }
        let gap = document.source.text(words[end - 1].upperBound..<words[end].lowerBound)
        guard gap == ", " else { return nil }
        let next = words[end]
        if WordKey(next, of: document.bytes) == who { return .other }
        let digits = document.bytes[next]
        let isAge =
            digits.count <= 3 && digits.allSatisfy { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }
            && document.bytes.count > next.upperBound && document.bytes[next.upperBound] == UInt8(ascii: ",")
        return isAge ? .local : nil
    }

    private static func isNameWord(_ word: Range<Int>, document: Document) -> Bool {
        guard
            ByteScanning.scalar(at: word.lowerBound, in: document.bytes).scalar.properties.isUppercase
                || PersonRoster.startsLikeName(word, document: document)
        else {
            return false
        }
        let key = WordKey(word, of: document.bytes)
        return !PersonRoster.notNames.contains(key) && !PersonRoster.titleWords.contains(key)
    }

    /// Spaces only between two words (`PersonRoster`'s reading of a gap).
    private static func isSpace(_ gap: Range<Int>, document: Document) -> Bool {
        PersonRoster.gap(gap, document: document) == .space
    }

    private static let who = WordKey(text: "who")

    /// Ordinary people where the story happens: an occupation or a relation before the name.
    static let localOccupations: WordSet = [
        "attorney", "lawyer", "resident", "farmer", "fisherman", "doctor", "nurse", "paramedic", "surgeon", "student",
        "teacher", "engineer", "businessman", "businesswoman", "shopkeeper", "merchant", "driver", "worker", "father",
        "mother", "son", "daughter", "brother", "sister", "uncle", "aunt", "cousin", "grandmother", "grandfather", "widow",
        "neighbor", "neighbour", "owner", "volunteer", "villager", "refugee", "mourner",
    ]

    /// People introduced by a job that does not place them where the story happens.
    static let otherOccupations: WordSet = [
        "dr", "activist", "journalist", "photographer", "reporter", "writer", "author", "historian", "professor",
        "analyst", "researcher", "economist", "pollster", "rabbi", "imam", "sheikh", "priest", "manager", "soldier",
        "reservist", "settler",
    ]
}
