/// The outcome of checking one file.
public struct CheckedFile: Sendable, Codable, Hashable {
    /// As given on the command line (normalised: no "./"), or "<stdin>".
    public let path: String
    public let markup: MarkupKind
    /// Sorted by location.
    public let findings: [CheckFinding]
    public let suppressed: [SuppressedFinding]

    public init(path: String, markup: MarkupKind, findings: [CheckFinding], suppressed: [SuppressedFinding]) {
        self.path = path
        self.markup = markup
        self.findings = findings
        self.suppressed = suppressed
    }

    public func count(_ severity: Severity) -> Int { findings.filter { $0.severity == severity }.count }
}
