/// One YAML file under `Lexicons/`.
public struct LexiconPack: Sendable, Codable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        case rules, sides, debris
    }

    public let name: String
    public let kind: Kind
    public var version: String
    public let description: String
    /// The file it came from, as given to the loader (a path or an embedded file name).
    public let file: String
    public var rules: [LexiconRule] = []
    public var sides: [Side] = []
    public var debris: [DebrisRule] = []
}
