import Foundation
import SlantCore
import Testing

/// A key written twice in `.slant.yml` is an error naming the file, the line and the key:
/// Yams keeps both and a lookup silently took the last one.
@Suite struct DuplicateKeyTests {
    func problem(_ yaml: String) -> ConfigurationProblem? {
        do {
            _ = try CheckConfigurationLoader.parse(yaml, file: "desk/.slant.yml", directory: "desk")
            return nil
        } catch {
            return error
        }
    }

    @Test(arguments: [
        (
            "require_suppression_reason: true\ndisable: [verb.vowed]\nrequire_suppression_reason: false\n", 3, 1,
            "require_suppression_reason"
        ),
        ("voices:\n  editorial: error\n  quoted: off\n  editorial: info\n", 4, 2, "editorial"),
        ("severity:\n  loaded.aggression: error\n  loaded.aggression: info\n", 3, 2, "loaded.aggression"),
        ("thresholds:\n  min_voice_ratio: 0.5\nthresholds:\n  min_voice_ratio: 0.9\n", 3, 1, "thresholds"),
    ])
    func aDuplicateKeyIsReportedWithItsLines(yaml: String, line: Int, firstLine: Int, key: String) throws {
        let found = try #require(problem(yaml))
        #expect(found.file == "desk/.slant.yml")
        #expect(found.line == line)
        #expect(found.message.contains("duplicate key '\(key)'"))
        #expect(found.message.contains("first on line \(firstLine)"))
        #expect(found.description.hasPrefix("desk/.slant.yml:\(line): "))
    }

    @Test func theSameKeyInDifferentMappingsIsFine() throws {
        #expect(problem("voices:\n  editorial: error\nseverity:\n  editorial: info\n")?.message.contains("duplicate") != true)
    }
}
