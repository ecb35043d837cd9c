import Foundation

/// Integer sums added from several threads. Integer addition is exact and commutative, so the
/// result does not depend on the order in which threads finish.
final class SumAccumulator: @unchecked Sendable {
    private let lock = NSLock()
    private var sums: [Int64]

    init(count: Int) {
        sums = [Int64](repeating: 0, count: count)
    }

    func add(_ values: [Int64]) {
        lock.withLock {
            for index in values.indices { sums[index] &+= values[index] }
        }
    }

    /// Adds `row` times `weights[r]` to the r-th slice of `row.count` sums (each resample of a
    /// layout): an article's part in the resamples of the Poisson bootstrap.
    func add(_ row: [Int64], weights: [UInt8]) {
        let counts = row.enumerated().filter { $0.element != 0 }
        lock.withLock {
            for (resample, weight) in weights.enumerated() where weight != 0 {
                for (field, value) in counts { sums[resample * row.count + field] &+= Int64(weight) &* value }
            }
        }
    }

    var values: [Int64] { lock.withLock { sums } }
}
