/// Decides which side a loaded term or label describes, from the actors around it:
/// 1. an actor inside the match ("Israeli aggression"), unless the match is against it
///    ("anti-Israel" describes whoever holds the stance);
/// 2. an actor right before it ("Hamas militants"), or before it with a possessive ("Israel's
///    hard-right government"), or after "of/from" ("fighters from Hamas");
/// 3. "its/their" before it: the speaker's side, or the last named actor;
/// 4. "the <label>", also with one word between: the last named actor of a matching kind ("the
///    militant group", "the Islamist terror group" -> Hamas);
/// 5. the nearest actor in the same sentence (not for labels).
struct DescribedSideResolver {
    let document: Document
    let mentions: ActorMentionIndex

    struct Resolution {
        let sideID: String
        let how: String
        /// An actor named right before the match ("Hamas" in "Hamas militants").
        var adjacentActor: Range<Int>? = nil
    }

    /// `nearestFallback: false` stops before step 5: a label is about the actor it names or
    /// points back to; the nearest actor in its sentence is as often the other party
    /// ("Israeli forces killed three militants"), so a label with no such link stays undecided.
    ///
    /// `sentence` is the sentence holding `range`'s start, when the caller has it already.
    func resolve(
        _ range: Range<Int>, speakerSideID: String?, nearestFallback: Bool = true, sentence: Sentence?? = nil
    ) -> Resolution? {
        // "anti-Israel" names the party it is against: the term characterises its holder
        // ("the BBC's anti-Israel bias"), so the actor inside it is passed over.
        let namesItsTarget = ByteScanning.lowercased(
            range.lowerBound..<min(range.upperBound, range.lowerBound + 5), of: document.bytes, equals: "anti-")
        if !namesItsTarget, let inside = mentions.first(startingIn: range) {
            return Resolution(sideID: inside.sideID, how: "names \(inside.actorName)")
        }
        // The label is part of an actor's name: "military" in "the Israeli military".
        if let containing = mentions.containing(range.lowerBound) {
            return Resolution(sideID: containing.sideID, how: "part of \(containing.actorName)")
        }
        let before = previousWord(before: range.lowerBound)
        // The byte distance first: the last actor may be paragraphs back, and counting the
        // words in between would walk all of them.
        if let adjacent = mentions.last(endingBefore: range.lowerBound),
            (range.lowerBound - adjacent.end <= 2 && document.words.wordCount(in: adjacent.end..<range.lowerBound) == 0)
                || isPossessive(adjacent.end..<range.lowerBound)
        {
            return Resolution(
                sideID: adjacent.sideID, how: "follows \(document.source.text(adjacent.range))", adjacentActor: adjacent.range)
        }
        if let next = nextWordRange(after: range.upperBound), isWord(next, "of") || isWord(next, "from"),
            let after = mentions.first(startingAtOrAfter: next.upperBound),
            document.words.words(in: next.upperBound..<after.start, limit: 2).count <= 1
        {
            return Resolution(sideID: after.sideID, how: "of \(document.source.text(after.range))")
        }
        if let before, let word = Self.possessives.first(where: { isWord(before, $0) })?.description {
            if let speakerSideID { return Resolution(sideID: speakerSideID, how: "'\(word)' refers to the speaker") }
            if let last = mentions.last(endingBefore: range.lowerBound) {
                return Resolution(sideID: last.sideID, how: "'\(word)' refers to \(last.actorName)")
            }
        }
        // "the group", or with one modifier between ("the Islamist terror group").
        if let before, isWord(before, "the") || previousWord(before: before.lowerBound).map({ isWord($0, "the") }) == true {
            let text = document.source.lowercasedText(range)
            let kinds: [ActorKind]? =
                FunctionWords.anaphorKinds.first { text.hasSuffix($0.key) }?.value
            if let kinds, let antecedent = mentions.last(endingBefore: range.lowerBound, where: { kinds.contains($0.kind) }) {
                return Resolution(sideID: antecedent.sideID, how: "refers back to \(antecedent.actorName)")
            }
        }
        if nearestFallback, let sentence = sentence ?? document.sentence(containing: range.lowerBound) {
            // Each distance once; the first of equally near mentions wins.
            var nearest: ActorMention?
            var nearestDistance = Int.max
            for mention in mentions.starting(in: sentence.range) where !(namesItsTarget && range.contains(mention.start)) {
                let distance = distance(mention, range)
                if distance < nearestDistance {
                    nearest = mention
                    nearestDistance = distance
                }
            }
            if let nearest {
                return Resolution(sideID: nearest.sideID, how: "nearest actor: \(document.source.text(nearest.range))")
            }
        }
        return nil
    }

    private func distance(_ mention: ActorMention, _ range: Range<Int>) -> Int {
        mention.end <= range.lowerBound
            ? document.words.wordCount(in: mention.end..<range.lowerBound)
            : document.words.wordCount(in: range.upperBound..<max(range.upperBound, mention.start))
    }

    /// Possessives that point to the speaker or to the last named actor.
    static let possessives: [StaticString] = ["its", "their", "his", "her"]

    /// What may stand between an actor and its term for the term to be the actor's:
    /// "Israel's hard-right government", "Hamas’ fighters".
    static let possessiveGaps: [[UInt8]] = ["'s ", "’s ", "' ", "’ "].map { Array($0.utf8) }

    private func isPossessive(_ gap: Range<Int>) -> Bool {
        gap.count <= 5 && Self.possessiveGaps.contains { document.bytes[gap].elementsEqual($0) }
    }

    /// Whether the word at `range`, lowercased, is `word`: compared in place, not built as a String.
    private func isWord(_ range: Range<Int>, _ word: StaticString) -> Bool {
        ByteScanning.lowercased(range, of: document.bytes, equals: word)
    }

    /// The word right before `offset` (at most one character between), within 24 bytes.
    private func previousWord(before offset: Int) -> Range<Int>? {
        let start = max(0, offset - 24)
        let bytes = document.bytes
        var from = start
        while from < offset && bytes[from] & 0xC0 == 0x80 { from += 1 }
        // The index's word when the window holds it whole (the walk below would find the same).
        if let word = document.words.lastWord(startingBefore: offset), word.lowerBound >= from, word.upperBound <= offset {
            return offset - word.upperBound <= 1 ? word : nil
        }
        return document.words.words(in: from..<offset).last.flatMap { word in
            document.words.wordCount(in: word.upperBound..<offset) == 0 && offset - word.upperBound <= 1 ? word : nil
        }
    }

    /// The first word within 24 bytes after `offset`.
    private func nextWordRange(after offset: Int) -> Range<Int>? {
        let bytes = document.bytes
        var end = min(bytes.count, offset + 24)
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        let next = document.words.firstWord(endingAfter: offset)
        guard let next, next.lowerBound < end else { return nil }
        // The index's word when the window holds it whole (the walk below would find the same).
        if next.lowerBound >= offset && next.upperBound <= end { return next }
        return document.words.words(in: offset..<end).first
    }
}
