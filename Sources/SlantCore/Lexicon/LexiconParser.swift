import Yams

/// Turns the YAML text of one pack into a `LexiconPack`. A broken rule is reported and skipped,
/// so one mistake does not hide the others; a broken header rejects the whole file.
public enum LexiconParser {
    static let headerKeys = ["pack", "kind", "version", "description", "source", "rules", "sides", "lines"]
    static let ruleKeys = [
        "id", "category", "severity", "patterns", "case_sensitive", "message", "rationale", "source", "link",
        "alternatives", "exceptions", "examples", "emotive", "polarity", "verb_class", "casualty_form",
    ]
    static let requiredRuleKeys = [
        "id", "category", "severity", "patterns", "message", "rationale", "source", "alternatives", "examples",
    ]

    public static func parse(_ text: String, file: String) -> (pack: LexiconPack?, problems: [LexiconProblem]) {
        let reader = YAMLNodeReader(file: file)
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                return (nil, [LexiconProblem(file: file, line: nil, message: "the file is empty")])
            }
            root = node
        } catch let error as YamlError {
            return (nil, [yamlProblem(error, file: file, text: text)])
        } catch {
            return (nil, [LexiconProblem(file: file, line: nil, message: "\(error)")])
        }
        // A key written twice would quietly mean whichever came last (a second `patterns:` hides
        // the first), so the pack is refused, as a check configuration is.
        if let duplicate = YAMLDuplicateKey.first(in: root) {
            return (
                nil,
                [
                    LexiconProblem(
                        file: file, line: duplicate.line,
                        message: duplicate.message)
                ]
            )
        }
        do throws(LexiconProblem) {
            return try parsePack(root, reader: reader)
        } catch {
            return (nil, [error])
        }
    }

    private static func parsePack(_ root: Node, reader: YAMLNodeReader) throws(LexiconProblem) -> (LexiconPack?, [LexiconProblem])
    {
        let header = try reader.entries(
            of: root, what: "pack header", allowed: headerKeys, required: ["pack", "kind", "version", "description"])
        let kind = try reader.enumValue(header["kind"], key: "kind", as: LexiconPack.Kind.self)
        let bodyKey = ["rules": "rules", "sides": "sides", "debris": "lines"][kind.rawValue]!
        for other in ["rules", "sides", "lines"] where other != bodyKey && header[other] != nil {
            throw reader.problem(header[other], "'\(other)' does not belong in a pack of kind '\(kind.rawValue)'")
        }
        var pack = LexiconPack(
            name: try reader.string(header["pack"], key: "pack"),
            kind: kind,
            version: try reader.string(header["version"], key: "version"),
            description: try reader.string(header["description"], key: "description"),
            file: reader.file)
        var problems: [LexiconProblem] = []
        let items = try reader.sequence(header[bodyKey], key: bodyKey)
        for item in items {
            do throws(LexiconProblem) {
                switch kind {
                case .rules: pack.rules.append(try parseRule(item, pack: pack.name, reader: reader))
                case .sides: pack.sides.append(try parseSide(item, reader: reader))
                case .debris: pack.debris.append(try parseDebris(item, pack: pack.name, reader: reader))
                }
            } catch {
                problems.append(error)
            }
        }
        return (pack, problems)
    }

    private static func parseRule(_ node: Node, pack: String, reader: YAMLNodeReader) throws(LexiconProblem) -> LexiconRule {
        let id = node.mapping?["id"]?.string
        let fields = try reader.entries(
            of: node, what: "rule", allowed: ruleKeys, required: requiredRuleKeys, ruleID: id)
        let category = try reader.enumValue(fields["category"], key: "category", as: RuleCategory.self, ruleID: id)
        let polarity = try fields["polarity"].map { node throws(LexiconProblem) in
            try reader.enumValue(node, key: "polarity", as: LabelPolarity.self, ruleID: id)
        }
        let verbClass = try fields["verb_class"].map { node throws(LexiconProblem) in
            try reader.enumValue(node, key: "verb_class", as: VerbClass.self, ruleID: id)
        }
        let casualtyForm = try fields["casualty_form"].map { node throws(LexiconProblem) in
            try reader.enumValue(node, key: "casualty_form", as: CasualtyForm.self, ruleID: id)
        }
        try requireCategoryKeys(
            category: category, fields: fields, polarity: polarity, verbClass: verbClass,
            casualtyForm: casualtyForm, node: node, reader: reader, ruleID: id)
        return LexiconRule(
            id: try reader.string(fields["id"], key: "id"),
            pack: pack,
            category: category,
            severity: try reader.enumValue(fields["severity"], key: "severity", as: Severity.self, ruleID: id),
            patterns: try reader.strings(fields["patterns"], key: "patterns", ruleID: id, allowEmpty: false),
            caseSensitive: try reader.bool(fields["case_sensitive"], key: "case_sensitive", default: false, ruleID: id),
            message: try reader.string(fields["message"], key: "message", ruleID: id),
            rationale: try reader.string(fields["rationale"], key: "rationale", ruleID: id),
            source: try reader.string(fields["source"], key: "source", ruleID: id),
            link: try reader.optionalString(fields["link"], key: "link", ruleID: id),
            alternatives: try reader.strings(fields["alternatives"], key: "alternatives", ruleID: id),
            exceptions: try reader.strings(fields["exceptions"], key: "exceptions", ruleID: id),
            examples: try reader.examples(fields["examples"], ruleID: id),
            emotive: try reader.bool(fields["emotive"], key: "emotive", default: false, ruleID: id),
            polarity: polarity,
            verbClass: verbClass,
            casualtyForm: casualtyForm,
            line: node.mark?.line ?? 0)
    }

    /// Category-specific keys: required where the engine needs them, refused where meaningless.
    private static func requireCategoryKeys(
        category: RuleCategory, fields: [String: Node], polarity: LabelPolarity?, verbClass: VerbClass?,
        casualtyForm: CasualtyForm?, node: Node, reader: YAMLNodeReader, ruleID: String?
    ) throws(LexiconProblem) {
        let owners: [(key: String, category: RuleCategory)] = [
            ("polarity", .label), ("verb_class", .reportingVerb), ("casualty_form", .casualty), ("emotive", .loadedTerm),
        ]
        for owner in owners where fields[owner.key] != nil && owner.category != category {
            throw reader.problem(
                fields[owner.key], "'\(owner.key)' applies only to category '\(owner.category.rawValue)'", ruleID: ruleID)
        }
        if category == .label, polarity == nil {
            throw reader.problem(node, "a 'label' rule needs 'polarity'", ruleID: ruleID)
        }
        if category == .reportingVerb, verbClass == nil {
            throw reader.problem(node, "a 'reporting-verb' rule needs 'verb_class'", ruleID: ruleID)
        }
        if category == .casualty, casualtyForm == nil {
            throw reader.problem(node, "a 'casualty' rule needs 'casualty_form'", ruleID: ruleID)
        }
    }

    private static func parseSide(_ node: Node, reader: YAMLNodeReader) throws(LexiconProblem) -> Side {
        let id = node.mapping?["id"]?.string
        let fields = try reader.entries(
            of: node, what: "side", allowed: ["id", "name", "third_party", "actors", "places", "examples"],
            required: ["id", "name", "actors", "examples"], ruleID: id)
        var actors: [Actor] = []
        for actorNode in try reader.sequence(fields["actors"], key: "actors", ruleID: id) {
            let actor = try reader.entries(
                of: actorNode, what: "actor", allowed: ["name", "kind", "patterns"],
                required: ["name", "kind", "patterns"], ruleID: id)
            actors.append(
                Actor(
                    name: try reader.string(actor["name"], key: "name", ruleID: id),
                    kind: try reader.enumValue(actor["kind"], key: "kind", as: ActorKind.self, ruleID: id),
                    patterns: try reader.strings(actor["patterns"], key: "patterns", ruleID: id, allowEmpty: false)))
        }
        return Side(
            id: try reader.string(fields["id"], key: "id"),
            name: try reader.string(fields["name"], key: "name", ruleID: id),
            isThirdParty: try reader.bool(fields["third_party"], key: "third_party", default: false, ruleID: id),
            actors: actors,
            places: try reader.strings(fields["places"], key: "places", ruleID: id),
            examples: try reader.examples(fields["examples"], ruleID: id),
            line: node.mark?.line ?? 0)
    }

    private static func parseDebris(_ node: Node, pack: String, reader: YAMLNodeReader) throws(LexiconProblem) -> DebrisRule {
        let id = node.mapping?["id"]?.string
        let fields = try reader.entries(
            of: node, what: "debris line", allowed: ["id", "patterns", "examples"],
            required: ["id", "patterns", "examples"], ruleID: id)
        return DebrisRule(
            id: try reader.string(fields["id"], key: "id"),
            pack: pack,
            patterns: try reader.strings(fields["patterns"], key: "patterns", ruleID: id, allowEmpty: false),
            examples: try reader.examples(fields["examples"], ruleID: id),
            line: node.mark?.line ?? 0)
    }

    private static func yamlProblem(_ error: YamlError, file: String, text: String) -> LexiconProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return LexiconProblem(file: file, line: YAMLErrorLine.line(mark.line, in: text), message: "YAML syntax: \(problem)")
        default:
            return LexiconProblem(file: file, line: nil, message: "YAML: \(error)")
        }
    }
}
