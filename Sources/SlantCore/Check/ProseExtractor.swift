/// Picks what is prose in a file, by its markup.
public enum ProseExtractor {
    public static func extract(_ file: SourceText, markup: MarkupKind) -> ProseText {
        switch markup {
        case .text: PlainTextProse.extract(file)
        case .markdown: MarkdownProse.extract(file)
        case .html: HTMLProse.extract(file)
        }
    }
}
