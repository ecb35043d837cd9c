import FuzzSupport

/// libFuzzer's entry point: one input per call.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    AuditFuzzTarget.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

// With libFuzzer (scripts/fuzz defines SLANT_FUZZING) libFuzzer's own `main` runs the fuzzer.
#if !SLANT_FUZZING
    @main
    enum Replay {
        static func main() { FuzzReplay.main(AuditFuzzTarget.check) }
    }
#endif
