import Foundation
import SlantCore
import Testing

/// The baseline keys findings by file, rule and line text: moved lines stay baselined, edited
/// lines come back, and the file is deterministic.
@Suite struct BaselineTests {
    static let original = """
        Talks resume in Cairo

        The militant group said it would attend.

        Both Israel and Hamas must demonstrate restraint.
        """

    func baseline(for text: String) throws -> BaselineFile {
        BaselineFile(files: [try CheckFixtures.check(text)])
    }

    @Test func unchangedArticleIsFullyBaselined() throws {
        let baseline = try baseline(for: Self.original)
        let again = baseline.apply(to: try CheckFixtures.check(Self.original))
        #expect(again.findings.isEmpty)
        #expect(again.suppressed.count == 2)
        #expect(again.suppressed.allSatisfy { $0.kind == .baseline })
    }

    @Test func movedLinesStayBaselined() throws {
        let baseline = try baseline(for: Self.original)
        let moved = """
            Talks resume in Cairo

            Negotiators arrived on Tuesday evening.

            Officials met late into the night.

            Both Israel and Hamas must demonstrate restraint.

            The militant group said it would attend.
            """
        let file = try CheckFixtures.check(moved)
        #expect(file.findings.map(\.location.line).sorted() == [7, 9])  // new line numbers
        #expect(baseline.apply(to: file).findings.isEmpty)
    }

    @Test func editedLinesReappear() throws {
        let baseline = try baseline(for: Self.original)
        let edited = Self.original.replacingOccurrences(of: "would attend.", with: "would attend on Wednesday.")
        let result = baseline.apply(to: try CheckFixtures.check(edited))
        #expect(result.findings.map(\.ruleID) == ["label.militant-group"])
        #expect(result.suppressed.map(\.finding.ruleID) == ["prescriptive.must-action"])
    }

    @Test func aSecondCopyOfABaselinedLineIsNew() throws {
        let baseline = try baseline(for: Self.original)
        let duplicated = Self.original + "\n\nBoth Israel and Hamas must demonstrate restraint."
        let result = baseline.apply(to: try CheckFixtures.check(duplicated))
        #expect(result.findings.map(\.ruleID) == ["prescriptive.must-action"])
    }

    @Test func otherFilesAreNotCovered() throws {
        let baseline = try baseline(for: Self.original)
        let other = try CheckFixtures.check(Self.original, name: "other.txt")
        #expect(baseline.apply(to: other).findings.count == 2)
    }

    @Test func fileIsSortedAndRoundTrips() throws {
        let entries = [
            BaselineEntry(path: "b.md", ruleID: "x.rule", lineText: "line"),
            BaselineEntry(path: "a.md", ruleID: "z.rule", lineText: "line"),
            BaselineEntry(path: "a.md", ruleID: "y.rule", lineText: "b"),
            BaselineEntry(path: "a.md", ruleID: "y.rule", lineText: "a"),
        ]
        let first = BaselineFile(findings: entries)
        let second = BaselineFile(findings: entries.reversed())
        #expect(first.encoded() == second.encoded())
        #expect(first.findings.map(\.ruleID) == ["y.rule", "y.rule", "z.rule", "x.rule"])
        let text = String(decoding: first.encoded(), as: UTF8.self)
        #expect(text.contains("\"schemaVersion\" : 1"))
        let directory = try CheckFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let url = directory.appendingPathComponent("baseline.json")
        try first.encoded().write(to: url)
        #expect(try BaselineFile.load(path: url.path) == first)
    }

    @Test func writeThenUseFromTheCommandLine() throws {
        let directory = try CheckFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let story = directory.appendingPathComponent("story.txt")
        try Self.original.write(to: story, atomically: true, encoding: .utf8)
        let written = try CheckFixtures.runCheck(["./story.txt", "--write-baseline", "baseline.json"], in: directory)
        #expect(written.exitCode == 0)
        #expect(written.output.hasSuffix("(0 suppressed, 2 baselined)\n"))
        let baseline = try BaselineFile.load(path: directory.appendingPathComponent("baseline.json").path)
        #expect(baseline.findings.map(\.path) == ["story.txt", "story.txt"])  // "./" dropped
        try (Self.original + "\n\nThe terror group left.").write(to: story, atomically: true, encoding: .utf8)
        let (output, exitCode) = try CheckFixtures.runCheck(["story.txt", "--baseline", "baseline.json"], in: directory)
        #expect(exitCode == 1)
        #expect(output.hasPrefix("story.txt:7:5: error: \"terror group\""))
    }
}
