import Foundation
import SlantCore

/// The `--benchmark` table on standard error (as SwiftLint prints it): seconds per phase, then
/// the slowest rules, each rule's patterns run on their own over `texts`, so a lexicon author
/// finds a slow pattern.
enum BenchmarkReport {
    static func lines(phases: [(name: String, seconds: Double)], lexicon: CompiledLexicon, texts: [SourceText]) -> [String] {
        var lines = ["phase\tseconds"]
        lines += phases.map { "\($0.name)\t\(String(format: "%.4f", $0.seconds))" }
        lines.append("")
        lines.append("slowest rules (patterns run one by one over \(texts.count) article(s))\tseconds")
        lines += RuleTimer.slowestRules(lexicon, texts: texts).prefix(10).map {
            "\($0.ruleID)\t\(String(format: "%.4f", $0.seconds))"
        }
        return lines
    }

    /// Phases from a `PhaseTimings`, slowest first.
    static func phases(_ seconds: [String: Double]) -> [(name: String, seconds: Double)] {
        seconds.map { (name: $0.key, seconds: $0.value) }.sorted { ($1.seconds, $0.name) < ($0.seconds, $1.name) }
    }

    static func print(_ lines: [String]) {
        StandardStreams.writeError(lines.joined(separator: "\n") + "\n")
    }
}
