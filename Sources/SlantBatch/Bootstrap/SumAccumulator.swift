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

    var values: [Int64] { lock.withLock { sums } }
}
