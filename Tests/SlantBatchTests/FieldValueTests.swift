import Foundation
import Testing

@testable import SlantBatch

/// Metadata values are trimmed without Foundation (it was most of a JSON record's reading
/// time), exactly as Foundation's `.whitespacesAndNewlines` trims them.
@Suite struct FieldValueTests {
    /// Every scalar Foundation or Unicode's White_Space counts as a space, and some neither does.
    static let scalars: [Unicode.Scalar] =
        (0...0x10FFFF).compactMap(Unicode.Scalar.init).filter {
            CharacterSet.whitespacesAndNewlines.contains($0) || $0.properties.isWhitespace
        } + ["\u{200B}", "\u{FEFF}", "\u{301}", "x", "é", "😀", "\u{180E}"]

    @Test func valuesAreTrimmedAsFoundationTrimsThem() {
        for space in Self.scalars {
            for value in [
                "\(space)", "\(space)a", "a\(space)", "\(space)a b\(space)\(space)", "a\(space)\u{301}", "\(space)\u{301}a",
            ] {
                let foundation = value.trimmingCharacters(in: .whitespacesAndNewlines)
                #expect(
                    FieldValue.nonBlank(value) == (foundation.isEmpty ? nil : foundation), "U+\(String(space.value, radix: 16))")
            }
        }
        #expect(Self.scalars.count > 25)
        #expect(FieldValue.nonBlank(nil) == nil)
        #expect(FieldValue.nonBlank(" \t\r\n ") == nil)
        #expect(FieldValue.nonBlank(" Al Jazeera\u{3000}") == "Al Jazeera")
    }
}
