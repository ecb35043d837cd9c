/// Text from the data (outlet names, file names, rule messages) placed in Markdown: characters
/// that would start emphasis, a link, HTML, an entity, math or a strike-through are escaped with
/// a backslash (a `|` is left to `MarkdownTable`), and characters that are invisible or would break the line or the table are
/// written as `\u0007`-style escapes (`InvisibleCharacters`), so what the reader sees names the
/// data exactly (the JSON report has it raw).
enum MarkdownText {
    static func escape(_ text: String) -> String {
        var escaped = ""
        for scalar in text.unicodeScalars {
            if let visible = InvisibleCharacters.escape(scalar) {
                escaped += visible
                continue
            }
            if "\\`*_[]<>#&~$".unicodeScalars.contains(scalar) { escaped.append("\\") }
            escaped.unicodeScalars.append(scalar)
        }
        return escaped
    }

    /// A code span holding `text` (a file path, a field name): fenced with more backticks than
    /// any run inside it, with invisible characters escaped.
    static func code(_ text: String) -> String {
        var visible = ""
        var longestRun = 0
        var run = 0
        for scalar in text.unicodeScalars {
            run = scalar == "`" ? run + 1 : 0
            longestRun = max(longestRun, run)
            if let escaped = InvisibleCharacters.escape(scalar) {
                visible += escaped
            } else {
                visible.unicodeScalars.append(scalar)
            }
        }
        let fence = String(repeating: "`", count: longestRun + 1)
        // A space keeps a backtick at either end from joining the fence.
        let padding = visible.hasPrefix("`") || visible.hasSuffix("`") ? " " : ""
        return fence + padding + visible + padding + fence
    }

    /// A link whose target is already safe (a slug-based relative path).
    static func link(_ text: String, to target: String) -> String {
        "[\(escape(text))](\(target))"
    }
}
