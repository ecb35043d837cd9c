import SlantCore

/// A name for an outlet's files and links that is safe anywhere: lower-case ASCII letters,
/// digits and hyphens, plus 16 hex digits (64 bits) of the SHA-256 of the name, so that names
/// differing only in case or punctuation ("CNN" and "cnn", "A.B." and "A-B") get different
/// files. It depends on the name alone, so every run and every merge gives an outlet the same
/// one; `OutletSlugTable` makes sure no two names of one corpus share one even so.
public enum OutletSlug {
    /// Hex digits of the hash in an ordinary slug, and in the long form a table falls back to.
    static let shortDigits = 16
    static let longDigits = 64

    public static func make(_ name: String) -> String {
        make(name, digits: shortDigits)
    }

    /// The slug with the whole SHA-256 of the name: for names whose ordinary slugs collide.
    public static func long(_ name: String) -> String {
        make(name, digits: longDigits)
    }

    static func make(_ name: String, digits: Int) -> String {
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
        return (base.isEmpty ? "outlet" : base) + "-" + SHA256Hex.of(Array(name.utf8)).prefix(digits)
    }
}
