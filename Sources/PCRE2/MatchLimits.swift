/// Resource limits applied to every match call, so that no pattern can hang the program.
/// PCRE2's JIT honours only `matchLimit`; the interpreter honours all three.
public struct MatchLimits: Sendable, Equatable {
    public var matchLimit: UInt32
    public var depthLimit: UInt32
    /// In kibibytes.
    public var heapLimitKiB: UInt32

    public init(matchLimit: UInt32 = 1_000_000, depthLimit: UInt32 = 10_000, heapLimitKiB: UInt32 = 20_000) {
        self.matchLimit = matchLimit
        self.depthLimit = depthLimit
        self.heapLimitKiB = heapLimitKiB
    }

    public static let `default` = MatchLimits()
}
