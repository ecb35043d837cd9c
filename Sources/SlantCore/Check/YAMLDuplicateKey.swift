import Yams

/// The first key written twice in one mapping, anywhere in a YAML tree. Yams keeps both pairs
/// and a lookup sees only one of them, so `severity: error` then `severity: info` would quietly
/// mean whichever came last; a configuration file, a lexicon pack or an outlet alias file says
/// one thing or is refused.
public struct YAMLDuplicateKey: Sendable {
    public let key: String
    /// 1-based lines of the two occurrences.
    public let firstLine: Int?
    public let line: Int?

    /// "duplicate key 'k' (first on line n): ...", for the error naming the file and the line.
    public var message: String {
        "duplicate key '\(key)'\(firstLine.map { " (first on line \($0))" } ?? ""): a key may appear once in a mapping"
    }

    public static func first(in node: Node) -> YAMLDuplicateKey? {
        switch node {
        case .mapping(let mapping):
            var seen: [String: Node] = [:]
            for (key, value) in mapping {
                let name = key.scalar?.string ?? "\(key)"
                if let earlier = seen[name] {
                    return YAMLDuplicateKey(key: name, firstLine: earlier.mark?.line, line: key.mark?.line)
                }
                seen[name] = key
                if let found = first(in: value) { return found }
            }
            return nil
        case .sequence(let sequence):
            for item in sequence { if let found = first(in: item) { return found } }
            return nil
        default:
            return nil
        }
    }
}
