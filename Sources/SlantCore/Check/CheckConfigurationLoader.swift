import Foundation
import Yams

/// Finds and reads `.slant.yml`. Every unknown key and bad value is an error with the file and
/// line, read with the lexicon's own `YAMLNodeReader`.
public enum CheckConfigurationLoader {
    public static let fileNames = [".slant.yml", ".slant.yaml"]
    static let keys = [
        "packs", "lexicons", "disable", "severity", "voices", "categories", "thresholds", "require_suppression_reason",
        "house_style",
    ]
    static let thresholdKeys = ["min_voice_ratio", "max_verb_neutrality_gap", "max_editorial_loaded_per_1000_words"]

    /// The nearest configuration file in `directory` or above it.
    public static func find(from directory: String) -> String? {
        var url = URL(fileURLWithPath: directory).standardizedFileURL
        while true {
            for name in fileNames {
                let candidate = url.appendingPathComponent(name).path
                var isDirectory: ObjCBool = false
                if FileManager.default.fileExists(atPath: candidate, isDirectory: &isDirectory), !isDirectory.boolValue {
                    return candidate
                }
            }
            let parent = url.deletingLastPathComponent()
            if parent.path == url.path { return nil }
            url = parent
        }
    }

    public static func load(path: String) throws(ConfigurationProblem) -> CheckConfiguration {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfigurationProblem(file: path, line: nil, message: "cannot read the configuration file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationProblem(file: path, line: nil, message: "the configuration file is not valid UTF-8")
        }
        return try parse(text, file: path, directory: (path as NSString).deletingLastPathComponent)
    }

    /// Parses configuration text; relative `lexicons` directories are resolved against `directory`.
    public static func parse(_ text: String, file: String, directory: String) throws(ConfigurationProblem) -> CheckConfiguration {
        var configuration = CheckConfiguration()
        configuration.file = file
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else { return configuration }
            root = node
        } catch let error as YamlError {
            throw yamlProblem(error, file: file, text: text)
        } catch {
            throw ConfigurationProblem(file: file, line: nil, message: "\(error)")
        }
        if let duplicate = YAMLDuplicateKey.first(in: root) {
            throw ConfigurationProblem(
                file: file, line: duplicate.line,
                message: duplicate.message)
        }
        do throws(LexiconProblem) {
            try read(root, into: &configuration, reader: YAMLNodeReader(file: file), directory: directory)
            if let node = root.mapping?["house_style"] {
                configuration.houseStyle = try HouseStyleParser.parse(node, reader: YAMLNodeReader(file: file), text: text)
            }
        } catch {
            throw ConfigurationProblem(file: file, line: error.line, message: error.message)
        }
        return configuration
    }

    private static func read(
        _ root: Node, into configuration: inout CheckConfiguration, reader: YAMLNodeReader, directory: String
    ) throws(LexiconProblem) {
        let fields = try reader.entries(of: root, what: "configuration", allowed: keys, required: [])
        if let node = fields["packs"] { configuration.packs = try entries(node, key: "packs", reader: reader) }
        if let node = fields["lexicons"] {
            configuration.lexiconDirectories = try reader.strings(node, key: "lexicons").map { path in
                path.hasPrefix("/") ? path : (directory.isEmpty ? path : (directory as NSString).appendingPathComponent(path))
            }
        }
        if let node = fields["disable"] { configuration.disabled = try entries(node, key: "disable", reader: reader) }
        if let node = fields["severity"] {
            guard let mapping = node.mapping else {
                throw reader.problem(node, "'severity' must map rule ids to error, warning or info")
            }
            for (key, value) in mapping {
                let rule = try reader.string(key, key: "severity")
                let severity = try reader.enumValue(value, key: rule, as: Severity.self)
                configuration.severityOverrides.append((ConfigurationEntry(rule, line: key.mark?.line), severity))
            }
        }
        if let node = fields["voices"] {
            let voices = try reader.entries(of: node, what: "voices", allowed: Voice.allCases.map(\.rawValue), required: [])
            for voice in Voice.allCases {
                guard let value = voices[voice.rawValue] else { continue }
                configuration.voices[voice] = try reader.enumValue(value, key: voice.rawValue, as: VoiceLevel.self)
            }
        }
        if let node = fields["categories"] {
            guard let sequence = node.sequence else { throw reader.problem(node, "'categories' must be a list of categories") }
            var categories: Set<RuleCategory> = []
            for item in sequence { categories.insert(try reader.enumValue(item, key: "categories", as: RuleCategory.self)) }
            configuration.categories = categories
        }
        if let node = fields["thresholds"] {
            let limits = try reader.entries(of: node, what: "thresholds", allowed: thresholdKeys, required: [])
            configuration.thresholds = CheckThresholds(
                minVoiceRatio: try number(limits["min_voice_ratio"], key: "min_voice_ratio", range: 0...1, reader: reader),
                maxVerbNeutralityGap: try number(
                    limits["max_verb_neutrality_gap"], key: "max_verb_neutrality_gap", range: 0...1, reader: reader),
                maxEditorialLoadedPerThousandWords: try number(
                    limits["max_editorial_loaded_per_1000_words"], key: "max_editorial_loaded_per_1000_words",
                    range: 0...1000, reader: reader))
        }
        configuration.requireSuppressionReason = try reader.bool(
            fields["require_suppression_reason"], key: "require_suppression_reason", default: true)
    }

    /// A list of names, each with its line.
    private static func entries(_ node: Node, key: String, reader: YAMLNodeReader) throws(LexiconProblem) -> [ConfigurationEntry]
    {
        guard let sequence = node.sequence else { throw reader.problem(node, "'\(key)' must be a list") }
        var result: [ConfigurationEntry] = []
        for item in sequence { result.append(ConfigurationEntry(try reader.string(item, key: key), line: item.mark?.line)) }
        return result
    }

    private static func number(
        _ node: Node?, key: String, range: ClosedRange<Double>, reader: YAMLNodeReader
    ) throws(LexiconProblem) -> Double? {
        guard let node else { return nil }
        guard let scalar = node.scalar, let value = Double(scalar.string.trimmingCharacters(in: .whitespaces)) else {
            throw reader.problem(node, "'\(key)' must be a number")
        }
        guard range.contains(value) else {
            throw reader.problem(
                node,
                "'\(key)' is \(scalar.string); expected a number from \(formatted(range.lowerBound)) to \(formatted(range.upperBound))"
            )
        }
        return value
    }

    private static func formatted(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }

    private static func yamlProblem(_ error: YamlError, file: String, text: String) -> ConfigurationProblem {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
            return ConfigurationProblem(
                file: file, line: YAMLErrorLine.line(mark.line, in: text), message: "YAML syntax: \(problem)")
        default:
            return ConfigurationProblem(file: file, line: nil, message: "YAML: \(error)")
        }
    }
}
