/// A name for an outlet's files and links that is safe anywhere: lower-case ASCII letters,
/// digits and hyphens, plus eight hex digits of the name's FNV-1a hash so that names differing
/// only in case or punctuation ("CNN" and "cnn") never share a file. It depends on the name
/// alone, so every run and every merge gives an outlet the same one.
public enum OutletSlug {
    public static func make(_ name: String) -> String {
        var words: [String] = []
        var current = ""
        for scalar in name.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                current.unicodeScalars.append(scalar)
            } else if !current.isEmpty {
                words.append(current)
                current = ""
            }
        }
        if !current.isEmpty { words.append(current) }
        var base = String(words.joined(separator: "-").lowercased().prefix(48))
        while base.hasSuffix("-") { base.removeLast() }
        var hash: UInt32 = 0x811C_9DC5
        for byte in name.utf8 {
            hash ^= UInt32(byte)
            hash &*= 0x0100_0193
        }
        let hex = String(hash, radix: 16)
        return (base.isEmpty ? "outlet" : base) + "-" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}
