/// Counts over every checked file, for the one-line summary and the exit code.
public struct CheckSummary: Sendable, Codable, Hashable {
    public let files: Int
    public let errors: Int
    public let warnings: Int
    public let infos: Int
    public let suppressed: Int
    public let baselined: Int
    /// Inputs that could not be read or decoded (exit code 2).
    public let unreadable: Int

    public init(files: [CheckedFile], unreadable: Int) {
        self.files = files.count
        self.errors = files.reduce(0) { $0 + $1.count(.error) }
        self.warnings = files.reduce(0) { $0 + $1.count(.warning) }
        self.infos = files.reduce(0) { $0 + $1.count(.info) }
        self.suppressed = files.reduce(0) { $0 + $1.suppressed.filter { $0.kind == .inSource }.count }
        self.baselined = files.reduce(0) { $0 + $1.suppressed.filter { $0.kind == .baseline }.count }
        self.unreadable = unreadable
    }

    /// "4 errors, 0 warnings, 11 info in 1 file (2 suppressed, 0 baselined)".
    public var line: String {
        func plural(_ count: Int, _ word: String) -> String { "\(count) \(word)\(count == 1 ? "" : "s")" }
        var text = "\(plural(errors, "error")), \(plural(warnings, "warning")), \(infos) info in \(plural(files, "file"))"
        text += " (\(suppressed) suppressed, \(baselined) baselined)"
        if unreadable > 0 { text += "; \(plural(unreadable, "input")) could not be read" }
        return text
    }

    /// 0 clean, 1 errors (or warnings when strict), 2 an input could not be read.
    public func exitCode(strict: Bool) -> Int32 {
        if unreadable > 0 { return 2 }
        return errors > 0 || (strict && warnings > 0) ? 1 : 0
    }
}
