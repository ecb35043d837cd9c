/// Text from the data (outlet names, file names, rule messages) placed in Markdown: characters
/// that would start emphasis, a link or HTML are escaped.
enum MarkdownText {
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            if "\\`*_[]<>#".contains(character) { escaped.append("\\") }
            escaped.append(character == "\n" ? " " : character)
        }
        return escaped
    }

    /// A link whose target is already safe (a slug-based relative path).
    static func link(_ text: String, to target: String) -> String {
        "[\(escape(text))](\(target))"
    }
}
