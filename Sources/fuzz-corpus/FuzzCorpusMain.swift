import FuzzSupport

/// One input. The name is libFuzzer's conventional entry point, so other fuzzing engines can
/// drive the target too.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    CorpusFuzzTarget.check(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

@main
enum FuzzCorpusMain {
    static func main() { FuzzDriver.main(fuzzOneInput, replay: CorpusFuzzTarget.check) }
}
