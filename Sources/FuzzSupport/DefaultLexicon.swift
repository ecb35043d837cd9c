import PCRE2
import SlantCore
import SlantDefaultLexicons

/// The default packs compiled once per fuzzing process (compiling takes far longer than one
/// input), as `slant audit` uses them.
public enum DefaultLexicon {
    public static let compiled: CompiledLexicon = {
        let (lexicon, problems) = Lexicon.load(embedded: DefaultLexicons.packs)
        Invariant.require(problems.isEmpty, "the default lexicons have problems: \(problems)")
        let (compiled, compileProblems) = CompiledLexicon.compile(lexicon)
        Invariant.require(compileProblems.isEmpty, "the default lexicons do not compile: \(compileProblems)")
        return compiled
    }()

    public static let auditor = Auditor(compiled: compiled)

    /// One per process: the fuzzer calls a target on one thread, and a scratch costs allocations
    /// and a JIT stack to make.
    nonisolated(unsafe) public static let scratch = MatchScratch()
}
