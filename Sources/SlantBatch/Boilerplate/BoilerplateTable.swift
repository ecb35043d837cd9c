import Foundation
import SlantCore

/// The lines found in many of one outlet's articles (`slant compare --find-boilerplate FILE`),
/// which `--boilerplate FILE` then drops from that outlet's articles like debris. Two steps
/// rather than one so that the lines dropped do not depend on which articles were read first
/// (a table learned while reading would drop a line only from the articles after it became
/// frequent), so that a split-then-merge equals one run (every part drops the same lines; the
/// partial results carry the table's digest), and so that a person can read the file and
/// delete a line that is reporting rather than boilerplate before it is used.
///
/// The file is JSON: `kind`, `schemaVersion`, the grouping field, the minimum number of
/// articles, and per group its articles and lines, each with the number of articles holding
/// it; groups by name, lines by their bytes.
public struct BoilerplateTable: Sendable, Codable, Hashable {
    public static let kind = "slant-boilerplate"
    public static let currentSchemaVersion = 1

    public struct Line: Sendable, Codable, Hashable {
        public let text: String
        /// The group's articles holding the line (each once, however often).
        public let articles: Int

        public init(text: String, articles: Int) {
            self.text = text
            self.articles = articles
        }
    }

    public struct Group: Sendable, Codable, Hashable {
        public let name: String
        public let articles: Int
        public let lines: [Line]

        public init(name: String, articles: Int, lines: [Line]) {
            self.name = name
            self.articles = articles
            self.lines = lines
        }
    }

    public let kind: String
    public let schemaVersion: Int
    public let groupField: String
    public let minimumArticles: Int
    public let groups: [Group]

    public init(groupField: String, minimumArticles: Int, groups: [Group]) {
        kind = Self.kind
        schemaVersion = Self.currentSchemaVersion
        self.groupField = groupField
        self.minimumArticles = minimumArticles
        self.groups = groups.sorted { Array($0.name.utf8).lexicographicallyPrecedes($1.name.utf8) }
    }

    /// The lines to drop from one group's articles, or nil when it has none.
    public func known(for group: String) -> KnownBoilerplate? {
        guard let lines = groups.first(where: { $0.name == group })?.lines, !lines.isEmpty else { return nil }
        return KnownBoilerplate(lines: lines.map { Array($0.text.utf8) })
    }

    /// Every group's lines, ready for the workers.
    public func knownByGroup() -> [String: KnownBoilerplate] {
        var table: [String: KnownBoilerplate] = [:]
        for group in groups where !group.lines.isEmpty {
            table[group.name] = KnownBoilerplate(lines: group.lines.map { Array($0.text.utf8) })
        }
        return table
    }

    /// Pretty-printed with sorted keys, so equal tables are equal bytes and a person can read it.
    public func encoded() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return try encoder.encode(self) + Data("\n".utf8)
    }

    /// The SHA-256 of the lines and groups (not of the file's spacing): what a partial records
    /// and a merge compares.
    public var digest: String {
        var canonical: [UInt8] = Array(groupField.utf8) + [0]
        for group in groups where !group.lines.isEmpty {
            canonical += Array(group.name.utf8) + [0]
            for line in group.lines { canonical += Array(line.text.utf8) + [1] }
        }
        return SHA256Hex.of(canonical)
    }

    public static func load(_ path: String) throws(MergeProblem) -> BoilerplateTable {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw MergeProblem(file: path, message: "cannot read the boilerplate file")
        }
        let table: BoilerplateTable
        do {
            table = try JSONDecoder().decode(BoilerplateTable.self, from: data)
        } catch {
            throw MergeProblem(
                file: path, message: "not a slant boilerplate file (make one with slant compare --find-boilerplate): \(error)")
        }
        guard table.kind == kind else { throw MergeProblem(file: path, message: "\"kind\" is not \"\(kind)\"") }
        guard table.schemaVersion == currentSchemaVersion else {
            throw MergeProblem(
                file: path, message: "schema version \(table.schemaVersion); this slant reads version \(currentSchemaVersion)")
        }
        return table
    }
}
