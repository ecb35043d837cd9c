import FuzzSupport

/// One input. The name is libFuzzer's conventional entry point, so other fuzzing engines can
/// drive the target too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    ProseFuzzTarget.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@main
enum FuzzProseMain {
    static func main() { FuzzDriver.main(fuzzOneInput, replay: ProseFuzzTarget.check) }
}
