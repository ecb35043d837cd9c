/// Every word of a text, found in one walk, so the many questions the analysis asks about the
/// words of a range (how many, the last five before a match, the next one after it) become
/// binary searches instead of walks over the same bytes again.
///
/// `ByteScanning`'s walk over a range is the definition. Where a word starts and ends depends
/// only on the characters next to it, so the walk over a range finds exactly the text's words
/// inside it, unless an end of the range cuts through a word (then that word is cut, or a
/// hyphen no longer joins): those ranges get the walk itself. `WordIndexTests` check this on
/// every range of real articles.
struct WordIndex: Sendable {
    let bytes: [UInt8]
    /// The text's words, in order.
    let all: [Range<Int>]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var all: [Range<Int>] = []
        all.reserveCapacity(bytes.count / 5)
        ByteScanning.forEachWord(in: 0..<bytes.count, of: bytes) { word in
            all.append(word)
            return true
        }
        self.all = all
    }

    /// The indexed words inside `range`, or nil when an end of `range` lies inside a word.
    func indexed(_ range: Range<Int>) -> ArraySlice<Range<Int>>? {
        all.withUnsafeBufferPointer { words in
            // The first word ending after the range's start, then the first starting at or after its end.
            let first = Self.firstIndex(in: words, from: 0) { $0.upperBound > range.lowerBound }
            if first < words.count, words[first].lowerBound < range.lowerBound { return nil }
            let end = Self.firstIndex(in: words, from: first) { $0.lowerBound >= range.upperBound }
            if end > first, words[end - 1].upperBound > range.upperBound { return nil }
            return all[first..<end]
        }
    }

    /// The last word starting before `offset`.
    func lastWord(startingBefore offset: Int) -> Range<Int>? {
        let after = all.withUnsafeBufferPointer { Self.firstIndex(in: $0, from: 0) { $0.lowerBound >= offset } }
        return after > 0 ? all[after - 1] : nil
    }

    /// The first word ending after `offset`.
    func firstWord(endingAfter offset: Int) -> Range<Int>? {
        let index = all.withUnsafeBufferPointer { Self.firstIndex(in: $0, from: 0) { $0.upperBound > offset } }
        return index < all.count ? all[index] : nil
    }

    /// Binary search for the first word from `low` on that satisfies `isPast` (false, then true).
    @inline(__always)
    private static func firstIndex(
        in words: UnsafeBufferPointer<Range<Int>>, from low: Int, where isPast: (Range<Int>) -> Bool
    ) -> Int {
        // Both halves' next states are computed and one is selected, so the compiler can use
        // conditional moves: which half holds the answer is a coin toss a branch predictor loses.
        var first = low
        var count = words.count - low
        while count > 0 {
            let half = count / 2
            let goRight = !isPast(words[first + half])
            first = goRight ? first + half + 1 : first
            count = goRight ? count - half - 1 : half
        }
        return first
    }

    /// `ByteScanning.words(in:of:limit:)`.
    func words(in range: Range<Int>, limit: Int = .max) -> [Range<Int>] {
        guard let words = indexed(range) else { return ByteScanning.words(in: range, of: bytes, limit: limit) }
        return Array(words.prefix(limit))
    }

    /// `ByteScanning.wordCount(in:of:)`.
    func wordCount(in range: Range<Int>) -> Int {
        indexed(range)?.count ?? ByteScanning.wordCount(in: range, of: bytes)
    }

    /// `ByteScanning.lastWords(_:in:of:)`.
    func lastWords(_ count: Int, in range: Range<Int>) -> ArraySlice<Range<Int>> {
        indexed(range)?.suffix(count) ?? ByteScanning.lastWords(count, in: range, of: bytes)
    }
}
