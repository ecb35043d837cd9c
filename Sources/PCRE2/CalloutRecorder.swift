import CPCRE2

/// Collects the callouts a match passes through: for each, its number and the subject offset
/// reached. Used with patterns of the form `(?:A(?C0)|B(?C1)|...)(*FAIL)`, where backtracking
/// visits every alternative and each callout marks "alternative n matches up to here".
public final class CalloutRecorder {
    public private(set) var numbers: [Int] = []
    public private(set) var ends: [Int] = []

    public init() {}

    public func removeAll() {
        numbers.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
    }

    func record(number: Int, end: Int) {
        numbers.append(number)
        ends.append(end)
    }
}

/// The C callback PCRE2 calls at each `(?Cn)`: records and continues (returns 0).
let recordCallout: @convention(c) (UnsafeMutablePointer<pcre2_callout_block_8>?, UnsafeMutableRawPointer?) -> Int32 = {
    block, data in
    guard let block, let data else { return 0 }
    let recorder = Unmanaged<CalloutRecorder>.fromOpaque(data).takeUnretainedValue()
    recorder.record(number: Int(block.pointee.callout_number), end: block.pointee.current_position)
    return 0
}
