import Foundation
import SlantCore

/// What `slant compare --benchmark` collects while the workers run: each worker's time per
/// phase, summed (so the totals are CPU seconds, not wall time), and the first articles'
/// texts, on which the command then times each rule alone.
public final class BatchBenchmark: @unchecked Sendable {
    /// How many texts are kept for timing rules one by one.
    public static let sampleSize = 200

    private let lock = NSLock()
    private var merged = PhaseTimings()
    private var kept: [SourceText] = []

    public init() {}

    /// Seconds per phase over all workers.
    public var seconds: [String: Double] {
        lock.lock()
        defer { lock.unlock() }
        return merged.seconds
    }

    public var sample: [SourceText] {
        lock.lock()
        defer { lock.unlock() }
        return kept
    }

    func add(_ timings: PhaseTimings) {
        lock.lock()
        merged.add(timings)
        lock.unlock()
    }

    func keep(_ source: SourceText) {
        lock.lock()
        if kept.count < Self.sampleSize { kept.append(source) }
        lock.unlock()
    }
}
