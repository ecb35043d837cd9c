import SlantCore

/// A side of the conflict as the lexicon defines it; parties are the sides that are not third
/// parties.
public struct SideDescription: Sendable, Codable, Hashable {
    public let id: String
    public let name: String
    public let isThirdParty: Bool

    public init(id: String, name: String, isThirdParty: Bool) {
        self.id = id
        self.name = name
        self.isThirdParty = isThirdParty
    }

    public init(_ side: Side) {
        self.init(id: side.id, name: side.name, isThirdParty: side.isThirdParty)
    }

    /// Speakers, victims and terms that map to no side of the lexicon.
    public static let unassigned = SideDescription(id: unassignedSideID, name: "Unassigned", isThirdParty: false)
}
