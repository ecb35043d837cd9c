/// How one side's dead are described (formulas 6, 7, 9 and 11 of measures.md).
public struct SideCasualtyFraming: Sendable, Codable, Hashable {
    public let sideID: String
    public let mentions: Int
    public let agency: [AgencyCount]
    /// (agentless passive + reduced passive + intransitive + nominal) / mentions; nil without mentions.
    public let agentlessRate: Double?
    /// Distinct emotive terms (slaughter, massacre ...) in sentences reporting this side's dead.
    public let emotiveTerms: Int
    /// Distinct caveats (Hamas-run, could not be verified ...) in those sentences.
    public let caveats: Int
    /// Mentions whose sentence gives an age, an occupation or other individuating detail.
    public let individuated: Int
}

public struct AgencyCount: Sendable, Codable, Hashable {
    public let agency: CasualtyAgency
    public let count: Int
}

/// The victims of a combined toll ("166 Palestinians and six Israelis"): counted apart from
/// each party's dead, since splitting them would need the figures the sentence gives each.
public let bothSidesID = "both"

enum CasualtyMeasures {
    static func compute(_ casualties: [CasualtyMention], sideIDs: [String]) -> [SideCasualtyFraming] {
        // Indices, not filtered copies: a mention holds several spans and strings.
        let sideOfMention = casualties.map { $0.victimSideID ?? unassignedSideID }
        return (sideIDs + [bothSidesID, unassignedSideID]).map { sideID in
            let mine = casualties.indices.filter { sideOfMention[$0] == sideID }
            let agency = CasualtyAgency.allCases.compactMap { agency -> AgencyCount? in
                let count = mine.filter { casualties[$0].agency == agency }.count
                return count > 0 ? AgencyCount(agency: agency, count: count) : nil
            }
            return SideCasualtyFraming(
                sideID: sideID, mentions: mine.count, agency: agency,
                agentlessRate: mine.isEmpty
                    ? nil : Double(mine.filter { casualties[$0].agency.hidesAgent }.count) / Double(mine.count),
                emotiveTerms: Set(mine.flatMap { casualties[$0].emotiveTerms.map(\.start) }).count,
                caveats: Set(mine.flatMap { casualties[$0].caveats.map(\.start) }).count,
                individuated: mine.filter { !casualties[$0].individuation.isEmpty }.count)
        }
    }
}
