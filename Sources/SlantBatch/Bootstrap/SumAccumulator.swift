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

    /// Adds `row` to each consecutive slice of `row.count` sums (each resample of a layout).
    func addToEverySlice(_ row: [Int64]) {
        guard !row.isEmpty else { return }
        lock.withLock {
            for start in stride(from: 0, to: sums.count, by: row.count) {
                for (field, value) in row.enumerated() { sums[start + field] &+= value }
            }
        }
    }

    var values: [Int64] { lock.withLock { sums } }
}
