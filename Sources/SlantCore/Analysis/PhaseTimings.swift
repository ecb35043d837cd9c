import Dispatch
import PCRE2

/// Wall-clock time per phase, summed over the articles of a `--benchmark` run. Used from one
/// thread at a time.
public final class PhaseTimings {
    public private(set) var seconds: [String: Double] = [:]

    public init() {}

    public static func now() -> UInt64 { DispatchTime.now().uptimeNanoseconds }

    public func add(_ phase: String, since start: UInt64) {
        seconds[phase, default: 0] += Double(PhaseTimings.now() - start) / 1e9
    }

    /// Adds another collection's times, phase by phase (one worker's, in a batch).
    public func add(_ other: PhaseTimings) {
        for (phase, value) in other.seconds { seconds[phase, default: 0] += value }
    }
}

extension Optional where Wrapped == PhaseTimings {
    /// Runs `work`, adding its duration to `phase` when timings are being collected.
    public func measure<Result>(_ phase: String, _ work: () -> Result) -> Result {
        guard let timings = self else { return work() }
        let start = PhaseTimings.now()
        defer { timings.add(phase, since: start) }
        return work()
    }
}

/// Time spent by each rule's patterns run one by one over some texts: finds the slow pattern
/// (SwiftLint's `--benchmark` found a 34-second custom rule this way).
public enum RuleTimer {
    public static func slowestRules(
        _ lexicon: CompiledLexicon, texts: [SourceText], scratch: MatchScratch = MatchScratch()
    ) -> [(ruleID: String, seconds: Double)] {
        var timings: [(String, Double)] = []
        for rule in lexicon.rules {
            let start = PhaseTimings.now()
            for text in texts { _ = try? rule.matches(in: text.utf8, scratch: scratch) }
            timings.append((rule.rule.id, Double(PhaseTimings.now() - start) / 1e9))
        }
        for actor in lexicon.actors + lexicon.places {
            let start = PhaseTimings.now()
            for text in texts {
                for pattern in actor.patterns { _ = try? pattern.matches(in: text.utf8, scratch: scratch) }
            }
            timings.append(("side \(actor.side.id): \(actor.actor.name)", Double(PhaseTimings.now() - start) / 1e9))
        }
        return timings.sorted { $0.1 > $1.1 }
    }
}
