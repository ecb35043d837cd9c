import Dispatch
import Foundation
import PCRE2
import SlantCore
import SlantDefaultLexicons
import SlantReporters

// Usage: slant-bench CORPUS.jsonl [--articles N] [--runs R] [--slant PATH]
//        [--profile load|json|scan|audit|scale|long] [--scan-parts] [--list-sequential] [--report-digest]
// Prints, in one run: lexicon load + compile time; raw-scan and full-audit throughput on one
// core and on all cores; articles per second; peak RSS; the full/raw ratio; and the whole-process
// time of `slant audit` on the sample article and on 500 article files written to a folder
// (with --slant), and `slant compare` on the corpus repeated 1, 4 and 16 times: MB/s and peak RSS
// of each, and the time 6 GB would take (with --slant). Medians of R runs.

func monotonicSeconds() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024  // kilobytes on Linux
}

var arguments = Array(CommandLine.arguments.dropFirst())
func option(_ name: String) -> String? {
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count else { return nil }
    defer { arguments.removeSubrange(index...(index + 1)) }
    return arguments[index + 1]
}
let articleLimit = option("--articles").flatMap(Int.init) ?? Int.max
let runs = option("--runs").flatMap(Int.init) ?? 3
let slantPath = option("--slant")
guard let corpusPath = arguments.first else {
    FileHandle.standardError.write(
        Data(
            "usage: slant-bench CORPUS.jsonl [--articles N] [--runs R] [--slant PATH] [--profile load|json|scan|audit|scale|long] [--scan-parts] [--list-sequential] [--report-digest]\n"
                .utf8))
    exit(2)
}

// The corpus: the `text` field of each JSON line.
guard let corpusData = FileManager.default.contents(atPath: corpusPath) else {
    FileHandle.standardError.write(Data("slant-bench: cannot read \(corpusPath)\n".utf8))
    exit(2)
}
var texts: [[UInt8]] = []
for line in corpusData.split(separator: UInt8(ascii: "\n")) where texts.count < articleLimit {
    guard let object = try? JSONSerialization.jsonObject(with: Data(line)) as? [String: Any],
        let text = object["text"] as? String, !text.isEmpty
    else { continue }
    texts.append(Array(text.utf8))
}
let totalBytes = texts.reduce(0) { $0 + $1.count }
let megabytes = Double(totalBytes) / 1_000_000

// 1. Lexicon load + compile.
var loadTimes: [Double] = []
var compiled: CompiledLexicon!
for _ in 0..<5 {
    let start = monotonicSeconds()
    let (lexicon, _) = Lexicon.load(embedded: DefaultLexicons.packs)
    compiled = CompiledLexicon.compile(lexicon).compiled
    _ = Auditor(compiled: compiled)  // builds its scanners' prefilters
    loadTimes.append(monotonicSeconds() - start)
}
let patternCount = compiled.patterns.all.count

// 2. Raw scan: every default-lexicon pattern one by one over each article, UTF-8 checked once.
let rawScanner = SequentialPatternScanner(patterns: compiled.patterns.all)
/// Per-article hashes of the raw and the fast scan's matches: the fast path must equal the
/// reference on every article of the corpus, not only on the tests' 200.
let rawScanChecksums = ChecksumTable(count: texts.count)
let fastScanChecksums = ChecksumTable(count: texts.count)
/// Scans the articles at `indices` with `scanner`, recording a hash of each article's matches.
func scanArticles(_ indices: Range<Int>, with scanner: any PatternScanner, scratch: MatchScratch, into checksums: ChecksumTable)
    -> Int
{
    var matches = 0
    for index in indices {
        guard let text = try? ValidUTF8(validating: texts[index]) else { continue }
        let scan = scanner.scan(text, scratch: scratch)
        matches += scan.matches.reduce(0) { $0 + $1.count }
        // Not `hashValue`: it is seeded per process, and `--report-digest` compares runs.
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for (pattern, ranges) in scan.matches.enumerated() {
            for range in ranges {
                for value in [pattern, range.lowerBound, range.upperBound] { hash = (hash ^ UInt64(value)) &* 0x100_0000_01b3 }
            }
        }
        for failed in scan.failures.keys.sorted() { hash = (hash ^ UInt64(failed) ^ 0xff00) &* 0x100_0000_01b3 }
        checksums.record(index, Int(truncatingIfNeeded: hash))
    }
    return matches
}
func rawScan(_ indices: Range<Int>, scratch: MatchScratch) -> Int {
    scanArticles(indices, with: rawScanner, scratch: scratch, into: rawScanChecksums)
}
let fastScanner = PrefilteredPatternScanner(patterns: compiled.patterns.all)

