/// A fixed list of words (the grammar's closed classes), looked up by one multiply and a probe
/// or two: `Set`'s hashing was a visible share of the speaker finder's time.
struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// Open addressing, at most a quarter full; `WordKey.empty` marks a free slot.
    private let slots: [WordKey]
    private let shift: UInt64

    init(arrayLiteral words: WordKey...) {
        var bits: UInt64 = 2
        while 1 << bits < 4 * words.count { bits += 1 }
        var slots = [WordKey](repeating: .empty, count: 1 << bits)
        let shift = 64 - bits
        for word in words where word != .empty && !slots.contains(word) {
            var index = Int(word.mixed >> shift)
            while slots[index] != .empty { index = (index + 1) & (slots.count - 1) }
            slots[index] = word
        }
        self.slots = slots
        self.shift = shift
    }

    func contains(_ word: WordKey) -> Bool {
        guard word != .empty else { return false }
        var index = Int(word.mixed >> shift)
        while true {
            let slot = slots[index]
            if slot == word { return true }
            if slot == .empty { return false }
            index = (index + 1) & (slots.count - 1)
        }
    }
}
