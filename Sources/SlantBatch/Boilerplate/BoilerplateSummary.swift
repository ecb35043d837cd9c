/// What the partial results and the report say of a boilerplate table (`--boilerplate`): its
/// digest, which parts must share to be merged, its threshold and how many lines it drops.
public struct BoilerplateSummary: Sendable, Codable, Hashable {
    public let digest: String
    public let minimumArticles: Int
    public let groups: Int
    public let lines: Int

    public init(_ table: BoilerplateTable) {
        digest = table.digest
        minimumArticles = table.minimumArticles
        groups = table.groups.filter { !$0.lines.isEmpty }.count
        lines = table.groups.reduce(0) { $0 + $1.lines.count }
    }
}
