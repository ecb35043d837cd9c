import Foundation
import Testing

@testable import SortedJSON

/// Values that write their own fields (the JSON report's path) must write Foundation's bytes
/// too, including where real reports rarely go: every kind of field, nesting deeper than the
/// precomputed indentation, a buffer that has to grow, and numbers JSON cannot hold.
@Suite struct SortedJSONFieldsTests {
    enum Mood: String, Codable { case calm, loaded }

    struct Leaf: Codable, SortedJSONFields {
        var value: Int
        func writeFields(to object: inout SortedJSONObject) {
            object.field("value", value)
        }
    }

    struct Everything: Codable, SortedJSONFields {
        var count = -42
        var counts = ["b": 2, "a.b": 1, "Zeta": 3, "é": 4, "a\"q": 5, "a": -1]
        var flag = true
        var maybeMood: Mood? = .calm
        var missingCount: Int? = nil
        var mood = Mood.loaded
        var names = ["a", "b\"c\\", "", "é\u{1}"]
        var noCounts: [String: Int] = [:]
        var noNames: [String] = []
        var noPoints: [Leaf] = []
        var optionalNumber: Double? = 1e16
        var points = [Leaf(value: 0), Leaf(value: Int.min)]
        var ratio = 0.1
        var text = "tab\t end é / “quoted”"
        var whole = 100.0

        func writeFields(to object: inout SortedJSONObject) {
            object.field("count", count)
            object.field("counts", counts)
            object.field("flag", flag)
            object.field("maybeMood", maybeMood)
            object.field("missingCount", missingCount)
            object.field("mood", mood)
            object.field("names", names)
            object.field("noCounts", noCounts)
            object.field("noNames", noNames)
            object.field("noPoints", noPoints)
            object.field("optionalNumber", optionalNumber)
            object.field("points", points)
            object.field("ratio", ratio)
            object.field("text", text)
            object.field("whole", whole)
        }
    }

    /// A chain of objects `depth` levels deep.
    struct Node: Codable, SortedJSONFields {
        var children: [Node]
        var level: Int

        init(depth: Int, level: Int = 0) {
            children = depth > 0 ? [Node(depth: depth - 1, level: level + 1)] : []
            self.level = level
        }

        func writeFields(to object: inout SortedJSONObject) {
            object.field("children", children)
            object.field("level", level)
        }
    }

    static func foundation<T: Encodable>(_ value: T, pretty: Bool) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    static func ours<T: SortedJSONFields>(_ value: T, pretty: Bool) throws -> String {
        String(decoding: try SortedJSONEncoder(prettyPrinted: pretty).encode(value), as: UTF8.self)
    }

    @Test(arguments: [true, false]) func everyKindOfFieldMatchesFoundation(pretty: Bool) throws {
        #expect(try Self.ours(Everything(), pretty: pretty) == Self.foundation(Everything(), pretty: pretty))
        let other = Everything(missingCount: 7, optionalNumber: nil)
        #expect(try Self.ours(other, pretty: pretty) == Self.foundation(other, pretty: pretty))
    }

    @Test(arguments: [true, false]) func nestingDeeperThanThePrecomputedIndentationMatchesFoundation(pretty: Bool) throws {
        let deep = Node(depth: JSONOutput.slicedLevels + 10)
        #expect(try Self.ours(deep, pretty: pretty) == Self.foundation(deep, pretty: pretty))
    }

    @Test func aBufferThatHasToGrowKeepsEveryByte() throws {
        let ours = try SortedJSONEncoder().encode(Node(depth: 200), capacity: 1)
        #expect(String(decoding: ours, as: UTF8.self) == (try Self.foundation(Node(depth: 200), pretty: true)))
    }

    /// The escape search looks at eight bytes at once: a byte to escape must be found at every
    /// position of a word, next to any other byte.
    @Test func everyByteToEscapeIsFoundAtEveryPositionOfAWord() {
        for neighbour in [UInt8(ascii: "a"), 0x20, 0x7F, 0x80, 0xC3, 0xFF] {
            for byte in UInt8.min...UInt8.max {
                let needsEscape = byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
                for position in 0..<8 {
                    var word = [UInt8](repeating: neighbour, count: 8)
                    word[position] = byte
                    let found = JSONOutput.mayNeedEscape(word.withUnsafeBytes { $0.loadUnaligned(as: UInt64.self) })
                    if needsEscape { #expect(found, "byte \(byte) at \(position) next to \(neighbour)") }
                }
            }
        }
    }

    @Test func stringsWithAnEscapeAnywhereMatchFoundation() throws {
        let specials = ["\"", "\\", "\n", "\u{0}", "\u{1f}", "/", "é"]
        for length in 1...20 {
            for position in 0..<length {
                for special in specials {
                    var characters = Array("abcdefghijklmnopqrstuvwxyz".prefix(length)).map(String.init)
                    characters[position] = special
                    let value = Everything(text: characters.joined())
                    #expect(try Self.ours(value, pretty: false) == Self.foundation(value, pretty: false), "\(value.text)")
                }
            }
        }
    }

    @Test func nonFiniteNumbersAreRefused() {
        #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder().encode(Everything(ratio: .nan)) }
        #expect(throws: SortedJSONEncoder.Unsupported.self) {
            try SortedJSONEncoder().encode(Everything(optionalNumber: .infinity))
        }
    }
}