// 3. Full audit: decode, segment, match, attribute, measure, render JSON (discarded).
let auditor = Auditor(compiled: compiled)
let reporter = JSONAuditReporter()
/// Also checks determinism: every report is hashed and the hashes of a run are summed, so a
/// 1-core and an all-core run can be compared.
let reportChecksums = ChecksumTable(count: texts.count)
func fullAudit(_ indices: Range<Int>, scratch: MatchScratch) -> Int {
    var bytes = 0
    for index in indices {
        guard let source = try? InputDecoder.decode(texts[index], name: "article-\(index)") else { continue }
        let report = reporter.renderBytes(auditor.audit(source, scratch: scratch))
        bytes += report.count
        reportChecksums.record(index, checksum(report))
    }
    return bytes
}

/// A cheap checksum of a report: four independent lanes of eight bytes, so the multiplies
/// overlap (Swift's `hashValue` on a byte array, or one serial lane, cost several percent of
/// the audit this bench times).
func checksum(_ bytes: [UInt8]) -> Int {
    var lanes: (UInt64, UInt64, UInt64, UInt64) = (0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count), 1, 2, 3)
    let prime: UInt64 = 0x9e37_79b9_7f4a_7c15
    bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset + 32 <= raw.count {
            lanes.0 = (lanes.0 ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* prime
            lanes.1 = (lanes.1 ^ raw.loadUnaligned(fromByteOffset: offset + 8, as: UInt64.self)) &* prime
            lanes.2 = (lanes.2 ^ raw.loadUnaligned(fromByteOffset: offset + 16, as: UInt64.self)) &* prime
            lanes.3 = (lanes.3 ^ raw.loadUnaligned(fromByteOffset: offset + 24, as: UInt64.self)) &* prime
            offset += 32
        }
        while offset < raw.count {
            lanes.0 = (lanes.0 ^ UInt64(raw[offset])) &* 0x100_0000_01b3
            offset += 1
        }
    }
    var hash = lanes.0
    for lane in [lanes.1, lanes.2, lanes.3] { hash = (hash ^ (lane ^ lane >> 29)) &* prime }
    return Int(truncatingIfNeeded: hash ^ hash >> 32)
}

/// The digest's checksum of one report, kept unchanged so digests from different versions of
/// this bench can be compared.
func digestChecksum(_ bytes: [UInt8]) -> Int {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
    bytes.withUnsafeBytes { raw in
        var offset = 0
        while offset + 8 <= raw.count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* 0x100_0000_01b3 &* 0x9e37_79b9_7f4a_7c15
            hash ^= hash >> 29
            offset += 8
        }
        while offset < raw.count {
            hash = (hash ^ UInt64(raw[offset])) &* 0x100_0000_01b3
            offset += 1
        }
    }
    return Int(truncatingIfNeeded: hash)
}

/// Per-article report hashes, written by worker threads at distinct indices.
final class ChecksumTable: @unchecked Sendable {
    private var values: [Int]
    private let lock = NSLock()
    init(count: Int) { values = Array(repeating: 0, count: count) }
    func record(_ index: Int, _ value: Int) {
        lock.lock()
        values[index] = value
        lock.unlock()
    }
    func snapshot() -> [Int] {
        lock.lock()
        defer { lock.unlock() }
        return values
    }
}

/// Runs `work` over all articles on `threads` threads (contiguous chunks), returns seconds.
func timed(threads: Int, _ work: @escaping @Sendable (Range<Int>, MatchScratch) -> Int) -> Double {
    let count = texts.count
    let chunk = (count + threads * 8 - 1) / (threads * 8)
    let chunks = stride(from: 0, to: count, by: max(1, chunk)).map { $0..<min(count, $0 + chunk) }
    let start = monotonicSeconds()
    if threads == 1 {
        let scratch = MatchScratch()
        for range in chunks { _ = work(range, scratch) }
    } else {
        let next = ManagedAtomicIndex()
        DispatchQueue.concurrentPerform(iterations: threads) { _ in
            let scratch = MatchScratch()
            while let index = next.take(below: chunks.count) { _ = work(chunks[index], scratch) }
        }
    }
    return monotonicSeconds() - start
}

/// A shared counter handing out chunk numbers.
final class ManagedAtomicIndex: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}

