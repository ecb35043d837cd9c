import Foundation
import TestSupport
import Testing

/// A whole editor session with `slant lsp` (initialize, didOpen, didChange, hover, codeAction,
/// shutdown, exit), its diagnostics checked against `slant check --format json` on the same text.
@Suite struct LanguageServerSessionTests {
    /// Non-ASCII letters and an emoji (two UTF-16 units) before findings on the same lines, so a
    /// byte or scalar count in place of UTF-16 would move every range.
    static let text = """
        Café talks 😀 resumed as the terrorists attacked the village, the regime said.
        Officials in Zürich 👍🏽 blamed the militant group for the brutal massacre.

        """

    /// The findings of `slant check` on `text` under `config`: (rule, severity, LSP range) each.
    static func checked(_ text: String, config: String, in folder: URL) throws -> [Expected] {
        let file = folder.appendingPathComponent("story.txt")
        try Data(text.utf8).write(to: file)
        let run = try SlantBinary.run(["check", file.path, "--format", "json", "--config", config])
        let report = try #require(try JSONSerialization.jsonObject(with: run.output) as? [String: Any])
        let files = try #require(report["files"] as? [[String: Any]])
        let findings = files.first?["findings"] as? [[String: Any]] ?? []
        let bytes = Array(text.utf8)
        return findings.map { finding in
            Expected(
                rule: finding["ruleID"] as? String ?? "", severity: finding["severity"] as? String ?? "",
                start: utf16Position(of: finding["start"] as? Int ?? -1, in: bytes),
                end: utf16Position(of: finding["end"] as? Int ?? -1, in: bytes))
        }
    }

    struct Expected: Equatable {
        let rule: String
        let severity: String
        let start: [Int]
        let end: [Int]
    }

    /// [line, character] of a byte offset, counted independently of the server: the line's text
    /// before the offset, as Swift's own UTF-16 view counts it.
    static func utf16Position(of offset: Int, in bytes: [UInt8]) -> [Int] {
        let before = bytes[..<offset]
        let line = before.filter { $0 == 0x0A }.count
        let lineStart = (before.lastIndex(of: 0x0A).map { $0 + 1 }) ?? 0
        return [line, String(decoding: bytes[lineStart..<offset], as: UTF8.self).utf16.count]
    }

    static func received(_ diagnostics: [[String: Any]]) -> [Expected] {
        let names = [1: "error", 2: "warning", 3: "info"]
        return diagnostics.map { diagnostic in
            let range = diagnostic["range"] as? [String: Any] ?? [:]
            func position(_ key: String) -> [Int] {
                let value = range[key] as? [String: Any] ?? [:]
                return [value["line"] as? Int ?? -1, value["character"] as? Int ?? -1]
            }
            return Expected(
                rule: diagnostic["code"] as? String ?? "", severity: names[diagnostic["severity"] as? Int ?? 0] ?? "",
                start: position("start"), end: position("end"))
        }
    }

    static func sorted(_ list: [Expected]) -> [Expected] {
        list.sorted { ($0.start[0], $0.start[1], $0.rule) < ($1.start[0], $1.start[1], $1.rule) }
    }

    @Test func scriptedSessionMatchesSlantCheck() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slant-lsp-\(UUID().uuidString)")
        let nested = folder.appendingPathComponent("desk/drafts")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        // Found from the document's folder upward, two levels up: "regime" becomes a warning.
        let config = folder.appendingPathComponent(".slant.yml")
        try Data("severity:\n  label.regime: warning\n".utf8).write(to: config)
        let uri = nested.appendingPathComponent("story.txt").absoluteString

