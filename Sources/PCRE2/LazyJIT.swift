import CPCRE2
import Synchronization

/// JIT compilation of one pattern, done when the pattern is first matched rather than when it is
/// compiled. A lexicon compiles about 1,900 patterns (each rule's own and the prefilter's
/// anchored copies) and one article runs a few hundred of them, so a one-article audit spent
/// most of its JIT compilation on code it never ran. The first matcher compiles under a lock;
/// every later match reads the finished state with one atomic load.
struct LazyJIT: ~Copyable, Sendable {
    private static let pending: UInt8 = 0
    private static let compiled: UInt8 = 1
    private static let interpreted: UInt8 = 2

    private let state: Atomic<UInt8>
    private let lock = Mutex(())

    /// `wanted: false` (or a PCRE2 without JIT) leaves the pattern to the interpreter.
    init(wanted: Bool) {
        state = Atomic(wanted && Regex.jitAvailable ? Self.pending : Self.interpreted)
    }

    /// Whether `code` runs as JIT code, JIT-compiling it first if this is its first match.
    func prepare(_ code: OpaquePointer) -> Bool {
        let now = state.load(ordering: .acquiring)
        return now == Self.pending ? compile(code) : now == Self.compiled
    }

    private func compile(_ code: OpaquePointer) -> Bool {
        lock.withLock { _ in
            var now = state.load(ordering: .acquiring)
            if now == Self.pending {
                // A pattern PCRE2 cannot JIT-compile (out of memory) runs in the interpreter.
                now = pcre2_jit_compile_8(code, PCRE2_JIT_COMPLETE) == 0 ? Self.compiled : Self.interpreted
                state.store(now, ordering: .releasing)
            }
            return now == Self.compiled
        }
    }
}
