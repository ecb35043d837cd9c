/// How an input file is written. Decides which bytes are prose and how suppressions are written.
public enum MarkupKind: String, Sendable, Codable, CaseIterable {
    case text, markdown, html

    /// By file extension, then by content: a file that opens with `<!doctype html` or `<html` is
    /// HTML whatever its name; anything else unknown is plain text.
    public static func detect(path: String, bytes: [UInt8]) -> MarkupKind {
        let lowered = path.lowercased()
        let name = lowered.split(separator: "/").last.map(String.init) ?? lowered
        let fileExtension = name.contains(".") ? String(name.split(separator: ".").last!) : ""
        switch fileExtension {
        case "md", "markdown", "mdown", "mkd", "mdx": return .markdown
        case "html", "htm", "xhtml": return .html
        default: break
        }
        let head = String(decoding: bytes.prefix(512), as: UTF8.self).lowercased()
            .trimmingPrefix { $0.isWhitespace }
        if head.hasPrefix("<!doctype html") || head.hasPrefix("<html") { return .html }
        return .text
    }
}
