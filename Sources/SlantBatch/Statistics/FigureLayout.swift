/// The integer counts kept for every audited article, by name. Every outlet figure is a
/// function of their sums, which is what lets a resample or a merge recompute it exactly. The
/// names depend on the lexicon's sides, so the layout travels with partial results and must
/// match when they are merged.
public struct FigureLayout: Sendable, Hashable, Codable {
    public let sides: [SideDescription]
    public let fields: [String]

    public init(sides: [SideDescription]) {
        self.sides = sides
        var fields = ["articles", "words", "loaded.editorial", "loaded.attributed", "loaded.quoted", "attributed.words"]
        for side in sides + [.unassigned] {
            fields += [Self.voiceWords(side.id), Self.cues(side.id), Self.neutralCues(side.id)]
        }
        for side in sides + [.unassigned] {
            fields += [Self.casualties(side.id), Self.agentless(side.id), Self.emotive(side.id)]
        }
        for party in sides.filter({ !$0.isThirdParty }) {
            fields += [Self.pejorativeLabels(party.id), Self.asymmetricAgainst(party.id)]
        }
        // Lines dropped before the audit: web debris by the lexicon, and lines the article repeats.
        fields += [Self.debrisLines, Self.repeatedLines]
        // 1 for wire copy (an agency's dateline or credit, `WireCopy`).
        fields.append(Self.wireCopy)
        self.fields = fields
    }

    /// Sides that are parties to the conflict, in lexicon order.
    public var parties: [SideDescription] { sides.filter { !$0.isThirdParty } }

    public func index(of field: String) -> Int? {
        fields.firstIndex(of: field)
    }

    public static let debrisLines = "lines.debris"
    public static let repeatedLines = "lines.repeated"
    public static let wireCopy = "wire-copy"

    public static func voiceWords(_ side: String) -> String { "voice.words.\(side)" }
    public static func cues(_ side: String) -> String { "cues.\(side)" }
    public static func neutralCues(_ side: String) -> String { "cues.neutral.\(side)" }
    public static func casualties(_ side: String) -> String { "casualty.mentions.\(side)" }
    public static func agentless(_ side: String) -> String { "casualty.agentless.\(side)" }
    public static func emotive(_ side: String) -> String { "casualty.emotive.\(side)" }
    public static func pejorativeLabels(_ side: String) -> String { "labels.pejorative.\(side)" }
    public static func asymmetricAgainst(_ side: String) -> String { "labels.asymmetric.\(side)" }

    enum CodingKeys: String, CodingKey {
        case sides, fields
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(sides: try container.decode([SideDescription].self, forKey: .sides))
        let fields = try container.decode([String].self, forKey: .fields)
        guard fields == self.fields else {
            throw DecodingError.dataCorruptedError(
                forKey: .fields, in: container, debugDescription: "the field list was written by another version of slant")
        }
    }
}
