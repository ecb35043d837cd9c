import SlantCore

/// Compiler-style lines that editors and `grep`, Vim's quickfix or VS Code's problem matchers
/// understand: `path:line:col: severity: message [rule-id]`, the suggested wording indented
/// below, and a one-line summary.
public struct TextCheckReporter: CheckReporter {
    public static let identifier = "text"

    public init() {}

    public func render(_ report: CheckReport) -> String {
        var text = ""
        for file in report.files {
            for finding in file.findings {
                text +=
                    "\(file.path):\(finding.location.line):\(finding.location.column): \(finding.severity.rawValue): \(finding.displayMessage) [\(finding.ruleID)]\n"
                if !finding.alternatives.isEmpty {
                    text += "    instead: \(finding.alternatives.joined(separator: "; "))\n"
                }
            }
        }
        return text + report.summary.line + "\n"
    }
}
