import Foundation
import Yams

/// Reads a house style: the `house_style:` section of `.slant.yml`, or a file of its own with
/// the same keys (`rules:` and `terms:`); a `.slant.yml` given as the file is read for its
/// `house_style:` section. Every unknown key and bad value is an error with the file and line.
///
/// ```yaml
/// rules:                                   # existing rules, by id or `prefix.*`
///   label.militants: {polarity: neutral}   # polarity (labels), verb_class (reporting verbs), severity
/// terms:                                   # the newsroom's own terms
///   - term: illegal alien                  # or patterns: [PCRE2, ...]
///     use: [immigrant in the country illegally]
///     severity: warning                    # default warning
///     reason: House style since 2013.
/// ```
public enum HouseStyleParser {
    static let keys = ["rules", "terms"]
    static let overrideKeys = ["severity", "polarity", "verb_class"]
    static let termKeys = ["id", "term", "patterns", "use", "severity", "reason"]

    /// A standalone house-style file (or a `.slant.yml` with a `house_style:` section).
    public static func load(path: String) throws(LexiconProblem) -> HouseStyle {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw LexiconProblem(file: path, line: nil, message: "cannot read the house-style file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw LexiconProblem(file: path, line: nil, message: "the house-style file is not valid UTF-8")
        }
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { return HouseStyle(file: path) }
            root = node
        } catch {
            throw LexiconProblem(file: path, line: nil, message: "YAML: \(error)")
        }
        if root.mapping?["house_style"] != nil {
            do throws(ConfigurationProblem) {
                let configuration = try CheckConfigurationLoader.parse(
                    text, file: path, directory: (path as NSString).deletingLastPathComponent)
                return configuration.houseStyle ?? HouseStyle(file: path)
            } catch {
                throw LexiconProblem(file: error.file, line: error.line, message: error.message)
            }
        }
        return try parse(root, reader: YAMLNodeReader(file: path), text: text)
    }

    /// The house style in `node`; `text` is the whole file's, for the fingerprint.
    static func parse(_ node: Node, reader: YAMLNodeReader, text: String) throws(LexiconProblem) -> HouseStyle {
        var style = HouseStyle(file: reader.file)
        style.fingerprint = String(SHA256Hex.of(Array(text.utf8)).prefix(8))
        let fields = try reader.entries(of: node, what: "house style", allowed: keys, required: [])
        if let rules = fields["rules"] {
            guard let mapping = rules.mapping else {
                throw reader.problem(rules, "'rules' must map rule ids (or 'prefix.*') to severity, polarity or verb_class")
            }
            for (key, value) in mapping {
                let id = try reader.string(key, key: "rules")
                let settings = try reader.entries(
                    of: value, what: "house-style rule '\(id)'", allowed: overrideKeys, required: [])
                guard !settings.isEmpty else {
                    throw reader.problem(value, "house-style rule '\(id)' sets nothing (set severity, polarity or verb_class)")
                }
                style.overrides.append(
                    HouseStyleOverride(
                        rule: ConfigurationEntry(id, line: key.mark?.line),
                        severity: try settings["severity"].map { node throws(LexiconProblem) in
                            try reader.enumValue(node, key: "severity", as: Severity.self)
                        },
                        polarity: try settings["polarity"].map { node throws(LexiconProblem) in
                            try reader.enumValue(node, key: "polarity", as: LabelPolarity.self)
                        },
                        verbClass: try settings["verb_class"].map { node throws(LexiconProblem) in
                            try reader.enumValue(node, key: "verb_class", as: VerbClass.self)
                        },
                        line: key.mark?.line))
            }
        }
        if let terms = fields["terms"] {
            for item in try reader.sequence(terms, key: "terms") {
                style.terms.append(try term(item, reader: reader))
            }
        }
        return style
    }

    private static func term(_ node: Node, reader: YAMLNodeReader) throws(LexiconProblem) -> HouseTerm {
        let fields = try reader.entries(of: node, what: "house-style term", allowed: termKeys, required: ["use"])
        let term = try reader.optionalString(fields["term"], key: "term")
        let written = try reader.strings(fields["patterns"], key: "patterns")
        guard (term == nil) != written.isEmpty else {
            throw reader.problem(node, "a house-style term needs either 'term' or 'patterns' (not both)")
        }
        let preferred = try reader.strings(fields["use"], key: "use", allowEmpty: false)
        let name = term ?? written[0]
        let slug = name.lowercased().map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
            .split(separator: "-").joined(separator: "-")
        return HouseTerm(
            id: try reader.optionalString(fields["id"], key: "id") ?? "house.\(slug.isEmpty ? "term" : slug)",
            patterns: term.map { [HouseTerm.pattern(forTerm: $0)] } ?? written,
            preferred: preferred,
            severity: try fields["severity"].map { node throws(LexiconProblem) in
                try reader.enumValue(node, key: "severity", as: Severity.self)
            } ?? .warning,
            reason: try reader.optionalString(fields["reason"], key: "reason") ?? "The newsroom's house style.",
            file: reader.file, line: node.mark?.line)
    }
}
