/// HTML escaping of one string, for callers (and tests) that need it outside a page.
public enum HTMLEscaping {
    /// The string safe between tags and inside a single- or double-quoted attribute value.
    public static func escape(_ text: String) -> String {
        var writer = HTMLWriter(capacity: text.utf8.count + 16)
        writer.text(text)
        return writer.string
    }
}
