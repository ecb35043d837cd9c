import PCRE2
import SlantCore
import SlantDefaultLexicons
import TestSupport

/// Lexicons for tests: the built-in defaults, and small packs written in the test itself.
enum TestLexicons {
    static let defaults = DefaultLexicon.compiled

    static func compile(_ packs: [(name: String, text: String)]) -> (CompiledLexicon, [LexiconProblem]) {
        let (lexicon, problems) = Lexicon.load(embedded: packs)
        let (compiled, compileProblems) = CompiledLexicon.compile(lexicon)
        return (compiled, problems + compileProblems)
    }

    static func audit(_ text: String, lexicon: CompiledLexicon = defaults) -> ArticleAudit {
        Auditor(compiled: lexicon).audit(try! InputDecoder.decode(Array(text.utf8), name: "test.txt"))
    }

    static func document(_ text: String, lexicon: CompiledLexicon = defaults) -> Document {
        Segmenter(debris: lexicon.debris).segment(
            try! InputDecoder.decode(Array(text.utf8), name: "test.txt"), scratch: MatchScratch())
    }

    /// A minimal valid rule, with `extra` lines inserted (indented by four spaces).
    static func rule(id: String = "test.rule", pattern: String = #"\bfoo\b"#, extra: String = "") -> String {
        """
          - id: \(id)
            category: loaded-term
            severity: warning
            patterns: ['\(pattern)']
            message: 'loaded'
            rationale: 'because'
            source: 'Test'
            alternatives: [bar]
        \(extra)    examples:
              match: ['a foo here', 'foo']
              no_match: ['food', 'bar']

        """
    }

    static func pack(name: String = "test-pack", rules: String) -> String {
        "pack: \(name)\nkind: rules\nversion: 1.0.0\ndescription: test\nrules:\n" + rules
    }
}
