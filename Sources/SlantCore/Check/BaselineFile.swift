import Foundation

/// Known findings to leave out of a check (`--baseline`), written by `--write-baseline`. Sorted
/// JSON with one entry per finding, so two runs on the same files write the same bytes and a
/// diff of the baseline reads as a list of findings accepted or fixed.
public struct BaselineFile: Sendable, Codable, Hashable {
    public static let currentSchemaVersion = 1

    public let schemaVersion: Int
    /// Sorted; an entry appears once per finding it stands for.
    public let findings: [BaselineEntry]

    public init(findings: [BaselineEntry]) {
        self.schemaVersion = Self.currentSchemaVersion
        self.findings = findings.sorted()
    }

    /// Every finding of the checked files (suppressed ones excluded: their comment covers them).
    public init(files: [CheckedFile]) {
        self.init(findings: files.flatMap { file in file.findings.map { BaselineEntry(path: file.path, finding: $0) } })
    }

    public func encoded() -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(self)) ?? Data("{}".utf8)) + Data("\n".utf8)
    }

    public static func load(path: String) throws(ConfigurationProblem) -> BaselineFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationProblem(file: path, line: nil, message: "cannot read the baseline file")
        }
        let baseline: BaselineFile
        do {
            baseline = try JSONDecoder().decode(BaselineFile.self, from: data)
        } catch {
            throw ConfigurationProblem(
                file: path, line: nil, message: "not a slant baseline file (write one with slant check --write-baseline FILE)")
        }
        guard baseline.schemaVersion == currentSchemaVersion else {
            throw ConfigurationProblem(
                file: path, line: nil,
                message: "baseline schema version \(baseline.schemaVersion) is not supported (expected \(currentSchemaVersion))")
        }
        return baseline
    }

    /// Moves the findings the baseline knows into `suppressed`. Each entry absorbs one finding,
    /// so a second identical finding on a new line of the same text still shows.
    public func apply(to file: CheckedFile) -> CheckedFile {
        var remaining: [BaselineEntry: Int] = [:]
        for entry in findings where entry.path == file.path { remaining[entry, default: 0] += 1 }
        var kept: [CheckFinding] = []
        var baselined: [SuppressedFinding] = []
        for finding in file.findings {
            let key = BaselineEntry(path: file.path, finding: finding)
            if let count = remaining[key], count > 0 {
                remaining[key] = count - 1
                baselined.append(SuppressedFinding(finding: finding, kind: .baseline, reason: nil))
            } else {
                kept.append(finding)
            }
        }
        return CheckedFile(
            path: file.path, markup: file.markup, findings: kept,
            suppressed: (file.suppressed + baselined).sorted { CheckFinding.inOrder($0.finding, $1.finding) })
    }
}
