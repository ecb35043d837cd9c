import PCRE2

/// Every pattern of a lexicon compiled (JIT where available). Built once per run and shared,
/// read-only, by all threads.
public struct CompiledLexicon: Sendable {
    public let lexicon: Lexicon
    public let rules: [CompiledRule]
    public let actors: [CompiledActor]
    public let debris: [CompiledDebris]
    public let sides: [Side]
    /// Each side's place patterns (see `Side.places`), one entry per side.
    public let places: [CompiledActor]
    /// Every pattern above in one list, for scanning a document once.
    public let patterns: LexiconPatterns

    public struct CompiledActor: Sendable {
        public let side: Side
        public let actor: Actor
        public let patterns: [Regex]
    }

    public struct CompiledDebris: Sendable {
        public let rule: DebrisRule
        /// Anchored to the whole line, spaces around it allowed.
        public let patterns: [Regex]
    }

    /// Compiles everything it can; a pattern that fails to compile or can match the empty
    /// string is reported with its file, rule and offset, and its rule is left out.
    public static func compile(_ lexicon: Lexicon) -> (compiled: CompiledLexicon, problems: [LexiconProblem]) {
        var problems: [LexiconProblem] = []
        func build(_ sources: [String], caseless: Bool, file: String, line: Int, id: String, anchored: Bool = false) -> [Regex]? {
            var built: [Regex] = []
            for source in sources {
                let pattern = anchored ? "^\\s*(?:\(source))\\s*$" : source
                do {
                    let regex = try Regex(pattern, caseless: caseless)
                    if regex.minimumLength == 0 {
                        problems.append(
                            LexiconProblem(
                                file: file, line: line, ruleID: id, message: "pattern '\(source)' can match the empty string"))
                        return nil
                    }
                    built.append(regex)
                } catch {
                    let offset = anchored ? max(0, error.offset - "^\\s*(?:".utf8.count) : error.offset
                    problems.append(
                        LexiconProblem(
                            file: file, line: line, ruleID: id,
                            message: "pattern '\(source)' does not compile: \(error.message) at offset \(offset)"))
                    return nil
                }
            }
            return built
        }
        var rules: [CompiledRule] = []
        var actors: [CompiledActor] = []
        var debris: [CompiledDebris] = []
        var places: [CompiledActor] = []
        for pack in lexicon.packs {
            for rule in pack.rules {
                let caseless = !rule.caseSensitive
                guard let patterns = build(rule.patterns, caseless: caseless, file: pack.file, line: rule.line, id: rule.id),
                    let exceptions = build(rule.exceptions, caseless: caseless, file: pack.file, line: rule.line, id: rule.id)
                else { continue }
                rules.append(CompiledRule(rule: rule, patterns: patterns, exceptions: exceptions))
            }
            // Only the side pack in force: two conflicts' parties must never mix in one audit.
            for side in pack.sides where pack.name == lexicon.activeSidePack {
                for actor in side.actors {
                    guard let patterns = build(actor.patterns, caseless: true, file: pack.file, line: side.line, id: side.id)
                    else { continue }
                    actors.append(CompiledActor(side: side, actor: actor, patterns: patterns))
                }
                if !side.places.isEmpty,
                    let patterns = build(side.places, caseless: true, file: pack.file, line: side.line, id: side.id)
                {
                    let place = Actor(name: "places of \(side.name)", kind: .population, patterns: side.places)
                    places.append(CompiledActor(side: side, actor: place, patterns: patterns))
                }
            }
            for rule in pack.debris {
                guard
                    let patterns = build(
                        rule.patterns, caseless: true, file: pack.file, line: rule.line, id: rule.id, anchored: true)
                else { continue }
                debris.append(CompiledDebris(rule: rule, patterns: patterns))
            }
        }
        let patterns = LexiconPatterns(rules: rules, actors: actors, places: places)
        let compiled = CompiledLexicon(
            lexicon: lexicon, rules: rules, actors: actors, debris: debris, sides: lexicon.sides, places: places,
            patterns: patterns)
        return (compiled, problems)
    }

    /// "name version" of every pack in force (side packs not chosen are left out), for report headers.
    public var packVersions: [PackVersion] {
        lexicon.packs.filter { $0.kind != .sides || $0.name == lexicon.activeSidePack }.map {
            PackVersion(name: $0.name, version: $0.version, rules: $0.rules.count + $0.sides.count + $0.debris.count)
        }
    }
}

public struct PackVersion: Sendable, Codable, Hashable {
    public let name: String
    public let version: String
    public let rules: Int
}
