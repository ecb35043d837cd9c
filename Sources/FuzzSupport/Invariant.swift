/// A property the fuzzed code must keep. A broken one stops the process with a message, which
/// libFuzzer records as a crash with the input that caused it; `precondition` is not used
/// because an optimised build may drop it.
public enum Invariant {
    public static func require(
        _ holds: @autoclosure () -> Bool, _ message: @autoclosure () -> String, file: StaticString = #fileID,
        line: UInt = #line
    ) {
        if !holds() { fatalError("invariant broken: \(message())", file: file, line: line) }
    }
}
