/// Upper limits of the options that size a run, so that a typo ("--jobs 100000",
/// "--resamples 100000000") is a usage error instead of an abort when memory runs out.
enum RunLimits {
    /// Each worker reserves a 16 MB stack and its own match scratch; beyond a few per core
    /// more threads only add memory.
    static let jobs = 1...256
    /// The bootstrap keeps `resamples` x 34 sums per outlet and worker (27 MB at this limit):
    /// 1,000 (the default) gives intervals stable to about a percent, 10,000 to a tenth; more
    /// adds memory and time, not precision.
    static let resamples = 0...100_000
}
