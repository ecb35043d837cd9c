import SlantCore

/// GitHub Actions workflow commands: each finding becomes an annotation on the pull request's
/// diff (`::error file=...,line=...,col=...,title=...::message`); info findings are notices.
public struct GitHubCheckReporter: CheckReporter {
    public static let identifier = "github"

    public init() {}

    public func render(_ report: CheckReport) -> String {
        var text = ""
        for file in report.files {
            for finding in file.findings {
                var properties = [
                    "file=\(escapeProperty(file.path))", "line=\(finding.location.line)", "col=\(finding.location.column)",
                ]
                if finding.end > finding.start {
                    properties += ["endLine=\(finding.endLocation.line)", "endColumn=\(finding.endLocation.column)"]
                }
                properties.append("title=\(escapeProperty("slant \(finding.ruleID)"))")
                var message = finding.displayMessage
                if !finding.alternatives.isEmpty { message += "\nInstead: \(finding.alternatives.joined(separator: "; "))" }
                text += "::\(command(for: finding.severity)) \(properties.joined(separator: ","))::\(escapeData(message))\n"
            }
        }
        return text + "slant: " + report.summary.line + "\n"
    }

    private func command(for severity: Severity) -> String {
        switch severity {
        case .error: "error"
        case .warning: "warning"
        case .info: "notice"
        }
    }

    /// The escapes of the Actions runner (`toolkit/core` `escapeData`).
    private func escapeData(_ text: String) -> String {
        text.replacingOccurrences(of: "%", with: "%25").replacingOccurrences(of: "\r", with: "%0D")
            .replacingOccurrences(of: "\n", with: "%0A")
    }

    private func escapeProperty(_ text: String) -> String {
        escapeData(text).replacingOccurrences(of: ":", with: "%3A").replacingOccurrences(of: ",", with: "%2C")
    }
}
