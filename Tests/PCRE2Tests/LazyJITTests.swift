import Dispatch
import Testing

@testable import PCRE2

/// A pattern is JIT-compiled on its first match, once, whichever thread gets there first.
@Suite struct LazyJITTests {
    static let text = ValidUTF8(String(repeating: "the ceasefire held; talks resumed in Cairo. ", count: 50))

    @Test func threadsRacingToTheFirstMatchAllGetEveryMatch() throws {
        for _ in 0..<20 {
            let regex = try Regex(#"\b(?:ceasefire|talks)\b"#)
            let results = ResultSlots(count: 8)
            DispatchQueue.concurrentPerform(iterations: 8) { index in
                let found = try? regex.matches(in: Self.text)
                let anchored = try? regex.anchoredMatchEnd(at: 4, in: Self.text, scratch: MatchScratch())
                results.set(index, (found?.count ?? -1) * 1000 + (anchored ?? -1))
            }
            #expect(results.values == Array(repeating: 100 * 1000 + 13, count: 8))
            #expect(regex.isJITCompiled == Regex.jitAvailable)
        }
    }

    @Test func anchoredCopiesRunTheirJITCodeOnFirstUse() throws {
        let anchored = try Regex("talks", anchored: true)
        #expect(try anchored.anchoredMatchEnd(at: 20, in: Self.text, scratch: MatchScratch()) == 25)
        #expect(try anchored.anchoredMatchEnd(at: 21, in: Self.text, scratch: MatchScratch()) == nil)
        #expect(anchored.isJITCompiled == Regex.jitAvailable)
    }

    @Test func interpreterWhenJITIsNotWanted() throws {
        let regex = try Regex("talks", jit: false)
        #expect(try regex.matches(in: Self.text).count == 50)
        #expect(!regex.isJITCompiled)
    }
}

/// One slot per thread, written under a lock.
private final class ResultSlots: @unchecked Sendable {
    private var slots: [Int]
    private let lock = DispatchSemaphore(value: 1)

    init(count: Int) { slots = Array(repeating: 0, count: count) }

    func set(_ index: Int, _ value: Int) {
        lock.wait()
        slots[index] = value
        lock.signal()
    }

    var values: [Int] {
        lock.wait()
        defer { lock.signal() }
        return slots
    }
}
