import Foundation
import SlantCore
import Yams

/// Name variants of one outlet merged under one name (`--outlet-aliases FILE`): corpora spell
/// one network several ways ("Fox News", "Fox Online News", "Fox News (Online)"), which would
/// split its articles into groups too small to rank. The file is YAML, each canonical name
/// with the list of variants it absorbs:
///
///     Fox News:
///       - Fox Online News
///       - Fox News (Online)
///
/// A variant under two names, or a canonical name that is itself a variant, is refused.
public struct OutletAliases: Sendable, Hashable, Codable {
    /// Variant -> canonical name.
    public let canonicalNames: [String: String]

    public init(_ canonicalNames: [String: String] = [:]) {
        self.canonicalNames = canonicalNames
    }

    public subscript(name: String) -> String { canonicalNames[name] ?? name }

    public var isEmpty: Bool { canonicalNames.isEmpty }

    /// Canonical name -> its variants, both sorted, for reports.
    public var groups: [(name: String, variants: [String])] {
        Dictionary(grouping: canonicalNames.keys) { canonicalNames[$0]! }
            .map { ($0.key, $0.value.sorted()) }.sorted { $0.name < $1.name }
    }

    public static func load(_ path: String) throws(MergeProblem) -> OutletAliases {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MergeProblem(file: path, message: "cannot read the outlet alias file")
        }
        let root: Any?
        do {
            let text = String(decoding: data, as: UTF8.self)
            // An outlet written twice would quietly keep only its last list of variants.
            if let node = try Yams.compose(yaml: text), let duplicate = YAMLDuplicateKey.first(in: node) {
                throw MergeProblem(file: path, message: "line \(duplicate.line.map(String.init) ?? "?"): \(duplicate.message)")
            }
            root = try Yams.load(yaml: text)
        } catch let problem as MergeProblem {
            throw problem
        } catch {
            throw MergeProblem(file: path, message: "not valid YAML: \(error)")
        }
        guard let table = root as? [String: Any] else {
            throw MergeProblem(file: path, message: "expected a mapping of outlet names to lists of their variants")
        }
        var map: [String: String] = [:]
        for name in table.keys.sorted() {
            guard let variants = table[name] as? [Any], variants.allSatisfy({ $0 is String }) else {
                throw MergeProblem(file: path, message: "\"\(name)\": expected a list of name variants")
            }
            for case let variant as String in variants where variant != name {
                if let other = map[variant] {
                    throw MergeProblem(file: path, message: "\"\(variant)\" is listed under both \"\(other)\" and \"\(name)\"")
                }
                map[variant] = name
            }
        }
        for name in table.keys where map[name] != nil {
            throw MergeProblem(file: path, message: "\"\(name)\" is both a name and a variant of \"\(map[name]!)\"")
        }
        return OutletAliases(map)
    }
}
