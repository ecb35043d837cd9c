/// Tells cheaply that a line cannot be debris, so the debris regex runs only on the few lines
/// that might be (on real articles it ran on every short line and cost about 6% of the audit).
///
/// A debris pattern matches a whole trimmed line, so the line must begin, without case, with
/// one of the pattern's literal prefixes (`LiteralPrefixes`: "advertis", "continue reading",
/// "share "). A pattern that can start with anything (`.{1,80}\bClick here`) must instead hold
/// its required literal (`RequiredLiteral`) somewhere in the line. Both are necessary
/// conditions: "maybe" sends the line to the regex as before, and a pattern offering neither
/// leaves the prefilter out (nil).
struct DebrisPrefilter: Sendable {
    /// Lower-cased ASCII prefixes by their first byte.
    private let prefixesByFirstByte: [[[UInt8]]]
    /// Literals of the patterns without a prefix, one of which such a line needs.
    private let requiredLiterals: [CaselessLiteralSearch]

    init?(sources: [String]) {
        var prefixesByFirstByte = [[[UInt8]]](repeating: [], count: 128)
        var requiredLiterals: [CaselessLiteralSearch] = []
        for source in sources {
            let bytes = Array(source.utf8)
            // A top-level `|` would end a prefix that only its first alternative has.
            guard PatternSource.firstStructural(in: bytes[...], stop: { $0 == UInt8(ascii: "|") && $1 == 0 }) == nil
            else { return nil }
            // A character outside ASCII stands for any such character: the prefix ends before it,
            // and a line that starts with one is a "maybe" anyway (`©`).
            let prefixes = LiteralPrefixes.of(bytes).filter { $0.first != LiteralPrefixes.anyNonASCII }.map {
                Array($0.prefix { $0 != LiteralPrefixes.anyNonASCII })
            }
            if !prefixes.contains([]) {
                for prefix in prefixes { prefixesByFirstByte[Int(prefix[0])].append(prefix) }
            } else if let literal = RequiredLiteral.of(bytes), let search = RequiredLiteral.search(for: literal) {
                requiredLiterals.append(search)
            } else {
                return nil
            }
        }
        self.prefixesByFirstByte = prefixesByFirstByte
        self.requiredLiterals = requiredLiterals
    }

    /// False when no debris pattern can match `line` (trimmed).
    func mayBeDebris(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = line.first else { return true }
        // Caseless PCRE2 matches `k` and `s` to the Kelvin sign and the long s: outside ASCII, maybe.
        guard first < 0x80 else { return true }
        for prefix in prefixesByFirstByte[Int(LiteralPrefixes.lowercased(first))] where Self.begins(line, with: prefix) {
            return true
        }
        return requiredLiterals.contains { $0.occurs(in: line) }
    }

    /// The line begins with `prefix` without ASCII case; a byte outside ASCII may match.
    private static func begins(_ line: UnsafeBufferPointer<UInt8>, with prefix: [UInt8]) -> Bool {
        guard line.count >= prefix.count else { return false }
        for (offset, expected) in prefix.enumerated() {
            let byte = line[offset]
            if byte >= 0x80 { return true }
            if LiteralPrefixes.lowercased(byte) != expected { return false }
        }
        return true
    }
}
