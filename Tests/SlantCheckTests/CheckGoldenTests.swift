import Foundation
import SlantReporters
import Testing

/// Every output format on one fixture set, compared byte for byte with committed golden files.
/// The set covers editorial errors, quoted and attributed info, article thresholds, used,
/// unused, reasonless and malformed suppressions, and a baselined finding.
/// Regenerate with `SLANT_UPDATE_GOLDEN=1 swift test --filter CheckGoldenTests`.
@Suite struct CheckGoldenTests {
    static let arguments = [
        CheckFixtures.sample, CheckFixtures.path("suppressions.md"), "--config", CheckFixtures.path("golden.slant.yml"),
        "--baseline", CheckFixtures.path("golden-baseline.json"),
    ]

    static let extensions = ["text": "txt", "json": "json", "sarif": "sarif", "github": "github.txt", "markdown": "md"]

    @Test(arguments: ["text", "json", "sarif", "github", "markdown"])
    func formatMatchesItsGoldenFile(format: String) throws {
        let (output, exitCode) = try CheckFixtures.runCheck(Self.arguments + ["--format", format])
        #expect(exitCode == 1)
        let url = CheckFixtures.golden.appendingPathComponent("check.\(Self.extensions[format]!)")
        if ProcessInfo.processInfo.environment["SLANT_UPDATE_GOLDEN"] == "1" {
            try output.write(to: url, atomically: true, encoding: .utf8)
            return
        }
        let expected = try String(contentsOf: url, encoding: .utf8)
        #expect(output == expected, "\(url.lastPathComponent) drifted; regenerate with SLANT_UPDATE_GOLDEN=1")
    }

    @Test func everyFormatHasAReporter() {
        #expect(Set(CheckReporters.identifiers) == Set(Self.extensions.keys))
    }

    @Test func textLinesHaveTheCompilerShape() throws {
        let (output, _) = try CheckFixtures.runCheck(Self.arguments)
        let findingLines = output.split(separator: "\n").filter { !$0.hasPrefix(" ") }.dropLast()
        #expect(!findingLines.isEmpty)
        let shape = #/^[^:]+:\d+:\d+: (error|warning|info): .+ \[[a-z0-9.-]+\]$/#
        for line in findingLines {
            #expect(line.wholeMatch(of: shape) != nil, "not path:line:col: severity: message [rule]: \(line)")
        }
        #expect(output.hasSuffix("in 2 files (4 suppressed, 1 baselined)\n"))
    }

    @Test func sarifKeepsSuppressedResultsWithTheirJustification() throws {
        let (output, _) = try CheckFixtures.runCheck(Self.arguments + ["--format", "sarif"])
        let log = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let run = try #require((log["runs"] as? [[String: Any]])?.first)
        let results = try #require(run["results"] as? [[String: Any]])
        let suppressions = results.compactMap { ($0["suppressions"] as? [[String: Any]])?.first }
        #expect(suppressions.filter { $0["kind"] as? String == "inSource" }.count == 4)
        #expect(suppressions.filter { $0["kind"] as? String == "external" }.count == 1)
        #expect(suppressions.contains { ($0["justification"] as? String)?.contains("court's ruling") == true })
        let rules = try #require(
            (run["tool"] as? [String: Any]).flatMap { $0["driver"] as? [String: Any] }?["rules"] as? [[String: Any]])
        for result in results {
            let index = try #require(result["ruleIndex"] as? Int)
            #expect(rules[index]["id"] as? String == result["ruleId"] as? String)
        }
    }
}
