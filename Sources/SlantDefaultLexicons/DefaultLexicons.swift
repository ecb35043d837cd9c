import Foundation

/// The lexicon packs under `Lexicons/` as they were when this binary was built.
public enum DefaultLexicons {
    /// Each pack as (file name, YAML text), sorted by file name.
    public static let packs: [(name: String, text: String)] = embeddedLexiconPacks.map { pack in
        let data = Data(base64Encoded: pack.base64) ?? Data()
        return (pack.name, String(decoding: data, as: UTF8.self))
    }
}
