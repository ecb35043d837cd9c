import Yams

/// Reads typed values out of a YAML node tree, turning every surprise (unknown key, wrong
/// type, missing key) into a `LexiconProblem` that names the file and line.
struct YAMLNodeReader {
    let file: String

    func problem(_ node: Node?, _ message: String, ruleID: String? = nil) -> LexiconProblem {
        LexiconProblem(file: file, line: node?.mark?.line, ruleID: ruleID, message: message)
    }

    /// The mapping's entries by key, after checking that every key is allowed and every
    /// required key is present.
    func entries(
        of node: Node, what: String, allowed: [String], required: [String], ruleID: String? = nil
    ) throws(LexiconProblem) -> [String: Node] {
        guard let mapping = node.mapping else {
            throw problem(node, "\(what) must be a mapping", ruleID: ruleID)
        }
        var result: [String: Node] = [:]
        for (keyNode, value) in mapping {
            guard let key = keyNode.string else { throw problem(keyNode, "keys must be strings", ruleID: ruleID) }
            guard allowed.contains(key) else {
                throw problem(
                    keyNode,
                    "unknown key '\(key)' in \(what) (allowed: \(allowed.joined(separator: ", ")))",
                    ruleID: ruleID)
            }
            result[key] = value
        }
        for key in required where result[key] == nil {
            throw problem(node, "\(what) is missing required key '\(key)'", ruleID: ruleID)
        }
        return result
    }

    func string(_ node: Node?, key: String, ruleID: String? = nil) throws(LexiconProblem) -> String {
        guard let node, let scalar = node.scalar else {
            throw problem(node, "'\(key)' must be a string", ruleID: ruleID)
        }
        let value = Self.trimmed(scalar.string)
        guard !value.isEmpty else { throw problem(node, "'\(key)' must not be empty", ruleID: ruleID) }
        return value
    }

    /// `text` without leading and trailing white space (Unicode's, newlines included). Most
    /// scalars have none: they are returned as they are, without Foundation's trimming, which
    /// was a twentieth of the start-up of one audit.
    static func trimmed(_ text: String) -> String {
        func isPlain(_ byte: UInt8?) -> Bool { byte.map { $0 > 0x20 && $0 < 0x7F } ?? false }
        if isPlain(text.utf8.first) && isPlain(text.utf8.last) { return text }
        return String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed())
    }

    func optionalString(_ node: Node?, key: String, ruleID: String? = nil) throws(LexiconProblem) -> String? {
        guard let node else { return nil }
        return try string(node, key: key, ruleID: ruleID)
    }

    func bool(_ node: Node?, key: String, default defaultValue: Bool, ruleID: String? = nil) throws(LexiconProblem) -> Bool {
        guard let node else { return defaultValue }
        guard let value = node.bool else { throw problem(node, "'\(key)' must be true or false", ruleID: ruleID) }
        return value
    }

    /// A list of strings; a single string is accepted as a list of one.
    func strings(_ node: Node?, key: String, ruleID: String? = nil, allowEmpty: Bool = true) throws(LexiconProblem) -> [String] {
        guard let node else { return [] }
        if node.scalar != nil, node.tag.description != Tag.Name.null.rawValue {
            return [try string(node, key: key, ruleID: ruleID)]
        }
        guard let sequence = node.sequence else {
            throw problem(node, "'\(key)' must be a list of strings", ruleID: ruleID)
        }
        var values: [String] = []
        for item in sequence {
            guard let scalar = item.scalar, !scalar.string.isEmpty else {
                throw problem(item, "'\(key)' entries must be non-empty strings", ruleID: ruleID)
            }
            values.append(scalar.string)
        }
        if values.isEmpty, !allowEmpty { throw problem(node, "'\(key)' must not be empty", ruleID: ruleID) }
        return values
    }

    func sequence(_ node: Node?, key: String, ruleID: String? = nil) throws(LexiconProblem) -> [Node] {
        guard let node, let sequence = node.sequence else {
            throw problem(node, "'\(key)' must be a list", ruleID: ruleID)
        }
        return Array(sequence)
    }

    func enumValue<Value: RawRepresentable & CaseIterable>(
        _ node: Node?, key: String, as type: Value.Type, ruleID: String? = nil
    ) throws(LexiconProblem) -> Value where Value.RawValue == String {
        let raw = try string(node, key: key, ruleID: ruleID)
        guard let value = Value(rawValue: raw) else {
            let allowed = Value.allCases.map(\.rawValue).joined(separator: " | ")
            throw problem(node, "'\(key)' is '\(raw)'; expected one of \(allowed)", ruleID: ruleID)
        }
        return value
    }

    func examples(_ node: Node?, ruleID: String?) throws(LexiconProblem) -> RuleExamples {
        guard let node else { throw problem(node, "missing 'examples'", ruleID: ruleID) }
        let fields = try entries(
            of: node, what: "examples", allowed: ["match", "no_match"], required: ["match", "no_match"], ruleID: ruleID)
        return RuleExamples(
            match: try strings(fields["match"], key: "match", ruleID: ruleID),
            noMatch: try strings(fields["no_match"], key: "no_match", ruleID: ruleID))
    }
}
