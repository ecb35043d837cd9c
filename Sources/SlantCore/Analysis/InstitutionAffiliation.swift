/// People the article introduces by their post at an institution the side pack does not know:
/// "Kori Schake, a Hoover Institute research fellow", "Nathan J. Brown, a professor of political
/// science at George Washington University". The annotation guidelines count foreign experts and
/// analysts as third parties; when nothing in the apposition names a party of the pack (actor
/// or place), the person speaks as the pack's third party. Israeli and Palestinian universities,
/// institutes and rights groups are actors of the pack, so they place their people first, and
/// the rule is as symmetric as the pack.
struct InstitutionAffiliation {
    let document: Document
    let mentions: ActorMentionIndex
    let places: ActorMentionIndex
    /// The pack's third-party side; nil when it has none (then nobody is placed).
    let thirdPartySideID: String?
    /// The words the article gives such an apposition, found on the first question: one pass over
    /// the article, not one per unplaced name (a transcript's hundreds of labels made that pass
    /// per name the bulk of an audit).
    private let affiliated = AffiliatedWords()

    init(document: Document, mentions: ActorMentionIndex, places: ActorMentionIndex, thirdPartySideID: String?) {
        self.document = document
        self.mentions = mentions
        self.places = places
        self.thirdPartySideID = thirdPartySideID
    }

    /// The third-party side for the person whose surname ends `name`, if the article gives them
    /// an apposition of a post at an unknown institution anywhere.
    func side(ofNameEndingIn name: Range<Int>) -> String? {
        guard let thirdPartySideID else { return nil }
        if affiliated.words == nil {
            var found: Set<[UInt8]> = []
            let bytes = document.bytes
            for word in document.words.words(in: 0..<bytes.count) {
                // An apposition opens with a comma after the name (`PersonRoster.gap`): most words
                // are passed over here.
                var next = word.upperBound
                while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
                guard next < bytes.count, bytes[next] == UInt8(ascii: ","),
                    let apposition = apposition(after: word), names(institutionIn: apposition)
                else { continue }
                found.insert(Array(document.bytes[word]))
            }
            affiliated.words = found
        }
        return affiliated.words!.contains(Array(document.bytes[name])) ? thirdPartySideID : nil
    }

    /// Filled once per article by `side(ofNameEndingIn:)`.
    private final class AffiliatedWords {
        var words: Set<[UInt8]>?
    }

    /// The words of ", a ... ," right after `word`, if they open as an apposition.
    private func apposition(after word: Range<Int>) -> [Range<Int>]? {
        guard let sentence = document.sentence(containing: word.lowerBound) else { return nil }
        let following = document.words.firstWords(Self.longest + 1, in: word.upperBound..<sentence.range.upperBound)
        guard let first = following.first, PersonRoster.gap(word.upperBound..<first.lowerBound, document: document) == .comma
        else { return nil }
        var words = [first]
        for next in following.dropFirst() {
            guard PersonRoster.gap(words.last!.upperBound..<next.lowerBound, document: document) == .space else { break }
            words.append(next)
        }
        guard words.count <= Self.longest, PersonRoster.opensApposition(words, document: document) else { return nil }
        return words
    }

    /// A capitalised institution word and no party's actor or place in the apposition.
    private func names(institutionIn words: [Range<Int>]) -> Bool {
        let span = words.first!.lowerBound..<words.last!.upperBound
        let institution = words.contains { word in
            ByteScanning.isUppercase(at: word.lowerBound, in: document.bytes)
                && Self.institutionHeads.contains(WordKey(word, of: document.bytes))
        }
        guard institution else { return false }
        let partyNamed =
            mentions.starting(in: span).contains { $0.sideID != thirdPartySideID }
            || places.starting(in: span).contains { $0.sideID != thirdPartySideID }
        return !partyNamed
    }

    private static let longest = 16

    static let institutionHeads: WordSet = [
        "university", "institute", "institution", "center", "centre", "foundation", "endowment", "school", "college",
        "forum", "program", "programme", "council", "fund", "initiative",
    ]
}
