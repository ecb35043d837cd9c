/// A lexicon pattern the fast scanner cannot take: it runs on its own over the whole text of
/// every article, several times slower. `slant lexicon lint` lists them with where they are
/// defined; Lexicons/README.md says how to write a pattern that takes the fast path.
public struct SlowPathPattern: Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    /// "rule 'loaded.aggression'", "rule 'x' (exception)", "side 'israel', actor 'IDF'".
    public let owner: String
    public let pattern: String

    public var description: String {
        "\(file):\(line): \(owner): runs on its own over the whole text, not on the fast path: \(pattern)"
    }
}

extension CompiledLexicon {
    /// The patterns `PrefilteredPatternScanner` runs one by one, with their owners.
    public func slowPathPatterns() -> [SlowPathPattern] {
        let slow = Set(PrefilteredPatternScanner(patterns: patterns.all).sequential)
        guard !slow.isEmpty else { return [] }
        let ruleFiles = Dictionary(lexicon.packs.map { ($0.name, $0.file) }, uniquingKeysWith: { first, _ in first })
        func sideFile(_ side: Side) -> String { lexicon.packs.first { $0.sides.contains(side) }?.file ?? side.id }
        var found: [SlowPathPattern] = []
        func add(_ indices: [Int], file: String, line: Int, owner: String) {
            for index in indices where slow.contains(index) {
                found.append(SlowPathPattern(file: file, line: line, owner: owner, pattern: patterns.all[index].pattern))
            }
        }
        for (index, rule) in rules.enumerated() {
            let file = ruleFiles[rule.rule.pack] ?? rule.rule.pack
            add(patterns.rulePatterns[index], file: file, line: rule.rule.line, owner: "rule '\(rule.rule.id)'")
            add(patterns.ruleExceptions[index], file: file, line: rule.rule.line, owner: "rule '\(rule.rule.id)' (exception)")
        }
        for (index, actor) in actors.enumerated() {
            add(
                patterns.actorPatterns[index], file: sideFile(actor.side), line: actor.side.line,
                owner: "side '\(actor.side.id)', actor '\(actor.actor.name)'")
        }
        for (index, place) in places.enumerated() {
            add(
                patterns.placePatterns[index], file: sideFile(place.side), line: place.side.line,
                owner: "side '\(place.side.id)', places")
        }
        return found
    }
}
