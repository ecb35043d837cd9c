import Foundation
import SlantCore
import Testing

@testable import SlantBatch

/// `compare --benchmark`: the workers' phases are collected and the results do not change.
@Suite struct BatchBenchmarkTests {
    @Test func workersReportTheirPhasesAndTheStatisticsAreUnchanged() throws {
        let directory = try TestCorpus.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let corpus = directory.appendingPathComponent("corpus.jsonl")
        try TestCorpus.write(TestCorpus.jsonLines(0..<40), to: corpus)
        let plain = try TestCorpus.run([corpus.path])
        let benchmark = BatchBenchmark()
        let measured = try BatchRunner(auditor: TestCorpus.auditor, options: BatchOptions(jobs: 2)).run(
            [corpus.path], benchmark: benchmark)
        #expect(try measured.encoded() == plain.encoded())
        let phases = Set(benchmark.seconds.keys)
        for phase in ["record parsing", "text decoding", "segmentation", "pattern scan", "figures and evidence"] {
            #expect(phases.contains(phase), "\(phase)")
        }
        #expect(benchmark.seconds.values.allSatisfy { $0 >= 0 })
        #expect(benchmark.sample.count == min(plain.accounting.audited, BatchBenchmark.sampleSize))
    }
}