        let client = try LSPClient()
        let initialized = try #require(
            try client.request("initialize", ["processId": NSNull(), "capabilities": [:]]) as? [String: Any])
        let capabilities = try #require(initialized["capabilities"] as? [String: Any])
        #expect(capabilities["hoverProvider"] as? Bool == true)
        #expect((capabilities["textDocumentSync"] as? [String: Any])?["change"] as? Int == 2)
        #expect(capabilities["codeActionProvider"] != nil)
        try client.notify("initialized", [:])

        try client.notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": uri, "languageId": "plaintext", "version": 1, "text": Self.text]])
        let opened = Self.received(try client.diagnostics(for: uri, version: 1))
        let expectedOpen = try Self.checked(Self.text, config: config.path, in: nested)
        #expect(!expectedOpen.isEmpty)
        #expect(expectedOpen.contains { $0.rule == "label.regime" && $0.severity == "warning" })
        #expect(Self.sorted(opened) == Self.sorted(expectedOpen))

        // An edit on the first line, before the findings: "Café" becomes "Le café 🙂", moving every range on it.
        try client.notify(
            "textDocument/didChange",
            [
                "textDocument": ["uri": uri, "version": 2],
                "contentChanges": [
                    ["range": ["start": ["line": 0, "character": 0], "end": ["line": 0, "character": 4]], "text": "Le café 🙂"]
                ],
            ])
        let changedText = Self.text.replacingOccurrences(of: "Café talks", with: "Le café 🙂 talks")
        let changed = Self.received(try client.diagnostics(for: uri, version: 2))
        #expect(Self.sorted(changed) == Self.sorted(try Self.checked(changedText, config: config.path, in: nested)))
        #expect(Self.sorted(changed) != Self.sorted(opened))

        // Hover on "terrorists": the rule's rationale, source and alternatives.
        let terrorists = try #require(changed.first { $0.rule == "label.terrorists" })
        let hover = try #require(
            try client.request(
                "textDocument/hover",
                ["textDocument": ["uri": uri], "position": ["line": terrorists.start[0], "character": terrorists.start[1] + 2]])
                as? [String: Any])
        let hoverText = try #require((hover["contents"] as? [String: Any])?["value"] as? String)
        #expect(hoverText.contains("label.terrorists"))
        #expect(hoverText.contains("**Why:**"))
        #expect(hoverText.contains("**Source:**"))
        #expect(hoverText.contains("attackers"))
        // Nowhere near a finding: no hover.
        #expect(
            try client.request(
                "textDocument/hover", ["textDocument": ["uri": uri], "position": ["line": 2, "character": 0]]) is NSNull)

        // Code actions: one quick fix per alternative, replacing exactly the finding's range.
        let actions = try #require(
            try client.request(
                "textDocument/codeAction",
                [
                    "textDocument": ["uri": uri],
                    "range": [
                        "start": ["line": terrorists.start[0], "character": terrorists.start[1]],
                        "end": ["line": terrorists.start[0], "character": terrorists.start[1]],
                    ],
                    "context": ["diagnostics": []],
                ]) as? [[String: Any]])
        let alternatives = try Self.alternatives(of: "label.terrorists")
        #expect(actions.count == alternatives.count)
        for (action, alternative) in zip(actions, alternatives) {
            #expect(action["kind"] as? String == "quickfix")
            #expect(action["isPreferred"] as? Bool == false)
            let edits = try #require(
                ((action["edit"] as? [String: Any])?["changes"] as? [String: Any])?[uri] as? [[String: Any]])
            #expect(edits.count == 1)
            #expect(edits.first?["newText"] as? String == alternative)
            let range = edits.first?["range"] as? [String: Any]
            let start = range?["start"] as? [String: Any]
            let end = range?["end"] as? [String: Any]
            #expect([start?["line"] as? Int ?? -1, start?["character"] as? Int ?? -1] == terrorists.start)
            #expect([end?["line"] as? Int ?? -1, end?["character"] as? Int ?? -1] == terrorists.end)
        }

        #expect(try client.request("shutdown") is NSNull)
        try client.notify("exit", [:])
        #expect(client.process.waitForExit() == 0)
    }

    @Test func markdownByLanguageIDAndCloseClearsDiagnostics() throws {
        let client = try LSPClient()
        _ = try client.request("initialize", ["capabilities": [:]])
        let uri = "untitled:Untitled-1"
        let markdown = "# The **brutal massacre**\n\n`the terrorists` is code, not prose.\n"
        try client.notify(
            "textDocument/didOpen", ["textDocument": ["uri": uri, "languageId": "markdown", "version": 7, "text": markdown]])
        let diagnostics = Self.received(try client.diagnostics(for: uri, version: 7))
        // Markdown: the heading's prose is checked, the code span is not.
        #expect(diagnostics.contains { $0.start[0] == 0 })
        #expect(!diagnostics.contains { $0.rule == "label.terrorists" })
        try client.notify("textDocument/didClose", ["textDocument": ["uri": uri]])
        // Exit without shutdown: exit code 1, as the protocol asks.
        try client.notify("exit", [:])
        #expect(client.process.waitForExit() == 1)
    }

    @Test func brokenConfigurationIsShownWithItsLineAndTheServerGoesOn() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("slant-lsp-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("severity:\n  label.regim: warning\n".utf8).write(to: folder.appendingPathComponent(".slant.yml"))
        let client = try LSPClient()
        _ = try client.request("initialize", ["capabilities": [:]])
        let uri = folder.appendingPathComponent("story.md").absoluteString
        try client.notify(
            "textDocument/didOpen",
            ["textDocument": ["uri": uri, "languageId": "markdown", "version": 1, "text": "The regime said so.\n"]])
        let shown = try client.notification("window/showMessage")
        let message = shown["message"] as? String ?? ""
        #expect(message.contains(".slant.yml:2:"), "\(message)")
        #expect(message.contains("did you mean 'label.regime'?"), "\(message)")
        // Still serving: the next request is answered.
        #expect(try client.request("shutdown") is NSNull)
    }

    /// The rule's alternatives, from the service-independent `slant explain`.
    static func alternatives(of rule: String) throws -> [String] {
        let text = String(decoding: try SlantBinary.run(["explain", rule]).output, as: UTF8.self)
        let line = try #require(text.split(separator: "\n").first { $0.hasPrefix("Instead:") })
        return line.dropFirst("Instead:".count).trimmingCharacters(in: .whitespaces).components(separatedBy: "; ")
    }
}
