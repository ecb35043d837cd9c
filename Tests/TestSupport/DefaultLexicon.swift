import SlantCore
import SlantDefaultLexicons

/// The built-in lexicon packs, loaded and compiled once for a test target; a problem in them
/// stops the tests at once, named.
public enum DefaultLexicon {
    public static let compiled: CompiledLexicon = {
        let (lexicon, problems) = Lexicon.load(embedded: DefaultLexicons.packs)
        precondition(problems.isEmpty, "default lexicons have problems: \(problems)")
        let (compiled, compileProblems) = CompiledLexicon.compile(lexicon)
        precondition(compileProblems.isEmpty, "default lexicons do not compile: \(compileProblems)")
        return compiled
    }()
}
