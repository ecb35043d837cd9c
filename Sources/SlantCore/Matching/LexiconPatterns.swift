import PCRE2

/// All patterns of a compiled lexicon (rule patterns, exceptions, actors, places) in one list,
/// so that one scan of a document serves every use, with the index of each owner's patterns.
public struct LexiconPatterns: Sendable {
    public let all: [Regex]
    let rulePatterns: [[Int]]
    let ruleExceptions: [[Int]]
    let actorPatterns: [[Int]]
    let placePatterns: [[Int]]

    init(rules: [CompiledRule], actors: [CompiledLexicon.CompiledActor], places: [CompiledLexicon.CompiledActor]) {
        var all: [Regex] = []
        func register(_ regexes: [Regex]) -> [Int] {
            defer { all += regexes }
            return Array(all.count..<(all.count + regexes.count))
        }
        rulePatterns = rules.map { register($0.patterns) }
        ruleExceptions = rules.map { register($0.exceptions) }
        actorPatterns = actors.map { register($0.patterns) }
        placePatterns = places.map { register($0.patterns) }
        self.all = all
    }
}
