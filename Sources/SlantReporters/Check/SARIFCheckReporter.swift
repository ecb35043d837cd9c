import Foundation
import SlantCore

/// SARIF 2.1.0 for code-scanning services (GitHub code scanning, Azure DevOps, IDE viewers).
/// Suppressed findings are kept with a `suppressions` entry (inline comment: inSource, with the
/// reason as justification; baseline: external), as the specification intends, so a viewer can
/// show what was let through. Validated against the official schema by `scripts/validate-sarif`.
public struct SARIFCheckReporter: CheckReporter {
    public static let identifier = "sarif"

    public init() {}

    public func render(_ report: CheckReport) -> String {
        let ruleIndex = Dictionary(report.rules.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        var results: [SARIFLog.Result] = []
        for file in report.files {
            let entries =
                file.findings.map { ($0, nil as SuppressedFinding?) }
                + file.suppressed.map { ($0.finding, $0 as SuppressedFinding?) }
            for (finding, suppression) in entries.sorted(by: { ($0.0.location, $0.0.ruleID) < ($1.0.location, $1.0.ruleID) }) {
                results.append(
                    result(finding, path: file.path, ruleIndex: ruleIndex[finding.ruleID] ?? 0, suppression: suppression))
            }
        }
        let rules = report.rules.map { rule in
            SARIFLog.Rule(
                id: rule.id, shortDescription: SARIFLog.Text(text: rule.message),
                fullDescription: SARIFLog.Text(text: rule.rationale),
                help: SARIFLog.Text(text: help(rule)), helpUri: rule.link,
                defaultConfiguration: SARIFLog.Configuration(level: level(rule.severity)),
                properties: SARIFLog.RuleProperties(category: rule.category, source: rule.source, alternatives: rule.alternatives)
            )
        }
        let log = SARIFLog.Log(runs: [
            SARIFLog.Run(
                tool: SARIFLog.Tool(driver: SARIFLog.Driver(name: report.tool.name, version: report.tool.version, rules: rules)),
                results: results)
        ])
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(log) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    private func result(_ finding: CheckFinding, path: String, ruleIndex: Int, suppression: SuppressedFinding?) -> SARIFLog.Result
    {
        let hasExtent = finding.end > finding.start
        let region = SARIFLog.Region(
            startLine: finding.location.line, startColumn: finding.location.column,
            endLine: hasExtent ? finding.endLocation.line : nil, endColumn: hasExtent ? finding.endLocation.column : nil,
            byteOffset: finding.start, byteLength: finding.end - finding.start)
        var message = finding.displayMessage
        if !finding.alternatives.isEmpty { message += ". Instead: \(finding.alternatives.joined(separator: "; "))" }
        return SARIFLog.Result(
            ruleId: finding.ruleID, ruleIndex: ruleIndex, level: level(finding.severity), message: SARIFLog.Text(text: message),
            locations: [
                SARIFLog.Location(
                    physicalLocation: SARIFLog.PhysicalLocation(
                        artifactLocation: SARIFLog.ArtifactLocation(uri: uri(path)), region: region))
            ],
            partialFingerprints: ["slantLineText/v1": BaselineEntry(path: path, finding: finding).fingerprint],
            suppressions: suppression.map { suppressed in
                [
                    SARIFLog.Suppression(
                        kind: suppressed.kind == .inSource ? "inSource" : "external", justification: suppressed.reason)
                ]
            },
            properties: SARIFLog.ResultProperties(
                category: finding.category, voice: finding.voice?.rawValue,
                matchedText: finding.text.isEmpty ? nil : finding.text,
                alternatives: finding.alternatives))
    }

    private func help(_ rule: CheckRuleInfo) -> String {
        var text = rule.rationale + " Source: " + rule.source + "."
        if !rule.alternatives.isEmpty { text += " Instead: " + rule.alternatives.joined(separator: "; ") + "." }
        return text
    }

    private func level(_ severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "note"
        }
    }

    /// A relative URI reference for the path (spaces and the like percent-encoded).
    private func uri(_ path: String) -> String {
        var allowed = CharacterSet.urlPathAllowed
        allowed.remove(charactersIn: ":")
        return path.addingPercentEncoding(withAllowedCharacters: allowed) ?? path
    }
}
