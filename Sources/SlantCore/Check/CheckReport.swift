/// Everything one `slant check` run found, for the reporters: the files in the order given, the
/// rules their findings cite, and the counts.
public struct CheckReport: Sendable, Codable, Hashable {
    public static let currentSchemaVersion = 1

    public let schemaVersion: Int
    public let tool: ToolInfo
    public let files: [CheckedFile]
    /// Every rule cited by a finding (suppressed ones included), sorted by id.
    public let rules: [CheckRuleInfo]
    public let summary: CheckSummary

    public init(files: [CheckedFile], unreadable: Int, ruleInfo: (String) -> CheckRuleInfo?) {
        self.schemaVersion = Self.currentSchemaVersion
        self.tool = ToolInfo(name: "slant", version: SlantVersion.current)
        self.files = files
        let cited = Set(files.flatMap { $0.findings.map(\.ruleID) + $0.suppressed.map(\.finding.ruleID) })
        self.rules = cited.sorted().compactMap(ruleInfo)
        self.summary = CheckSummary(files: files, unreadable: unreadable)
    }
}
