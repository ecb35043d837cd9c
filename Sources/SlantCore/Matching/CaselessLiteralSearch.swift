/// Whether a literal of ASCII characters occurs in a text, without case, exactly as PCRE2's
/// caseless search for it (`UTF`, `UCP`) would answer; it gates a member of the fast path
/// (`RequiredLiteral`). PCRE2 matches an ASCII character to a character outside ASCII only for
/// `k` (the Kelvin sign) and `s` (the long s), so the search compares bytes: it looks eight
/// positions at a time for two neighbouring characters of the literal that are neither (in
/// either case), then compares the rest around them, reading those two signs as `k` and `s`.
/// PCRE2's own search slows down when the literal starts with `s`, whose three first bytes
/// (`s`, `S`, the long s's) it tries one position at a time.
struct CaselessLiteralSearch: Sendable {
    /// The literal, lower-cased.
    let folded: [UInt8]
    /// The two or three characters of `folded` looked for.
    let anchor: Range<Int>

    /// nil for a literal that is not plain ASCII, or without two neighbouring characters that
    /// are not `k` or `s`.
    init?(_ literal: [UInt8]) {
        guard literal.allSatisfy({ $0 < 0x80 }) else { return nil }
        let folded = literal.map(LiteralPrefixes.lowercased)
        // Runs of up to three characters without other forms; the longest, then the rarest in
        // English text (by its letters' rank in "etaoinshrdlu...").
        let runs = folded.indices.map { start in
            start..<(folded[start...].prefix(3).firstIndex(where: Self.hasOtherForms) ?? min(start + 3, folded.count))
        }
        guard let anchor = runs.max(by: { ($0.count, Self.rarity(folded[$0])) < ($1.count, Self.rarity(folded[$1])) }),
            anchor.count >= 2
        else { return nil }
        self.folded = folded
        self.anchor = anchor
    }

    /// Whether the literal occurs in `text`.
    func occurs(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        // Letters compare with 0x20 set (both cases); anything else compares exactly.
        var cases: (UInt64, UInt64, UInt64) = (0, 0, 0)
        var values: (UInt64, UInt64, UInt64) = (0, 0, 0)
        for (lane, character) in folded[anchor].enumerated() {
            let laneCase = Self.isLetter(character) ? 0x20 &* ByteLanes.ones : 0
            let value = UInt64(character) &* ByteLanes.ones
            switch lane {
            case 0: (cases.0, values.0) = (laneCase, value)
            case 1: (cases.1, values.1) = (laneCase, value)
            default: (cases.2, values.2) = (laneCase, value)
            }
        }
        // A two-character anchor compares its second character twice.
        if anchor.count == 2 { (cases.2, values.2) = (cases.1, values.1) }
        let third = anchor.count - 1
        let raw = UnsafeRawBufferPointer(text)
        var start = 0
        // Positions start..<start + 8 read bytes up to start + 10.
        while start + 11 <= text.count {
            let differences =
                ((raw.loadUnaligned(fromByteOffset: start, as: UInt64.self) | cases.0) ^ values.0)
                | ((raw.loadUnaligned(fromByteOffset: start + 1, as: UInt64.self) | cases.1) ^ values.1)
                | ((raw.loadUnaligned(fromByteOffset: start + third, as: UInt64.self) | cases.2) ^ values.2)
            if ByteLanes.hasZero(differences) {
                for position in start..<(start + 8) where matches(at: position, in: text) { return true }
            }
            start += 8
        }
        while start < text.count {
            if matches(at: start, in: text) { return true }
            start += 1
        }
        return false
    }

    /// Whether the literal occurs with its anchor at `position`.
    private func matches(at position: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        guard position + anchor.count <= text.count,
            folded[anchor].indices.allSatisfy({ Self.byte(text[position + $0 - anchor.lowerBound], matches: folded[$0]) })
        else { return false }
        var end = position
        for character in folded[..<anchor.lowerBound].reversed() {
            guard let previous = Self.start(of: character, endingAt: end, in: text) else { return false }
            end = previous
        }
        var next = position + anchor.count
        for character in folded[anchor.upperBound...] {
            guard let after = Self.end(of: character, at: next, in: text) else { return false }
            next = after
        }
        return true
    }

    /// Where `character` (lower-cased ASCII) starts in `text` when it ends at `end`, or nil.
    private static func start(of character: UInt8, endingAt end: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        if end >= 1, byte(text[end - 1], matches: character) { return end - 1 }
        for (letter, other) in otherForms where character == letter && end >= other.count {
            if text[(end - other.count)..<end].elementsEqual(other) { return end - other.count }
        }
        return nil
    }

    /// Where `character` (lower-cased ASCII) ends in `text` when it starts at `start`, or nil.
    private static func end(of character: UInt8, at start: Int, in text: UnsafeBufferPointer<UInt8>) -> Int? {
        guard start < text.count else { return nil }
        if byte(text[start], matches: character) { return start + 1 }
        for (letter, other) in otherForms where character == letter && start + other.count <= text.count {
            if text[start..<(start + other.count)].elementsEqual(other) { return start + other.count }
        }
        return nil
    }

    /// The characters outside ASCII that PCRE2 matches, without case, to an ASCII letter.
    private static let otherForms: [(letter: UInt8, utf8: [UInt8])] = [
        (UInt8(ascii: "k"), [0xE2, 0x84, 0xAA]), (UInt8(ascii: "s"), [0xC5, 0xBF]),
    ]

    private static func hasOtherForms(_ character: UInt8) -> Bool {
        otherForms.contains { $0.letter == character }
    }

    @inline(__always)
    private static func byte(_ byte: UInt8, matches character: UInt8) -> Bool {
        byte == character || (isLetter(character) && byte | 0x20 == character)
    }

    @inline(__always)
    private static func isLetter(_ byte: UInt8) -> Bool {
        byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")
    }

    /// Higher for rarer letters; anything but a letter counts as rare.
    private static func rarity(_ characters: ArraySlice<UInt8>) -> Int {
        let order = Array("etaoinshrdlcumwfgypbvkjxqz".utf8)
        return characters.reduce(0) { $0 + (order.firstIndex(of: $1) ?? order.count) }
    }
}
