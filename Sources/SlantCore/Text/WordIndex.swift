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
    /// Entry k: how many words end at or before byte `k * blockSize` (entries past the text's
    /// end hold them all). A search about an offset in block k then looks only between entries
    /// k and k + 1, plus the one word that may cross into the next block: a few words near each
    /// other, where a search of all the words took a dozen steps that mostly missed the cache.
    let wordsBeforeBlock: [Int]
    static let blockSize = 64

    /// `bytes` must be valid UTF-8 (a `SourceText`'s are).
    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let all = Self.allWords(of: bytes)
        let blocks = bytes.count / Self.blockSize + 2
        self.wordsBeforeBlock = all.withUnsafeBufferPointer { words in
            [Int](unsafeUninitializedCapacity: blocks) { table, initialized in
                var ended = 0
                for block in 0..<blocks {
                    while ended < words.count && words[ended].upperBound <= block * Self.blockSize { ended += 1 }
                    table.initializeElement(at: block, to: ended)
                }
                initialized = blocks
            }
        }
        self.all = all
    }

    /// The words `ByteScanning.forEachWord` finds in the whole of `bytes`, found 64 bytes at a
    /// time: one bit per byte says whether it belongs to a word, and the words' starts and ends
    /// are where that bit changes. A word is a run of word scalars and of joiners (hyphen,
    /// apostrophe, U+2019) that have a word scalar on both sides, so the bits of a block follow
    /// from its word scalars alone; only non-ASCII scalars are decoded one by one.
    static func allWords(of bytes: [UInt8]) -> [Range<Int>] {
        var words: [Range<Int>] = []
        words.reserveCapacity(bytes.count / 5)
        bytes.withUnsafeBufferPointer { buffer in
            let count = buffer.count
            var base = 0
            // Where the word running into the block started, or -1.
            var wordStart = -1
            // Whether the scalar just before the block is a word scalar.
            var previousIsWord = false
            while base < count {
                var length = min(64, count - base)
                let block = BlockBits(UnsafeRawBufferPointer(buffer), from: base, count: length)
                var word = block.letterOrDigit
                // The first byte of each U+2019 (the one joiner above ASCII).
                var wideJoiners: UInt64 = 0
                if block.nonASCII != 0 {
                    let leads = block.nonASCII & ~block.continuation
                    // A scalar cut by the block's end is left whole to the next block.
                    if leads != 0 {
                        let lastLead = 63 - leads.leadingZeroBitCount
                        if lastLead > 0, lastLead + ByteScanning.scalarLength(buffer[base + lastLead]) > length {
                            length = lastLead
                        }
                    }
                    var remaining = leads & Self.lowBits(length)
                    while remaining != 0 {
                        let position = remaining.trailingZeroBitCount
                        remaining &= remaining - 1
                        let scalar = ByteScanning.classify(at: base + position, in: buffer)
                        if scalar.isWord {
                            word |= Self.lowBits(scalar.length) << UInt64(position)
                        } else if scalar.isJoiner {
                            wideJoiners |= 1 << UInt64(position)
                        }
                    }
                }
                let valid = Self.lowBits(length)
                word &= valid
                // Bit i: the scalar ending just before byte i is a word scalar.
                let afterWord = (word << 1) | (previousIsWord ? 1 : 0)
                let nextIsWord = {
                    base + length < count && ByteScanning.classify(at: base + length, in: buffer).isWord
                }
                var joined: UInt64 = 0
                let asciiJoiners = block.joiner & valid & afterWord
                if asciiJoiners != 0 {
                    // Bit i: byte i + 1 starts a word scalar (past the block: read it).
                    var beforeWord = word >> 1
                    if asciiJoiners >> UInt64(length - 1) & 1 != 0, nextIsWord() { beforeWord |= 1 << UInt64(length - 1) }
                    joined |= asciiJoiners & beforeWord
                }
                var wide = wideJoiners & afterWord
                while wide != 0 {
                    let position = wide.trailingZeroBitCount
                    wide &= wide - 1
                    let next = position + 3
                    let joins = next < length ? word >> UInt64(next) & 1 != 0 : nextIsWord()
                    if joins { joined |= 0b111 << UInt64(position) }
                }
                let inWord = word | joined
                // Each change of `inWord` from the byte before (the previous block's last) is
                // a word's start or end, in turn.
                var edges = (inWord ^ ((inWord << 1) | (wordStart >= 0 ? 1 : 0))) & valid
                while edges != 0 {
                    let offset = base + edges.trailingZeroBitCount
                    edges &= edges - 1
                    if wordStart < 0 {
                        wordStart = offset
                    } else {
                        words.append(wordStart..<offset)
                        wordStart = -1
                    }
                }
                previousIsWord = word >> UInt64(length - 1) & 1 != 0
                base += length
            }
            if wordStart >= 0 { words.append(wordStart..<count) }
        }
        return words
    }

    /// The lowest `count` bits set, for `count` in 0...64.
    @inline(__always)
    private static func lowBits(_ count: Int) -> UInt64 {
        count >= 64 ? ~0 : (1 << UInt64(count)) - 1
    }

    /// Up to 64 bytes as bit masks, bit i for the byte at `start + i`.
    private struct BlockBits {
        /// ASCII letters and digits.
        var letterOrDigit: UInt64 = 0
        /// `-` and `'`.
        var joiner: UInt64 = 0
        var nonASCII: UInt64 = 0
        /// UTF-8 continuation bytes (`10xxxxxx`).
        var continuation: UInt64 = 0

        @inline(__always)
        init(_ raw: UnsafeRawBufferPointer, from start: Int, count: Int) {
            guard count == 64 else {
                // The text's last bytes, padded with zeros (no word, no joiner).
                var padded: (UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0, 0, 0, 0, 0)
                withUnsafeMutableBytes(of: &padded) { copy in
                    copy.copyMemory(from: UnsafeRawBufferPointer(rebasing: raw[start..<(start + count)]))
                }
                self = withUnsafeBytes(of: padded) { BlockBits($0, from: 0, count: 64) }
                return
            }
            for lane in 0..<8 {
                let chunk = raw.loadUnaligned(fromByteOffset: start + lane * 8, as: UInt64.self)
                let shift = UInt64(lane * 8)
                letterOrDigit |= ByteLanes.bitPerLane(ByteLanes.letterOrDigitLanes(chunk)) << shift
                joiner |=
                    ByteLanes.bitPerLane(
                        ByteLanes.lanes(equalTo: UInt8(ascii: "-"), in: chunk)
                            | ByteLanes.lanes(equalTo: UInt8(ascii: "'"), in: chunk)) << shift
                nonASCII |= ByteLanes.bitPerLane(chunk) << shift
                // A lane's bit 6 moved up to its bit 7: set for `11xxxxxx`, clear for `10xxxxxx`.
                continuation |= ByteLanes.bitPerLane(chunk & ~(chunk << 1)) << shift
            }
        }
    }

    /// The indexed words inside `range`, or nil when an end of `range` lies inside a word.
    func indexed(_ range: Range<Int>) -> ArraySlice<Range<Int>>? {
        all.withUnsafeBufferPointer { words in
            // The first word ending after the range's start, then the first starting at or after its end.
            let first = firstIndex(in: words, near: range.lowerBound) { $0.upperBound > range.lowerBound }
            if first < words.count, words[first].lowerBound < range.lowerBound { return nil }
            let end = firstIndex(in: words, near: range.upperBound, from: first) { $0.lowerBound >= range.upperBound }
            if end > first, words[end - 1].upperBound > range.upperBound { return nil }
            return all[first..<end]
        }
    }

    /// The last word starting before `offset`.
    func lastWord(startingBefore offset: Int) -> Range<Int>? {
        let after = all.withUnsafeBufferPointer { firstIndex(in: $0, near: offset) { $0.lowerBound >= offset } }
        return after > 0 ? all[after - 1] : nil
    }

    /// The first word ending after `offset`.
    func firstWord(endingAfter offset: Int) -> Range<Int>? {
        let index = all.withUnsafeBufferPointer { firstIndex(in: $0, near: offset) { $0.upperBound > offset } }
        return index < all.count ? all[index] : nil
    }

    /// The first word from `low` on that satisfies `isPast` (false, then true), where `isPast`
    /// is "ends after `offset`" or "starts at or after `offset`". Either answer lies between the
    /// words ending by the start of `offset`'s block and those ending by the next block's start,
    /// plus one (a word starting before that and ending after).
    @inline(__always)
    private func firstIndex(
        in words: UnsafeBufferPointer<Range<Int>>, near offset: Int, from low: Int = 0, where isPast: (Range<Int>) -> Bool
    ) -> Int {
        let block = min(max(offset, 0) / Self.blockSize, wordsBeforeBlock.count - 2)
        let upper = min(words.count, wordsBeforeBlock[block + 1] + 1)
        let lower = min(max(low, wordsBeforeBlock[block]), upper)
        return Self.firstIndex(in: words, from: lower, to: upper, where: isPast)
    }

    /// Binary search in `low..<high` for the first word that satisfies `isPast`, or `high`.
    @inline(__always)
    private static func firstIndex(
        in words: UnsafeBufferPointer<Range<Int>>, from low: Int, to high: Int, where isPast: (Range<Int>) -> Bool
    ) -> Int {
        // Both halves' next states are computed and one is selected, so the compiler can use
        // conditional moves: which half holds the answer is a coin toss a branch predictor loses.
        var first = low
        var count = high - low
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

    /// `ByteScanning.words(in:of:limit:)` as a slice: no array when the range cuts no word.
    func firstWords(_ count: Int, in range: Range<Int>) -> ArraySlice<Range<Int>> {
        indexed(range)?.prefix(count) ?? ByteScanning.words(in: range, of: bytes, limit: count)[...]
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
