import SlantCore

/// A Markdown summary for a pull-request comment or a job summary (`$GITHUB_STEP_SUMMARY`):
/// one table of findings per file, and the suppressed findings with their reasons, so a reviewer
/// sees what was let through and why.
public struct MarkdownCheckReporter: CheckReporter {
    public static let identifier = "markdown"

    public init() {}

    public func render(_ report: CheckReport) -> String {
        var text = "# slant check\n\n**\(report.summary.line)**\n"
        for file in report.files {
            text += "\n## `\(file.path)`\n\n"
            if file.findings.isEmpty {
                text += "No findings.\n"
            } else {
                var table = MarkdownTable("Where", "Severity", "Finding", "Instead", "Rule")
                for finding in file.findings {
                    table.add(
                        "\(finding.location)", severityLabel(finding.severity), finding.displayMessage,
                        finding.alternatives.isEmpty ? "–" : finding.alternatives.joined(separator: "; "), "`\(finding.ruleID)`")
                }
                text += table.rendered
            }
            if !file.suppressed.isEmpty {
                text += "\nSuppressed:\n\n"
                var table = MarkdownTable("Where", "Term", "Rule", "By", "Reason")
                for suppressed in file.suppressed {
                    let finding = suppressed.finding
                    table.add(
                        "\(finding.location)", finding.text.isEmpty ? "–" : finding.text, "`\(finding.ruleID)`",
                        suppressed.kind == .inSource ? "comment" : "baseline", suppressed.reason ?? "–")
                }
                text += table.rendered
            }
        }
        return text
    }

    private func severityLabel(_ severity: Severity) -> String {
        switch severity {
        case .error: "**error**"
        case .warning: "warning"
        case .info: "info"
        }
    }
}
