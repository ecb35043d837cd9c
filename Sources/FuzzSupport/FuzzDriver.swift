import Foundation

#if SLANT_FUZZING
    import CLibFuzzer
#endif

/// A fuzz target's `main`. Built by scripts/fuzz (which defines SLANT_FUZZING and links
/// libFuzzer's driver), it runs libFuzzer on the command line; built plainly, it replays the
/// files named on the command line (`FuzzReplay`).
public enum FuzzDriver {
    public typealias Callback = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    public static func main(_ callback: Callback, replay check: ([UInt8]) -> Void) -> Never {
        #if SLANT_FUZZING
            var argc = CommandLine.argc
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
            exit(LLVMFuzzerRunDriver(&argc, &argv, callback))
        #else
            FuzzReplay.main(check)
        #endif
    }
}
