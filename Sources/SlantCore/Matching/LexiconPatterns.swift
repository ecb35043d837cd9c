import PCRE2

/// All patterns of a compiled lexicon (rule patterns, exceptions, actors, places) in one list,
/// with the index of each owner's patterns. Rule patterns and their exceptions come first, the
/// actors' and places' last (from `topicStart`): an article is scanned for its topic (actors and
/// places) first and for the rules only if it is audited further (`Auditor.read`).
public struct LexiconPatterns: Sendable {
    public let all: [Regex]
    /// The index of the first actor or place pattern in `all`.
    let topicStart: Int
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
        topicStart = all.count
        actorPatterns = actors.map { register($0.patterns) }
        placePatterns = places.map { register($0.patterns) }
        self.all = all
    }

    /// The rule patterns and their exceptions: `all[..<topicStart]`, indexed alike.
    public var rulePatternList: [Regex] { Array(all[..<topicStart]) }

    /// The actor and place patterns: `all[topicStart...]`, indexed from 0.
    public var topicPatternList: [Regex] { Array(all[topicStart...]) }
}
