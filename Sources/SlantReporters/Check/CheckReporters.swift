/// The check reporters by `--format` name.
public enum CheckReporters {
    public static let all: [any CheckReporter.Type] = [
        TextCheckReporter.self, JSONCheckReporter.self, SARIFCheckReporter.self, GitHubCheckReporter.self,
        MarkdownCheckReporter.self,
    ]

    public static var identifiers: [String] { all.map { $0.identifier } }

    public static func reporter(for identifier: String) -> (any CheckReporter)? {
        switch identifier {
        case TextCheckReporter.identifier: TextCheckReporter()
        case JSONCheckReporter.identifier: JSONCheckReporter()
        case SARIFCheckReporter.identifier: SARIFCheckReporter()
        case GitHubCheckReporter.identifier: GitHubCheckReporter()
        case MarkdownCheckReporter.identifier: MarkdownCheckReporter()
        default: nil
        }
    }
}
