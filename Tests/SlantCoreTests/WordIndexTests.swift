import Foundation
import Testing

@testable import SlantCore

/// The word index must answer exactly what a walk over the range answers, for any range: those
/// that start or end inside a word included.
@Suite struct WordIndexTests {
    static func check(_ text: String, step: Int) {
        let bytes = Array(text.utf8)
        let index = WordIndex(bytes)
        let boundaries = (0...bytes.count).filter { $0 == bytes.count || bytes[$0] & 0xC0 != 0x80 }
        for (position, lower) in boundaries.enumerated() where position % step == 0 {
            for upper in boundaries[position...] where (upper - lower) % 3 == 0 || upper - lower < 8 {
                let range = lower..<upper
                let walked = ByteScanning.words(in: range, of: bytes)
                #expect(index.words(in: range) == walked, "\(range)")
                #expect(index.wordCount(in: range) == walked.count)
                #expect(index.words(in: range, limit: 2) == Array(walked.prefix(2)))
                #expect(Array(index.lastWords(5, in: range)) == Array(walked.suffix(5)))
            }
        }
    }

    @Test func nearestWordsAreFoundByBinarySearch() {
        let bytes = Array("“Gaza’s” toll -- rose; a-b x- -y 日本 end".utf8)
        let index = WordIndex(bytes)
        for offset in 0...bytes.count {
            #expect(index.lastWord(startingBefore: offset) == index.all.last { $0.lowerBound < offset })
            #expect(index.firstWord(endingAfter: offset) == index.all.first { $0.upperBound > offset })
        }
    }

    @Test func answersLikeTheWalkOnHyphensApostrophesAndUnicode() {
        Self.check(
            "Hamas-run ministry: 1,200 dead — “Gaza’s” toll -- rose; élan a-b--c 'quoted' x- -y Khan Younis's camp, naïve  test. 日本 ſ-K",
            step: 1)
    }

    @Test func answersLikeTheWalkOnTheSampleArticle() throws {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Examples/cairo-talks.txt")
        let text = try String(contentsOfFile: url.standardized.path, encoding: .utf8)
        Self.check(String(text.prefix(1200)), step: 7)
    }
}
