import Foundation
import Testing

@testable import SortedJSON

/// `SortedJSONEncoder` must write exactly Foundation's bytes, pretty and compact.
@Suite struct SortedJSONEncoderTests {
    enum Mood: String, Codable { case calm, loaded }

    struct Empty: Codable {}

    struct Inner: Codable, Equatable {
        var zeta = 1
        var alpha: String? = "a"
        var missing: Int? = nil
        var list: [Double] = []
    }

    struct Sample: Codable {
        var text: String
        var numbers: [Double]
        var integers: [Int] = [0, -5, Int.max, Int.min]
        var small: [Int8] = [-128, 127]
        var unsigned: UInt64 = .max
        var flags: [Bool] = [true, false]
        var mood: Mood = .loaded
        var optionalMood: Mood? = nil
        var nested: [Inner] = [Inner(), Inner(zeta: 2, alpha: nil, missing: 3, list: [0.5])]
        var nestedEmpty: [[Int]] = [[], [1], []]
        var dictionary: [String: Int] = ["b": 1, "a": 2, "B": 3, "é": 4, "aa": 5]
        var intKeys: [Int: String] = [10: "ten", 3: "three"]
        var empty = Empty()
        var emptyList: [Empty] = [Empty(), Empty()]
        var floats: [Float] = [0.1, 3, 1e-9]
    }

    static let tricky = [
        "", "plain", "quote \" backslash \\ slash /", "\u{0}\u{1}\u{7}\u{8}\u{9}\u{a}\u{b}\u{c}\u{d}\u{1b}\u{1f}\u{20}",
        "\u{7f}\u{80}\u{2028}\u{2029}\u{feff}", "é ñ — “quotes” ‘single’ …", "emoji 😀👍🏽 and 𝔘",
    ]

    static let doubles: [Double] = [
        0, -0.0, 1, -1, 0.1, 0.5, 1.0 / 3, 2.5e-5, 1e-7, 1e15, 1e16, 1e21, 123_456_789_012.5,
        Double.pi, 100, 1e-4, 12_345_678.9, .greatestFiniteMagnitude, .leastNonzeroMagnitude, 9_007_199_254_740_993,
    ]

    static func foundation<T: Encodable>(_ value: T, pretty: Bool) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    @Test(arguments: [true, false]) func sameBytesAsFoundation(pretty: Bool) throws {
        let sample = Sample(text: Self.tricky.joined(separator: "|"), numbers: Self.doubles)
        let ours = try SortedJSONEncoder(prettyPrinted: pretty).encode(sample)
        let theirs = try Self.foundation(sample, pretty: pretty)
        #expect(String(decoding: ours, as: UTF8.self) == String(decoding: theirs, as: UTF8.self))
    }

    @Test(arguments: [true, false]) func sameBytesForEachString(pretty: Bool) throws {
        for text in Self.tricky {
            #expect(
                try SortedJSONEncoder(prettyPrinted: pretty).encode([text]) == Self.foundation([text], pretty: pretty),
                "\(text.debugDescription)")
        }
    }

    @Test func sameBytesForTopLevelScalarsAndEmptyValues() throws {
        #expect(try SortedJSONEncoder().encode("top") == Self.foundation("top", pretty: true))
        #expect(try SortedJSONEncoder().encode(Empty()) == Self.foundation(Empty(), pretty: true))
        #expect(try SortedJSONEncoder().encode([Int]()) == Self.foundation([Int](), pretty: true))
        #expect(try SortedJSONEncoder(prettyPrinted: false).encode([Empty()]) == Self.foundation([Empty()], pretty: false))
    }

    @Test func roundTripsThroughFoundationDecoder() throws {
        let inner = Inner(zeta: -7, alpha: "x\u{1}y", missing: 4, list: [1e-7, 2])
        let decoded = try JSONDecoder().decode(Inner.self, from: Data(SortedJSONEncoder().encode(inner)))
        #expect(decoded == inner)
    }

    @Test func nonFiniteNumbersAreRefused() {
        #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder().encode([Double.nan]) }
        #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder().encode([Double.infinity]) }
    }

    struct Point: Codable, SortedJSONFields {
        var x: Int
        var label: String
        func writeFields(to object: inout SortedJSONObject) {
            object.field("label", label)
            object.field("x", x)
        }
    }

    struct Shape: Codable {
        var points: [Point]
        var centre: Point?
        var none: Point?
    }

    @Test(arguments: [true, false]) func typesWritingTheirOwnFieldsMatchTheirCodableForm(pretty: Bool) throws {
        let shape = Shape(
            points: [Point(x: 1, label: "a\n"), Point(x: -2, label: "")], centre: Point(x: 0, label: "c"), none: nil)
        #expect(try SortedJSONEncoder(prettyPrinted: pretty).encode(shape) == Self.foundation(shape, pretty: pretty))
        #expect(try SortedJSONEncoder(prettyPrinted: pretty).encode([[shape]]) == Self.foundation([[shape]], pretty: pretty))
    }

    /// A hand-written conformance using a nested container: refused, so callers fall back.
    struct NestedContainerUser: Encodable {
        enum Keys: String, CodingKey { case outer, inner }
        func encode(to encoder: any Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            var nested = container.nestedContainer(keyedBy: Keys.self, forKey: .outer)
            try nested.encode(1, forKey: .inner)
        }
    }

    @Test func unsupportedShapesThrowInsteadOfWritingWrongJSON() {
        #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder().encode(NestedContainerUser()) }
    }
}
