import Foundation
import SlantCore

/// The JSON shapes the server sends: capabilities, diagnostics, hovers, code actions, errors.
enum LSPMessage {
    static let parseError = -32700
    static let methodNotFound = -32601
    static let invalidParams = -32602

    static var initializeResult: [String: Any] {
        [
            "capabilities": [
                // 2: incremental changes, each a range and its new text.
                "textDocumentSync": ["openClose": true, "change": 2],
                "hoverProvider": true,
                "codeActionProvider": ["codeActionKinds": ["quickfix"]],
            ],
            "serverInfo": ["name": "slant", "version": "0.1.0"],
        ]
    }

    static func error(id: Any?, code: Int, message: String) -> [String: Any] {
        ["jsonrpc": "2.0", "id": id ?? NSNull(), "error": ["code": code, "message": message]]
    }

    static func range(_ start: Int, _ end: Int, index: LineIndex) -> [String: Any] {
        let lower = index.position(of: start)
        let upper = index.position(of: end)
        return [
            "start": ["line": lower.line, "character": lower.character],
            "end": ["line": upper.line, "character": upper.character],
        ]
    }

    /// A finding as `slant check` reports it: same rule, severity and message.
    static func diagnostic(_ finding: CheckFinding, index: LineIndex) -> [String: Any] {
        [
            "range": range(finding.start, finding.end, index: index),
            "severity": severity(finding.severity),
            "code": finding.ruleID,
            "source": "slant",
            "message": finding.displayMessage,
        ]
    }

    static func severity(_ severity: Severity) -> Int {
        switch severity {
        case .error: 1
        case .warning: 2
        case .info: 3
        }
    }

    /// Rationale, source and alternatives of the finding under the cursor.
    static func hoverText(_ finding: CheckFinding, rule: CheckRuleInfo?) -> String {
        var lines = ["**\(finding.ruleID)** (\(finding.severity.rawValue)): \(finding.displayMessage)"]
        if let rule {
            lines.append("**Why:** \(rule.rationale)")
            lines.append("**Source:** \(rule.source)" + (rule.link.map { " (\($0))" } ?? ""))
        }
        if !finding.alternatives.isEmpty {
            lines.append("**Instead:** " + finding.alternatives.map { "“\($0)”" }.joined(separator: ", "))
        }
        return lines.joined(separator: "\n\n")
    }

    /// A quick fix that replaces the finding's text with one alternative, for the writer to choose.
    static func replacement(_ finding: CheckFinding, with alternative: String, uri: String, index: LineIndex) -> [String: Any] {
        [
            "title": "Replace “\(finding.text)” with “\(alternative)” (\(finding.ruleID))",
            "kind": "quickfix",
            "isPreferred": false,
            "diagnostics": [diagnostic(finding, index: index)],
            "edit": ["changes": [uri: [["range": range(finding.start, finding.end, index: index), "newText": alternative]]]],
        ]
    }
}
