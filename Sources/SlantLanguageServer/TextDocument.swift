import Foundation
import SlantCore

/// An open document as the editor last sent it.
struct TextDocument {
    let uri: String
    let languageId: String
    var version: Int
    var bytes: [UInt8]

    /// The file path of a `file:` URI; nil for unsaved ("untitled:") documents.
    var path: String? {
        guard let url = URL(string: uri), url.isFileURL else { return nil }
        return url.path
    }

    /// By the editor's language id, then as `slant check` decides by extension and content.
    var markup: MarkupKind {
        switch languageId {
        case "markdown", "mdx": .markdown
        case "html", "xhtml": .html
        case "plaintext", "text": .text
        default: MarkupKind.detect(path: path ?? uri, bytes: bytes)
        }
    }

    /// Applies one entry of didChange's `contentChanges`: a range and its new text, or (no range) the whole text.
    mutating func apply(_ change: [String: Any]) throws(LanguageServerProblem) {
        guard let text = change["text"] as? String else {
            throw LanguageServerProblem(message: "a content change without text")
        }
        guard let range = change["range"] as? [String: Any] else {
            bytes = Array(text.utf8)
            return
        }
        guard let start = Self.position(range["start"]), let end = Self.position(range["end"]) else {
            throw LanguageServerProblem(message: "a content change with a malformed range")
        }
        let index = LineIndex(bytes)
        let lower = index.offset(line: start.line, character: start.character)
        let upper = max(lower, index.offset(line: end.line, character: end.character))
        bytes.replaceSubrange(lower..<upper, with: Array(text.utf8))
    }

    static func position(_ value: Any?) -> (line: Int, character: Int)? {
        guard let position = value as? [String: Any], let line = position["line"] as? Int,
            let character = position["character"] as? Int
        else { return nil }
        return (line, character)
    }
}
