import ArgumentParser
import SlantBatch
import SlantReporters

/// Options shared by `slant compare` and `slant merge`: what the comparison computes and where
/// its reports go. A merge given the same values as a single run writes the same bytes.
struct ComparisonOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Write DIR/comparison.<md|json|csv> (and, for compare, DIR/articles/<outlet>.jsonl) instead of standard output.",
            valueName: "DIR"))
    var output: String?

    @Option(
        help: ArgumentHelp(
            "Report formats, comma-separated: markdown, json, csv (several need --output).", valueName: "FORMATS"))
    var format: String = MarkdownComparisonReporter.identifier

    @Option(help: "Seed of the bootstrap resampling.")
    var seed: UInt64 = ComparisonSettings.defaultSeed

    @Option(
        help:
            "Bootstrap resamples per outlet, \(RunLimits.resamples.lowerBound) to \(RunLimits.resamples.upperBound) (0: no intervals)."
    )
    var resamples: Int = ComparisonSettings.defaultResamples

    @Option(help: ArgumentHelp("Outlets with fewer articles are listed but not ranked.", valueName: "N"))
    var minArticles: Int = ComparisonSettings.defaultMinimumArticles

    @Option(
        help: ArgumentHelp(
            "Figures resting on fewer events (the ratio's denominator: mentions, verbs, attributed words; thousands of words for rates) are shown, marked and not ranked.",
            valueName: "N"))
    var minCount: Int = ComparisonSettings.defaultMinimumCount

    var formats: [String] {
        format.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    var settings: ComparisonSettings {
        ComparisonSettings(seed: seed, resamples: resamples, minimumArticles: minArticles, minimumCount: minCount)
    }

    func validate() throws {
        let known = ComparisonReporters.all.map { $0.identifier }
        for name in formats where ComparisonReporters.reporter(for: name) == nil {
            throw ValidationError("unknown format '\(name)'; use one or more of: \(known.joined(separator: ", "))")
        }
        guard !formats.isEmpty else { throw ValidationError("give at least one --format") }
        if formats.count > 1 && output == nil {
            throw ValidationError("several formats need --output DIR (standard output takes one report)")
        }
        guard RunLimits.resamples.contains(resamples) else {
            throw ValidationError(
                "--resamples must be from \(RunLimits.resamples.lowerBound) to \(RunLimits.resamples.upperBound) (1,000, the default, is enough for 95% intervals)"
            )
        }
        guard minArticles >= 1 else { throw ValidationError("--min-articles must be at least 1") }
        guard minCount >= 0 else { throw ValidationError("--min-count must be at least 0") }
    }
}
