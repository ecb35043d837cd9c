import CPCRE2

/// A pattern PCRE2 refused to compile, with the offset into the pattern where it gave up.
public struct RegexCompileError: Error, Equatable, Sendable, CustomStringConvertible {
    public let pattern: String
    public let message: String
    /// Byte offset into the pattern (UTF-8) where compilation failed.
    public let offset: Int

    public var description: String { "\(message) at offset \(offset) in pattern '\(pattern)'" }
}

/// Why a match call stopped without an answer. A limit hit is a property of one pattern on one
/// subject, so callers report it for that rule and carry on.
public enum RegexMatchError: Error, Equatable, Sendable, CustomStringConvertible {
    case matchLimit
    case depthLimit
    case heapLimit
    case jitStackLimit
    /// The pattern (`perText` false), or all patterns together, spent their step budget on
    /// this text (`MatchScratch.withStepBudget`).
    case stepBudget(steps: Int, perText: Bool)
    case other(code: Int32, message: String)

    init(code: Int32) {
        switch code {
        case PCRE2_ERROR_MATCHLIMIT: self = .matchLimit
        case PCRE2_ERROR_DEPTHLIMIT: self = .depthLimit
        case PCRE2_ERROR_HEAPLIMIT: self = .heapLimit
        case PCRE2_ERROR_JIT_STACKLIMIT: self = .jitStackLimit
        default: self = .other(code: code, message: pcre2ErrorMessage(code))
        }
    }

    public var isResourceLimit: Bool {
        switch self {
        case .matchLimit, .depthLimit, .heapLimit, .jitStackLimit, .stepBudget: true
        case .other: false
        }
    }

    public var description: String {
        switch self {
        case .matchLimit: "match limit exceeded (the pattern backtracks too much on this text)"
        case .depthLimit: "depth limit exceeded (the pattern nests too deeply on this text)"
        case .heapLimit: "heap limit exceeded (the pattern needs too much memory on this text)"
        case .jitStackLimit: "JIT stack exhausted"
        case .stepBudget(let steps, false):
            "step budget exceeded (the pattern's costly match attempts used up its \(steps) match-limit steps on this text)"
        case .stepBudget(let steps, true):
            "step budget exceeded (the patterns' costly match attempts used up the \(steps) match-limit steps of this text; this one was stopped)"
        case .other(let code, let message): "PCRE2 error \(code): \(message)"
        }
    }
}

func pcre2ErrorMessage(_ code: Int32) -> String {
    var buffer = [UInt8](repeating: 0, count: 256)
    let length = buffer.withUnsafeMutableBufferPointer { pointer in
        pcre2_get_error_message_8(code, pointer.baseAddress, pointer.count)
    }
    guard length > 0 else { return "unknown error" }
    return String(decoding: buffer[0..<Int(length)], as: UTF8.self)
}
