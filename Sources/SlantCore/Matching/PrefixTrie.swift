/// Caseless literal prefixes (ASCII letters, digits, space, hyphen, apostrophe) merged into
/// regexes that share their common starts: `pale|palm` becomes `pal(?:e|m)`, so
/// PCRE2 rules a word out after a letter or two instead of trying every prefix. A prefix that
/// is a prefix of another makes the longer one redundant for a prefilter, so it is dropped.
struct PrefixTrie {
    private final class Node {
        var children: [UInt8: Node] = [:]
        var isEnd = false
    }

    private let root = Node()
    private(set) var isEmpty = true

    /// Whether `prefix` can go in: only bytes that mean themselves in a pattern.
    static func accepts(_ prefix: [UInt8]) -> Bool {
        !prefix.isEmpty
            && prefix.allSatisfy { byte in
                (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z"))
                    || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
                    || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: " ")
                    || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "'")
            }
    }

    mutating func insert(_ prefix: [UInt8]) {
        isEmpty = false
        var node = root
        for byte in prefix {
            if node.isEnd { return }
            let lower = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte + 32 : byte
            if let child = node.children[lower] {
                node = child
            } else {
                let child = Node()
                node.children[lower] = child
                node = child
            }
        }
        node.isEnd = true
        node.children = [:]
    }

    /// The alternation split by first byte (lower case), each meant for a caseless group:
    /// `["i": "isra", "p": "pal(?:e|m)"]`.
    func patternsByFirstByte() -> [UInt8: String] {
        root.children.mapValues { child in
            String(decoding: Self.render(child), as: UTF8.self)
        }.reduce(into: [:]) { result, entry in
            result[entry.key] = String(decoding: [entry.key], as: UTF8.self) + entry.value
        }
    }

    private static func render(_ node: Node) -> [UInt8] {
        if node.isEnd { return [] }
        let branches = node.children.sorted { $0.key < $1.key }.map { [$0.key] + render($0.value) }
        if branches.count == 1 { return branches[0] }
        return Array("(?:".utf8) + Array(branches.joined(separator: [UInt8(ascii: "|")])) + [UInt8(ascii: ")")]
    }
}
