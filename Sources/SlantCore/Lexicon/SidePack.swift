/// One side of a conflict, recognised by the patterns of its actors.
public struct Side: Sendable, Codable, Hashable {
    public let id: String
    public let name: String
    /// Mediators, international bodies and other states: counted, but not one of the parties.
    public let isThirdParty: Bool
    public let actors: [Actor]
    /// Places whose casualties are usually this side's (Gaza, Sderot): a last hint for whose
    /// victims a casualty clause reports, never a speaker.
    public let places: [String]
    public let examples: RuleExamples
    public let line: Int
}

/// A named actor of a side ("Israeli military", "Gaza health ministry").
public struct Actor: Sendable, Codable, Hashable {
    public let name: String
    public let kind: ActorKind
    public let patterns: [String]
}

/// What sort of actor: lets "the group" find the last named group, "the ministry" the last
/// named organisation.
public enum ActorKind: String, Sendable, Codable, CaseIterable {
    case state, government, military, group, official, person, population, organisation, media
}

/// A whole line of web-page debris ("Exit mobile version").
public struct DebrisRule: Sendable, Codable, Hashable {
    public let id: String
    public let pack: String
    public let patterns: [String]
    public let examples: RuleExamples
    public let line: Int
}
