import Foundation

// The scale row of `make bench`: `slant compare --output` (evidence included) on the corpus
// repeated 1, 4 and 16 times, throughput and peak memory each, and what the largest gives for
// 6 GB. The repeated files and the outputs go under .build, never into the repository.

/// One `slant compare` run: wall seconds and its peak resident set.
struct ProcessMeasure {
    let seconds: Double
    let peakRSSMegabytes: Double
}

/// Runs `arguments` (the first is the executable) under GNU time with standard output and
/// error on /dev/null; nil if it could not start or failed. The peak RSS is time's (`%M`): the
/// rusage wait4 gives this bench counts the bench's own memory too, since a spawned child
/// inherits its parent's high-water mark until exec.
func measuredProcess(_ arguments: [String]) -> ProcessMeasure? {
    let report = NSTemporaryDirectory() + "slant-bench-time-\(getpid()).txt"
    defer { unlink(report) }
    let timed = ["/usr/bin/time", "-f", "%M", "-o", report] + arguments
    var cArguments = timed.map { strdup($0) } + [nil]
    defer { for argument in cArguments { free(argument) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var pid: pid_t = 0
    let start = monotonicSeconds()
    guard posix_spawn(&pid, timed[0], &actions, nil, &cArguments, environ) == 0 else { return nil }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    let seconds = monotonicSeconds() - start
    // Exit status 0 only (the corpus has no bad records): WIFEXITED and WEXITSTATUS by hand.
    guard status & 0x7f == 0, (status >> 8) & 0xff == 0,
        let text = try? String(contentsOfFile: report, encoding: .utf8),
        let kilobytes = Double(text.trimmingCharacters(in: .whitespacesAndNewlines))
    else { return nil }
    return ProcessMeasure(seconds: seconds, peakRSSMegabytes: kilobytes / 1024)
}

/// Writes `corpus` repeated `times` times to `path` (once: kept for later runs of the bench).
func writeRepeated(_ corpus: Data, times: Int, to path: String) -> Bool {
    if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int, size == corpus.count * times {
        return true
    }
    guard FileManager.default.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
        return false
    }
    defer { try? handle.close() }
    for _ in 0..<times { handle.write(corpus) }
    return true
}

/// The Markdown rows: each scale's median MB/s (of the corpus file) and peak RSS, with and
/// without `--gzip-evidence`, and the 6 GB extrapolation from the largest scale.
func compareScaleRows(corpusPath: String, slant: String, runs: Int) -> [String] {
    let folder = ".build/bench-scale"
    try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
    guard var corpus = FileManager.default.contents(atPath: corpusPath) else {
        return ["| compare at scale | cannot read \(corpusPath) |"]
    }
    if corpus.last != UInt8(ascii: "\n") { corpus.append(UInt8(ascii: "\n")) }
    let scales = [1, 4, 16]
    var rows: [String] = []
    for gzip in [false, true] {
        var cells: [String] = []
        var rates: [Int: Double] = [:]
        var peaks: [Int: Double] = [:]
        for scale in scales {
            let input = "\(folder)/corpus-x\(scale).jsonl"
            let output = "\(folder)/out-x\(scale)"
            guard writeRepeated(corpus, times: scale, to: input) else { return ["| compare at scale | cannot write \(input) |"] }
            var arguments = [slant, "compare", input, "--output", output, "--format", "json"]
            if gzip { arguments.append("--gzip-evidence") }
            let measures = (0..<runs).compactMap { _ in measuredProcess(arguments) }
            try? FileManager.default.removeItem(atPath: output)
            guard measures.count == runs else {
                return [
                    "| compare at scale | `\(arguments.joined(separator: " "))` failed (or /usr/bin/time is missing: apt install time) |"
                ]
            }
            let megabytes = Double(corpus.count * scale) / 1e6
            rates[scale] = megabytes / median(measures.map(\.seconds))
            peaks[scale] = median(measures.map(\.peakRSSMegabytes))
            cells.append("×\(scale): \(f(rates[scale]!)) MB/s, \(f(peaks[scale]!)) MB")
        }
        let cores = ProcessInfo.processInfo.activeProcessorCount
        let largest = scales.last!
        let growth = peaks[largest]! / peaks[1]!
        rows.append(
            "| `slant compare --output`\(gzip ? " --gzip-evidence" : "") (evidence included), corpus ×1 / ×4 / ×16: MB/s of input, peak RSS | \(cells.joined(separator: "; ")); per core at ×\(largest) \(f(rates[largest]! / Double(cores))) MB/s; peak ×\(largest) / ×1 = \(f(growth, 3)) |"
        )
        rows.append(
            "| extrapolated: 6 GB on \(cores) cores at ×\(largest)'s rate\(gzip ? " (--gzip-evidence)" : "") | \(f(6000 / rates[largest]! / 60)) min |"
        )
    }
    return rows
}
