import Foundation

/// All packs in force for a run: the defaults built into the binary, replaced or extended by
/// packs from `--lexicons` directories (a pack with a default pack's name replaces it).
public struct Lexicon: Sendable {
    public let packs: [LexiconPack]
    /// The side pack in force: one conflict's parties at a time (`--sides PACK`, or the pack an
    /// article's actors point to). Nil only when no side pack is loaded.
    public let activeSidePack: String?

    /// The side pack used when none is chosen: the one slant was built for.
    public static let defaultSidePack = "israel-palestine"

    /// `activeSidePack` defaults to `defaultSidePack` when loaded, else the first side pack by name.
    public init(packs: [LexiconPack], activeSidePack: String? = nil) {
        self.packs = packs.sorted { $0.name < $1.name }
        let names = self.packs.filter { $0.kind == .sides }.map(\.name)
        self.activeSidePack =
            activeSidePack.flatMap { names.contains($0) ? $0 : nil }
            ?? (names.contains(Self.defaultSidePack) ? Self.defaultSidePack : names.first)
    }

    public var rules: [LexiconRule] { packs.flatMap(\.rules) }
    /// The sides of the active side pack only.
    public var sides: [Side] { packs.filter { $0.name == activeSidePack }.flatMap(\.sides) }
    /// Every side pack's name, the default first, then by name.
    public var sidePackNames: [String] {
        let names = packs.filter { $0.kind == .sides }.map(\.name)
        return names.filter { $0 == Self.defaultSidePack } + names.filter { $0 != Self.defaultSidePack }
    }

    /// The same packs with `name` as the side pack in force, or nil when no side pack has that name.
    public func withSides(_ name: String) -> Lexicon? {
        guard sidePackNames.contains(name) else { return nil }
        return Lexicon(packs: packs, activeSidePack: name)
    }
    public var debris: [DebrisRule] { packs.flatMap(\.debris) }

    /// Loads the embedded packs, then every `*.yml` / `*.yaml` file of each directory in turn.
    /// Problems are collected, never thrown, so a lint run can show them all at once.
    public static func load(
        embedded: [(name: String, text: String)], directories: [String] = []
    ) -> (lexicon: Lexicon, problems: [LexiconProblem]) {
        var byName: [String: LexiconPack] = [:]
        var problems: [LexiconProblem] = []
        func add(_ sources: [(file: String, text: String)]) {
            var seenHere: [String: String] = [:]
            for source in sources {
                let (pack, found) = LexiconParser.parse(source.text, file: source.file)
                problems += found
                guard let pack else { continue }
                if let other = seenHere[pack.name] {
                    problems.append(
                        LexiconProblem(file: source.file, line: 1, message: "pack '\(pack.name)' is also defined in \(other)"))
                    continue
                }
                seenHere[pack.name] = source.file
                byName[pack.name] = pack
            }
        }
        add(embedded.map { ("Lexicons/\($0.name)", $0.text) })
        for directory in directories {
            switch readDirectory(directory) {
            case .success(let sources): add(sources)
            case .failure(let problem): problems.append(problem)
            }
        }
        let lexicon = Lexicon(packs: Array(byName.values))
        return (lexicon, problems + lexicon.structuralProblems())
    }

    static func readDirectory(_ directory: String) -> Result<[(file: String, text: String)], LexiconProblem> {
        let url = URL(fileURLWithPath: directory)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failure(LexiconProblem(file: directory, line: nil, message: "not a directory"))
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: directory)
        } catch {
            return .failure(LexiconProblem(file: directory, line: nil, message: "cannot list: \(error.localizedDescription)"))
        }
        var sources: [(file: String, text: String)] = []
        for name in names.sorted() where name.hasSuffix(".yml") || name.hasSuffix(".yaml") {
            let path = url.appendingPathComponent(name).path
            guard let data = FileManager.default.contents(atPath: path) else {
                return .failure(LexiconProblem(file: path, line: nil, message: "cannot read the file"))
            }
            guard let text = String(data: data, encoding: .utf8) else {
                return .failure(LexiconProblem(file: path, line: nil, message: "the file is not valid UTF-8"))
            }
            sources.append((path, text))
        }
        return .success(sources)
    }

    /// Checks across packs and rules that the parser cannot make alone: unique ids, enough
    /// examples, alternatives where a reader needs one.
    func structuralProblems() -> [LexiconProblem] {
        var problems: [LexiconProblem] = []
        var firstSeen: [String: String] = [:]
        func claim(_ id: String, file: String, line: Int, what: String) {
            if let other = firstSeen[id] {
                problems.append(
                    LexiconProblem(
                        file: file, line: line, ruleID: id, message: "duplicate \(what) id (first defined at \(other))"))
            } else {
                firstSeen[id] = "\(file):\(line)"
            }
        }
        func checkExamples(_ examples: RuleExamples, file: String, line: Int, id: String) {
            if examples.match.count < 2 || examples.noMatch.count < 2 {
                problems.append(
                    LexiconProblem(
                        file: file, line: line, ruleID: id,
                        message:
                            "needs at least 2 'match' and 2 'no_match' examples (has \(examples.match.count) and \(examples.noMatch.count))"
                    ))
            }
        }
        for pack in packs {
            for rule in pack.rules {
                claim(rule.id, file: pack.file, line: rule.line, what: "rule")
                checkExamples(rule.examples, file: pack.file, line: rule.line, id: rule.id)
                if rule.alternatives.isEmpty && Lexicon.needsAlternatives(rule) {
                    problems.append(
                        LexiconProblem(
                            file: pack.file, line: rule.line, ruleID: rule.id, message: "needs at least one neutral alternative"))
                }
            }
            for side in pack.sides {
                claim(side.id, file: pack.file, line: side.line, what: "side")
                checkExamples(side.examples, file: pack.file, line: side.line, id: side.id)
            }
            for debris in pack.debris {
                claim(debris.id, file: pack.file, line: debris.line, what: "debris")
                checkExamples(debris.examples, file: pack.file, line: debris.line, id: debris.id)
            }
        }
        return problems
    }

    static func needsAlternatives(_ rule: LexiconRule) -> Bool {
        switch rule.category {
        case .loadedTerm, .intensifier, .prescriptive: true
        case .label: rule.polarity != .neutral
        case .reportingVerb: rule.verbClass != .neutral
        case .hedge, .casualty, .caveat, .causal, .individuation: false
        }
    }
}
