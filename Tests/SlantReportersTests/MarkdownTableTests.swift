import Foundation
import Testing

@testable import SlantReporters

/// The byte-level escaping gives what the two `replacingOccurrences` calls it replaced gave,
/// except where those, comparing characters, missed a "|" that a combining mark follows ("|\u{301}"
/// is one character): a Markdown renderer reads the bare byte as a column break, so it is escaped now.
@Suite struct MarkdownTableTests {
    /// The definition before the single pass.
    static func reference(_ cell: String) -> String {
        cell.replacingOccurrences(of: "|", with: "\\|").replacingOccurrences(of: "\n", with: " ")
    }

    /// Cells of every kind the reports hold, and pieces that could trip a byte loop: pipes and
    /// line breaks at either end and in runs, CRLF, combining marks after a pipe, multi-byte
    /// letters and emoji, backslashes already there.
    static let pieces = [
        "", "|", "\n", "\r\n", "\r", "\\", "\\|", "a", "Hamas", "«terror»", "é", "e\u{301}", "|\u{301}", "\u{1F1EE}\u{1F1F1}",
        "👍🏽", "עזה", "غزة", " ", "`code`", "12:4", "**bold**",
    ]

    @Test func singlePassEscapingEqualsTheReplacingDefinition() {
        var generator = SystemRandomNumberGenerator()
        var cells = Self.pieces
        for first in Self.pieces {
            for second in Self.pieces { cells.append(first + second) }
        }
        for _ in 0..<5_000 {
            cells.append((0..<Int.random(in: 1...12, using: &generator)).map { _ in Self.pieces.randomElement()! }.joined())
        }
        var combined = 0
        for cell in cells {
            if Self.hasMarkFollowingAPipeOrBreak(cell) {
                combined += 1
                #expect(MarkdownTable.escape(cell) == Self.scalarReference(cell), "cell: \(cell.debugDescription)")
                #expect(Self.reference(cell) != Self.scalarReference(cell), "cell: \(cell.debugDescription)")
            } else {
                #expect(MarkdownTable.escape(cell) == Self.reference(cell), "cell: \(cell.debugDescription)")
            }
        }
        #expect(combined > 0 && combined < cells.count / 2)
    }

    /// The same rule on Unicode scalars, which is what a Markdown parser sees.
    static func scalarReference(_ cell: String) -> String {
        var result = String.UnicodeScalarView()
        for scalar in cell.unicodeScalars {
            switch scalar {
            case "|": result.append(contentsOf: "\\|".unicodeScalars)
            case "\n": result.append(" ")
            default: result.append(scalar)
            }
        }
        return String(result)
    }

    static func hasMarkFollowingAPipeOrBreak(_ cell: String) -> Bool {
        let scalars = Array(cell.unicodeScalars)
        return zip(scalars, scalars.dropFirst()).contains { ($0 == "|" || $0 == "\n") && $1.properties.isGraphemeExtend }
    }

    @Test func renderedTableEscapesCellsButNotHeaders() {
        var table = MarkdownTable("A", "B")
        table.add("x|y", "line\nbreak")
        table.add("plain", "")
        #expect(table.rendered == "| A | B |\n|---|---|\n| x\\|y | line break |\n| plain |  |\n")
    }
}
