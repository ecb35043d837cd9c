import Foundation
import Testing

@testable import SlantBatch

/// The JSON Lines parser: strings are exactly their escapes' and bytes' value, numbers keep
/// their text, and every malformed line is refused with the column of the problem.
@Suite struct JSONParserTests {
    func string(_ json: String) throws -> String {
        guard case .string(let bytes) = try JSONParser.parse(Array(json.utf8)) else {
            throw JSONSyntaxError(offset: 0, message: "")
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    @Test func stringsAreTheirExactValue() throws {
        #expect(try string("\"\\n\u{FEFF}a\\\"\u{FEFF}\"") == "\n\u{FEFF}a\"\u{FEFF}")
        #expect(try string("\"\u{FEFF}\"") == "\u{FEFF}")
        #expect(try string(#""\"\/\\\b\f\n\r\t""#) == "\"/\\\u{8}\u{C}\n\r\t")
        #expect(try string(#""\u00e9\u00E9\ud83d\ude00\u0000""#) == "éé😀\u{0}")
        #expect(try string("\"e\u{301} \r\n\"".replacingOccurrences(of: "\r\n", with: "\\r\\n")) == "e\u{301} \r\n")
    }

    @Test func aValueMatchesFoundationWhereFoundationIsRight() throws {
        let line = #"{"a": [1, -2.5e+3, true, false, null, {"b": "c"}], "d": "x\"y", "e": {}}"#
        let value = try JSONParser.parse(Array(line.utf8))
        guard case .object(let members) = value else {
            Issue.record("not an object")
            return
        }
        #expect(members.map(\.key) == ["a", "d", "e"])
        guard case .array(let elements) = members[0].value else {
            Issue.record("not an array")
            return
        }
        #expect(elements.map(\.kind) == ["a number", "a number", "a boolean", "a boolean", "null", "an object"])
        if case .number(let text) = elements[1] { #expect(text == "-2.5e+3") } else { Issue.record("not a number") }
    }

    @Test(arguments: [
        ("{\"a\": 1,}", 8, "expected a quoted member name"), ("{\"a\" 1}", 5, "expected ':'"),
        ("[1 2]", 3, "expected ',' or ']'"),
        ("\"abc", 0, "never closed"), ("\"a\tb\"", 2, "control character (U+0009)"), ("\"\\x\"", 1, "unknown escape \\x"),
        ("\"\\ud800x\"", 1, "surrogate"), ("\"\\udc00\"", 1, "surrogate"), ("\"\\u12g4\"", 1, "four hex digits"),
        ("01", 1, "unexpected text after"), ("-", 0, "needs digits"), ("1.", 0, "after its decimal point"), ("1e", 0, "exponent"),
        ("tru", 0, "unexpected word"), ("{\"a\": 1} x", 9, "unexpected text after"), ("", 0, "ends where a value"),
    ])
    func malformedJSONIsRefusedWithItsOffset(json: String, offset: Int, message: String) {
        do {
            _ = try JSONParser.parse(Array(json.utf8))
            Issue.record("accepted \(json)")
        } catch {
            #expect(error.offset == offset, "\(json)")
            #expect(error.message.contains(message), "\(json): \(error.message)")
        }
    }

    @Test func deepNestingIsRefusedNotRecursedInto() {
        let deep = Array(repeating: UInt8(ascii: "["), count: 100_000)
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(deep) }
        let fine = Array(repeating: UInt8(ascii: "["), count: 500) + Array(repeating: UInt8(ascii: "]"), count: 500)
        #expect((try? JSONParser.parse(fine)) != nil)
    }

    @Test func aLeadingByteOrderMarkIsSkippedButNoOtherOutsideAString() throws {
        #expect(try string("\u{FEFF} \"a\"") == "a")
        #expect(throws: JSONSyntaxError.self) { try JSONParser.parse(Array(" \u{FEFF}\"a\"".utf8)) }
    }
}
