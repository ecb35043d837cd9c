import Foundation
import Testing

/// Byte-for-byte comparison that, when it fails, records the first differing line instead of
/// two arrays of thousands of numbers.
enum Same {
    static func bytes(_ served: [UInt8], _ expected: Data, sourceLocation: SourceLocation = #_sourceLocation) -> Bool {
        let expected = Array(expected)
        guard served != expected else { return true }
        let servedLines = String(decoding: served, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let expectedLines = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
        let line =
            zip(servedLines, expectedLines).enumerated().first { $0.element.0 != $0.element.1 }?.offset
            ?? min(servedLines.count, expectedLines.count)
        let servedLine = line < servedLines.count ? String(servedLines[line]) : "<end>"
        let expectedLine = line < expectedLines.count ? String(expectedLines[line]) : "<end>"
        Issue.record(
            "\(served.count) bytes served, \(expected.count) expected; line \(line + 1): served '\(servedLine)', expected '\(expectedLine)'",
            sourceLocation: sourceLocation)
        return false
    }
}
