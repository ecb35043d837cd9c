import ArgumentParser
import Foundation
import SlantCore
import Testing

@testable import SlantCommands

/// The acceptance criteria on the sample article, and the exit codes: 0 clean, 1 errors (or
/// warnings with --strict), 2 usage, configuration or input errors.
@Suite struct CheckCommandTests {
    @Test func sampleReportsItsEditorialFindingsAsErrorsAndFails() throws {
        let (output, exitCode) = try CheckFixtures.runCheck([CheckFixtures.sample])
        #expect(exitCode == 1)
        let errors = output.split(separator: "\n").filter { $0.contains(": error: ") }
        // The outlet's own wording: a reporting verb and two prescriptions. "The militant group",
        // the AP's standard reference for Hamas, is a contested label: information, not an error.
        #expect(
            errors.map { String($0.split(separator: "[").last!.dropLast()) }.sorted() == [
                "prescriptive.must-action", "prescriptive.only-through", "verb.defended",
            ])
        #expect(output.contains("Examples/cairo-talks.txt:5:171: info: \"militant group\""))
        // Hamas's and the Israeli government's own words stay information.
        #expect(output.contains("Examples/cairo-talks.txt:5:72: info: \"Israeli aggression\""))
        #expect(output.contains("(attributed to Hamas) [loaded.aggression]"))
        #expect(output.contains("    instead: Hamas; the group; name the organisation\n"))
        #expect(output.hasSuffix("3 errors, 0 warnings, 12 info in 1 file (0 suppressed, 0 baselined)\n"))
    }

    @Test func everyEditorialFindingOfTheSampleIsAnError() throws {
        let file = try CheckFixtures.check(file: CheckFixtures.sample)
        let editorial = file.findings.filter { $0.voice == .editorial }
        let ruleSeverity = Dictionary(
            CheckFixtures.lexicon.lexicon.rules.map { ($0.id, $0.severity) }, uniquingKeysWith: { a, _ in a })
        let flagged = editorial.filter { ruleSeverity[$0.ruleID] != .info }
        #expect(!flagged.isEmpty)
        #expect(flagged.allSatisfy { $0.severity == .error })
        #expect(file.findings.filter { $0.voice != .editorial }.allSatisfy { $0.severity == .info })
    }

    @Test func suppressedSampleWithReasonsPasses() throws {
        let (output, exitCode) = try CheckFixtures.runCheck([CheckFixtures.path("cairo-talks-suppressed.txt")])
        #expect(exitCode == 0)
        #expect(output.hasSuffix("0 errors, 0 warnings, 11 info in 1 file (4 suppressed, 0 baselined)\n"))
        let strict = try CheckFixtures.runCheck([CheckFixtures.path("cairo-talks-suppressed.txt"), "--strict"])
        #expect(strict.exitCode == 0)
    }

    @Test func warningsFailOnlyWithStrict() throws {
        let directory = try CheckFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        // An unused suppression is a warning and the only finding.
        try "<!-- slant-disable-next-line loaded.genocide -- old draft -->\nThe talks resumed on Wednesday.\n".write(
            to: directory.appendingPathComponent("story.md"), atomically: true, encoding: .utf8)
        #expect(try CheckFixtures.runCheck(["story.md"], in: directory).exitCode == 0)
        #expect(try CheckFixtures.runCheck(["story.md", "--strict"], in: directory).exitCode == 1)
    }

    @Test func cleanArticleExitsZero() throws {
        let directory = try CheckFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "The talks resumed on Wednesday in Cairo.\n".write(
            to: directory.appendingPathComponent("clean.txt"), atomically: true, encoding: .utf8)
        let (output, exitCode) = try CheckFixtures.runCheck(["clean.txt"], in: directory)
        #expect(exitCode == 0)
        #expect(output == "0 errors, 0 warnings, 0 info in 1 file (0 suppressed, 0 baselined)\n")
    }

    @Test func unreadableInputExitsTwoAndTheRestIsChecked() throws {
        let directory = try CheckFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try Data([0xFF, 0xFE, 0x41]).write(to: directory.appendingPathComponent("bad.txt"))
        try FileManager.default.copyItem(
            at: CheckFixtures.root.appendingPathComponent(CheckFixtures.sample),
            to: directory.appendingPathComponent("sample.txt"))
        let (output, exitCode) = try CheckFixtures.runCheck(["bad.txt", "missing.txt", "sample.txt"], in: directory)
        #expect(exitCode == 2)
        #expect(output.contains("sample.txt:11:231: error:"))
        #expect(output.hasSuffix("; 2 inputs could not be read\n"))
    }

    @Test func htmlPageWithoutArticleTextIsAnInputError() throws {
        let directory = try CheckFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "<html><body><nav>Terrorists</nav><script>x</script></body></html>".write(
            to: directory.appendingPathComponent("empty.html"), atomically: true, encoding: .utf8)
        #expect(try CheckFixtures.runCheck(["empty.html"], in: directory).exitCode == 2)
    }

    @Test(arguments: [
        ["check", "a.txt", "--format", "pdf"], ["check", "a.txt", "--markup", "rtf"], ["check"],
        ["check", "--no-such-flag", "a.txt"],
    ])
    func usageErrorsExitTwo(arguments: [String]) {
        do {
            _ = try SlantCommand.parseAsRoot(arguments)
            Issue.record("\(arguments) should not parse")
        } catch {
            #expect(SlantCommand.slantExitCode(for: error) == 2)
        }
    }

    @Test func helpIsNotAnError() {
        do {
            _ = try SlantCommand.parseAsRoot(["check", "--help"])
        } catch {
            #expect(SlantCommand.slantExitCode(for: error) == 0)
        }
    }

    /// The built binary, end to end, when the build has produced it (`make test` builds it first).
    @Test func binaryExitCodes() throws {
        let binary = CheckFixtures.root.appendingPathComponent(".build/debug/slant")
        try #require(FileManager.default.isExecutableFile(atPath: binary.path))
        func exitCode(_ arguments: [String]) throws -> Int32 {
            let process = Process()
            process.executableURL = binary
            process.arguments = arguments
            process.currentDirectoryURL = CheckFixtures.root
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            return process.terminationStatus
        }
        #expect(try exitCode(["check", CheckFixtures.sample]) == 1)
        #expect(try exitCode(["check", CheckFixtures.path("cairo-talks-suppressed.txt")]) == 0)
        #expect(try exitCode(["check", CheckFixtures.sample, "--format", "pdf"]) == 2)
        #expect(try exitCode(["check", "no-such-file.txt"]) == 2)
        #expect(try exitCode(["explain", "loaded.agression"]) == 2)
        #expect(try exitCode(["explain", "loaded.aggression"]) == 0)
    }

    @Test func brokenConfigurationExitsTwo() throws {
        let directory = try CheckFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "voices:\n  editorial: fatal\n".write(
            to: directory.appendingPathComponent(".slant.yml"), atomically: true, encoding: .utf8)
        try "The talks resumed.\n".write(to: directory.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        #expect(throws: ExitCode(2)) { try CheckFixtures.runCheck(["a.txt"], in: directory) }
        #expect(throws: ExitCode(2)) { try CheckFixtures.runCheck(["a.txt", "--config", "missing.yml"], in: directory) }
    }

    @Test func badBaselineExitsTwo() throws {
        let directory = try CheckFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        try "{\"findings\": 3}".write(to: directory.appendingPathComponent("baseline.json"), atomically: true, encoding: .utf8)
        try "The talks resumed.\n".write(to: directory.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
        #expect(throws: ExitCode(2)) { try CheckFixtures.runCheck(["a.txt", "--baseline", "baseline.json"], in: directory) }
    }

    @Test func configurationIsFoundFromTheWorkingDirectoryUpward() throws {
        let directory = try CheckFixtures.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let nested = directory.appendingPathComponent("desk/drafts")
        try FileManager.default.createDirectory(at: nested, withIntermediateDirectories: true)
        try "voices:\n  editorial: warning\n".write(
            to: directory.appendingPathComponent(".slant.yml"), atomically: true, encoding: .utf8)
        try FileManager.default.copyItem(
            at: CheckFixtures.root.appendingPathComponent(CheckFixtures.sample), to: nested.appendingPathComponent("sample.txt"))
        let (output, exitCode) = try CheckFixtures.runCheck(["sample.txt"], in: nested)
        #expect(exitCode == 0)
        #expect(output.contains("3 warnings"))
        #expect(
            CheckConfigurationLoader.find(from: nested.path) == directory.appendingPathComponent(".slant.yml").standardized.path)
    }
}
