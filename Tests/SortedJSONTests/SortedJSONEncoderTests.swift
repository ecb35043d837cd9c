import Foundation
import Testing

@testable import SortedJSON

/// `SortedJSONEncoder` must write exactly Foundation's bytes, pretty and compact, for the
/// numbers and strings real reports hold and the ones they rarely do.
@Suite struct SortedJSONEncoderTests {
    struct Number: Codable, SortedJSONFields {
        var value: Double
        func writeFields(to object: inout SortedJSONObject) { object.field("value", value) }
    }

    struct Text: Codable, SortedJSONFields {
        var value: String
        func writeFields(to object: inout SortedJSONObject) { object.field("value", value) }
    }

    struct Integers: Codable, SortedJSONFields {
        var largest = Int.max
        var negative = -5
        var smallest = Int.min
        var zero = 0
        func writeFields(to object: inout SortedJSONObject) {
            object.field("largest", largest)
            object.field("negative", negative)
            object.field("smallest", smallest)
            object.field("zero", zero)
        }
    }

    struct Empty: Codable, SortedJSONFields {
        func writeFields(to object: inout SortedJSONObject) {}
    }

    struct Point: Codable, Equatable, SortedJSONFields {
        var x: Int
        var label: String
        func writeFields(to object: inout SortedJSONObject) {
            object.field("label", label)
            object.field("x", x)
        }
    }

    struct Shape: Codable, SortedJSONFields {
        var points: [Point]
        var centre: Point?
        var none: Point?
        var empty = Empty()
        func writeFields(to object: inout SortedJSONObject) {
            object.field("centre", centre)
            object.field("empty", empty)
            object.field("none", none)
            object.field("points", points)
        }
    }

    static let tricky = [
        "", "plain", "quote \" backslash \\ slash /", "\u{0}\u{1}\u{7}\u{8}\u{9}\u{a}\u{b}\u{c}\u{d}\u{1b}\u{1f}\u{20}",
        "\u{7f}\u{80}\u{2028}\u{2029}\u{feff}", "é ñ — “quotes” ‘single’ …", "emoji 😀👍🏽 and 𝔘",
    ]

    static let doubles: [Double] = [
        0, -0.0, 1, -1, 0.1, 0.5, 1.0 / 3, 2.5e-5, 1e-7, 1e15, 1e16, 1e21, 123_456_789_012.5,
        Double.pi, 100, 1e-4, 12_345_678.9, .greatestFiniteMagnitude, .leastNonzeroMagnitude, 9_007_199_254_740_992,
    ]

    static func foundation<T: Encodable>(_ value: T, pretty: Bool) throws -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting =
            pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return Array(try encoder.encode(value))
    }

    static func ours<T: SortedJSONFields>(_ value: T, pretty: Bool) throws -> [UInt8] {
        try SortedJSONEncoder(prettyPrinted: pretty).encode(value)
    }

    @Test(arguments: [true, false]) func numbersAreFoundationsDigits(pretty: Bool) throws {
        for value in Self.doubles {
            #expect(
                try Self.ours(Number(value: value), pretty: pretty) == Self.foundation(Number(value: value), pretty: pretty),
                "\(value)")
        }
        #expect(try Self.ours(Integers(), pretty: pretty) == Self.foundation(Integers(), pretty: pretty))
    }

    @Test(arguments: [true, false]) func stringsAreEscapedAsFoundationEscapesThem(pretty: Bool) throws {
        for text in Self.tricky + [Self.tricky.joined(separator: "|")] {
            #expect(
                try Self.ours(Text(value: text), pretty: pretty) == Self.foundation(Text(value: text), pretty: pretty),
                "\(text.debugDescription)")
        }
    }

    @Test(arguments: [true, false]) func nestedAndEmptyObjectsMatchFoundation(pretty: Bool) throws {
        let shape = Shape(
            points: [Point(x: 1, label: "a\n"), Point(x: -2, label: "")], centre: Point(x: 0, label: "c"), none: nil)
        #expect(try Self.ours(shape, pretty: pretty) == Self.foundation(shape, pretty: pretty))
        #expect(try Self.ours(Empty(), pretty: pretty) == Self.foundation(Empty(), pretty: pretty))
    }

    @Test func roundTripsThroughFoundationDecoder() throws {
        let point = Point(x: -7, label: "x\u{1}y “z”")
        #expect(try JSONDecoder().decode(Point.self, from: Data(SortedJSONEncoder().encode(point))) == point)
    }

    @Test func nonFiniteNumbersAreRefused() {
        #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder().encode(Number(value: .nan)) }
        #expect(throws: SortedJSONEncoder.Unsupported.self) { try SortedJSONEncoder().encode(Number(value: .infinity)) }
    }
}