let cores = ProcessInfo.processInfo.activeProcessorCount
func medianTime(threads: Int, _ work: @escaping @Sendable (Range<Int>, MatchScratch) -> Int) -> Double {
    median((0..<runs).map { _ in timed(threads: threads, work) })
}
func fastScan(_ indices: Range<Int>, scratch: MatchScratch) -> Int {
    scanArticles(indices, with: fastScanner, scratch: scratch, into: fastScanChecksums)
}
// `--list-sequential`: the patterns off the fast path (each runs alone over the whole text).
if CommandLine.arguments.contains("--list-sequential") {
    for index in fastScanner.sequential { print("sequential:", compiled.patterns.all[index].pattern) }
    print("\(fastScanner.sequential.count) of \(patternCount) patterns run one by one")
    exit(0)
}
if CommandLine.arguments.contains("--scan-parts") {
    // Time the scanner's parts on the same text: the one-by-one patterns, then the trie walk.
    let sample = texts.prefix(300).compactMap { try? ValidUTF8(validating: $0) }
    let sampleMB = Double(sample.reduce(0) { $0 + $1.count }) / 1e6
    let scratch = MatchScratch()
    var start = monotonicSeconds()
    for text in sample {
        for index in fastScanner.sequential {
            _ = try? compiled.patterns.all[index].matches(in: text, scratch: scratch)
        }
    }
    print(
        "sequential part (\(fastScanner.sequential.count) patterns): \(String(format: "%.1f", sampleMB / (monotonicSeconds() - start))) MB/s"
    )
    start = monotonicSeconds()
    let candidates = sample.reduce(0) { $0 + fastScanner.candidateCount(in: $1) }
    print(
        "word starts through the prefix trie (\(fastScanner.trieSummary)): \(String(format: "%.1f", sampleMB / (monotonicSeconds() - start))) MB/s, \(candidates) candidates in \(String(format: "%.1f", sampleMB)) MB"
    )
    start = monotonicSeconds()
    for text in sample { _ = fastScanner.scan(text, scratch: scratch) }
    print(
        "whole scan (the walk, one anchored match per candidate, the one-by-one part): \(String(format: "%.1f", sampleMB / (monotonicSeconds() - start))) MB/s over \(String(format: "%.1f", sampleMB)) MB"
    )
    exit(0)
}
// `--profile load`: the parts of start-up, medians of 5.
if CommandLine.arguments.contains("--profile") && CommandLine.arguments.contains("load") {
    var parts: [String: [Double]] = [:]
    for _ in 0..<5 {
        var start = monotonicSeconds()
        let (lexicon, _) = Lexicon.load(embedded: DefaultLexicons.packs)
        parts["1 load YAML", default: []].append(monotonicSeconds() - start)
        start = monotonicSeconds()
        let compiledLexicon = CompiledLexicon.compile(lexicon).compiled
        parts["2 compile patterns", default: []].append(monotonicSeconds() - start)
        start = monotonicSeconds()
        _ = PrefilteredPatternScanner(patterns: compiledLexicon.patterns.all)
        parts["3 build the scanner (prefix trie, anchored copies)", default: []].append(monotonicSeconds() - start)
    }
    for (name, times) in parts.sorted(by: { $0.key < $1.key }) {
        print("\(name): \(String(format: "%.1f", median(times) * 1000)) ms")
    }
    exit(0)
}
// `--profile json`: the JSON rendering alone, this encoder against Foundation's, on audits made once.
if CommandLine.arguments.contains("--profile") && CommandLine.arguments.contains("json") {
    let scratch = MatchScratch()
    let audits = texts.compactMap { try? InputDecoder.decode($0, name: "a") }.map { auditor.audit($0, scratch: scratch) }
    for (name, render) in [
        ("SortedJSONEncoder", { (audit: ArticleAudit) in reporter.renderBytes(audit).count }),
        ("Foundation JSONEncoder", { (audit: ArticleAudit) in JSONAuditReporter.foundationRender(audit).utf8.count }),
    ] {
        let start = monotonicSeconds()
        let bytes = audits.reduce(0) { $0 + render($1) }
        let seconds = monotonicSeconds() - start
        print(
            "\(name): \(String(format: "%.1f", Double(bytes) / 1e6 / seconds)) MB/s of JSON, \(String(format: "%.1f", seconds * 1000 / megabytes)) ms per MB of articles"
        )
    }
    exit(0)
}
// `--report-digest`: one digest of all reports and all fast-scan matches, to check that a speed
// change leaves every one of the 5,000 reports byte-identical (compare the line before and after).
if CommandLine.arguments.contains("--report-digest") {
    let scratch = MatchScratch()
    for index in texts.indices {
        guard let source = try? InputDecoder.decode(texts[index], name: "article-\(index)") else { continue }
        reportChecksums.record(index, digestChecksum(reporter.renderBytes(auditor.audit(source, scratch: scratch))))
    }
    _ = timed(threads: 1, fastScan)
    let combined = reportChecksums.snapshot() + fastScanChecksums.snapshot()
    var digest: UInt64 = 0xcbf2_9ce4_8422_2325
    for value in combined { digest = (digest ^ UInt64(bitPattern: Int64(value))) &* 0x100_0000_01b3 }
    print("report digest: \(String(digest, radix: 16)) over \(texts.count) articles")
    exit(0)
}
// `--profile scale`: only the rows of `slant compare` on the corpus repeated (needs --slant).
if CommandLine.arguments.contains("--profile") && CommandLine.arguments.contains("scale") {
    guard let slantPath else {
        FileHandle.standardError.write(Data("slant-bench: --profile scale needs --slant PATH\n".utf8))
        exit(2)
    }
    for row in compareScaleRows(corpusPath: corpusPath, slant: slantPath, runs: runs) { print(row) }
    exit(0)
}
func f(_ value: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", value) }
// 6. Long articles: one ~300 KB article, prose and transcript, audited on one core; its time per
// megabyte against the corpus's shows a path quadratic in an article's length.
let longArticles = LongArticles(from: texts, targetBytes: 300_000)
func auditLongArticle(_ text: [UInt8]) {
    guard let source = try? InputDecoder.decode(text, name: "long-article") else { return }
    _ = reporter.renderBytes(auditor.audit(source, scratch: MatchScratch()))
}
func longArticleRows(corpusSecondsPerMegabyte: Double?) -> [String] {
    [("the corpus's paragraphs joined", longArticles.joined), ("the same as a two-speaker transcript", longArticles.transcript)]
        .map { name, text in
            let seconds = longArticleSeconds(text, runs: runs, audit: auditLongArticle)
            let megabytes = Double(text.count) / 1_000_000
            let ratio = corpusSecondsPerMegabyte.map { ", time per MB \(f(seconds / megabytes / $0, 2))x the corpus's" } ?? ""
            return
                "| one long article, \(text.count / 1000) KB (\(name)), full audit + JSON, 1 core | \(f(megabytes / seconds)) MB/s, \(f(seconds, 2)) s\(ratio) |"
        }
}
// `--profile long`: only the long-article rows (no corpus rate to compare with).
if CommandLine.arguments.contains("--profile") && CommandLine.arguments.contains("long") {
    for row in longArticleRows(corpusSecondsPerMegabyte: nil) { print(row) }
    exit(0)
}
// `--profile scan|audit`: run only that, for a profiler.
if let phase = option("--profile") {
    let seconds = medianTime(threads: 1, phase == "scan" ? fastScan : fullAudit)
    print("\(phase): \(String(format: "%.1f", megabytes / seconds)) MB/s")
    exit(0)
}
let rawOne = medianTime(threads: 1, rawScan)
let fastOne = medianTime(threads: 1, fastScan)
let fullOne = medianTime(threads: 1, fullAudit)
let oneCoreReports = reportChecksums.snapshot()
let fullAll = medianTime(threads: cores, fullAudit)
let identical = oneCoreReports == reportChecksums.snapshot()

/// Runs `arguments` (the first is the executable) with standard output on /dev/null; seconds, or nil if it
/// could not start. posix_spawn and waitpid: Foundation's Process adds tens of milliseconds of its own.
func timedProcess(_ arguments: [String]) -> Double? {
    var cArguments = arguments.map { strdup($0) } + [nil]
    defer { for argument in cArguments { free(argument) } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    defer { posix_spawn_file_actions_destroy(&actions) }
    var pid: pid_t = 0
    let start = monotonicSeconds()
    guard posix_spawn(&pid, arguments[0], &actions, nil, &cArguments, environ) == 0 else { return nil }
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return monotonicSeconds() - start
}

// 4. Whole process: `slant audit` on the sample article.
var processMedian: Double?
if let slantPath {
    let times = (0..<max(5, runs)).compactMap { _ in timedProcess([slantPath, "audit", "Examples/cairo-talks.txt"]) }
    if !times.isEmpty { processMedian = median(times) }
}

// 5. `slant audit <500 files> --output DIR` (Markdown; it audits on all cores) against the same
// audits and reports made in process, on one core and on all cores: what reading, writing and
// start-up cost on top of the audit.
var fileAudit: (articles: Int, process: Double, inProcess: Double, inProcessAllCores: Double)?
if let slantPath {
    let count = min(500, texts.count)
    let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("slant-bench-\(getpid())")
    let reports = (folder as NSString).appendingPathComponent("reports")
    try? FileManager.default.createDirectory(atPath: reports, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(atPath: folder) }
    let paths = (0..<count).map { (folder as NSString).appendingPathComponent("article-\($0).txt") }
    for (path, text) in zip(paths, texts) { FileManager.default.createFile(atPath: path, contents: Data(text)) }
    let processTimes = (0..<runs).compactMap { _ in timedProcess([slantPath, "audit"] + paths + ["--output", reports]) }
    let markdown = MarkdownAuditReporter()
    let inProcessTimes = (0..<runs).map { _ in
        let start = monotonicSeconds()
        let scratch = MatchScratch()
        for text in texts.prefix(count) {
            guard let source = try? InputDecoder.decode(text, name: "article") else { continue }
            _ = markdown.render(auditor.audit(source, scratch: scratch))
        }
        return monotonicSeconds() - start
    }
    let allCoresTimes = (0..<runs).map { _ in
        let start = monotonicSeconds()
        let next = ManagedAtomicIndex()
        DispatchQueue.concurrentPerform(iterations: ProcessInfo.processInfo.activeProcessorCount) { _ in
            let scratch = MatchScratch()
            while let index = next.take(below: count) {
                guard let source = try? InputDecoder.decode(texts[index], name: "article") else { continue }
                _ = markdown.render(auditor.audit(source, scratch: scratch))
            }
        }
        return monotonicSeconds() - start
    }
    if processTimes.count == runs {
        fileAudit = (count, median(processTimes), median(inProcessTimes), median(allCoresTimes))
    }
}

print("| measure | value |")
print("|---|---|")
print("| corpus | \(texts.count) articles, \(f(megabytes)) MB (\(corpusPath)) |")
print(
    "| lexicon | \(compiled.rules.count) rules, \(compiled.actors.count) actors, \(patternCount) patterns (\(fastScanner.prefilteredCount) prefiltered); JIT \(Regex.jitAvailable ? "on" : "off") |"
)
print("| lexicon load + compile + prefilter (median of 5) | \(f(median(loadTimes) * 1000)) ms |")
print("| raw scan, 1 core | \(f(megabytes / rawOne)) MB/s |")
print("| prefiltered scan (all patterns, as the audit runs it), 1 core | \(f(megabytes / fastOne)) MB/s |")
print("| full audit + JSON, 1 core | \(f(megabytes / fullOne)) MB/s, \(f(Double(texts.count) / fullOne, 0)) articles/s |")
print("| full audit + JSON, \(cores) cores | \(f(megabytes / fullAll)) MB/s, \(f(Double(texts.count) / fullAll, 0)) articles/s |")
print("| speed-up \(cores) cores / 1 core | \(f(fullOne / fullAll, 2))x |")
print("| reports identical on 1 core and \(cores) cores | \(identical ? "yes" : "NO") |")
print(
    "| fast scan's matches equal the raw scan's on every article | \(rawScanChecksums.snapshot() == fastScanChecksums.snapshot() ? "yes" : "NO") |"
)
print("| ratio full audit / raw scan (1 core) | \(f(rawOne / fullOne, 2))x |")
if let processMedian { print("| `slant audit` on the sample, whole process | \(f(processMedian * 1000)) ms |") }
if let fileAudit {
    let perSecond = Double(fileAudit.articles) / fileAudit.process
    let inProcessPerSecond = Double(fileAudit.articles) / fileAudit.inProcess
    let allCoresPerSecond = Double(fileAudit.articles) / fileAudit.inProcessAllCores
    print(
        "| `slant audit` of \(fileAudit.articles) article files `--output DIR` (Markdown), whole process | \(f(perSecond, 0)) articles/s (\(f(fileAudit.process, 2)) s); in process \(f(inProcessPerSecond, 0)) articles/s on 1 core, \(f(allCoresPerSecond, 0)) on all; ratio \(f(perSecond / inProcessPerSecond, 2)) to 1 core, \(f(perSecond / allCoresPerSecond, 2)) to all cores (target >= 0.70) |"
    )
}
for row in longArticleRows(corpusSecondsPerMegabyte: fullOne / megabytes) { print(row) }
print("| peak RSS | \(f(peakRSSMegabytes())) MB |")
// 7. `slant compare` at scale: throughput and the process's peak memory on the corpus repeated.
if let slantPath {
    for row in compareScaleRows(corpusPath: corpusPath, slant: slantPath, runs: runs) { print(row) }
}
print("")
print("Medians of \(runs) runs; \(Date())")
