import Foundation
import TestSupport
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

    /// The block table narrows every search; on long texts the searches must still find what a
    /// look through all the words finds, at every offset.
    @Test func nearestWordsAreFoundInLongTexts() {
        let articles = RealArticles.first(20)
        #expect(articles.count == 20)
        for text in articles + [String(repeating: "x", count: 300) + " a " + String(repeating: "y-", count: 100) + "z"] {
            let bytes = Array(text.utf8)
            let index = WordIndex(bytes)
            var lastBefore = 0
            var firstAfter = 0
            for offset in 0...bytes.count {
                while lastBefore < index.all.count && index.all[lastBefore].lowerBound < offset { lastBefore += 1 }
                while firstAfter < index.all.count && index.all[firstAfter].upperBound <= offset { firstAfter += 1 }
                #expect(index.lastWord(startingBefore: offset) == (lastBefore > 0 ? index.all[lastBefore - 1] : nil))
                #expect(index.firstWord(endingAfter: offset) == (firstAfter < index.all.count ? index.all[firstAfter] : nil))
            }
            let isBoundary = { (offset: Int) in offset == bytes.count || bytes[offset] & 0xC0 != 0x80 }
            for start in stride(from: 0, to: bytes.count, by: 37) where isBoundary(start) {
                for end in stride(from: start, through: min(bytes.count, start + 700), by: 29) where isBoundary(end) {
                    let walked = ByteScanning.words(in: start..<end, of: bytes)
                    #expect(index.words(in: start..<end) == walked)
                }
            }
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

    /// The 64-byte block scan against the walk it replaces, on texts long enough to span blocks,
    /// with joiners and multi-byte scalars at every place of a block (its two ends included).
    @Test func blockScanFindsTheWalksWords() {
        let pieces = [
            "a", "Zq", "9", " ", "-", "'", ",", "é", "’", "“", "日", "😀", "½", "Hamas", "x-y", "\n", "ſ", "—", "\u{00A0}",
        ]
        var generator = SystemRandomNumberGenerator()
        var samples = ["", "a", "-", "’", String(repeating: "a", count: 64), String(repeating: "a-", count: 40) + "’b"]
        for _ in 0..<600 {
            samples.append(
                (0..<Int.random(in: 1...120, using: &generator)).map { _ in pieces.randomElement(using: &generator)! }.joined())
        }
        // Each piece at each offset of a block's end.
        for piece in pieces {
            for offset in 56...66 {
                samples.append(String(repeating: "w", count: offset) + piece + "b" + piece + String(repeating: "v", count: 70))
                samples.append(String(repeating: "w", count: offset) + "-" + piece + "'" + piece)
            }
        }
        for sample in samples {
            let bytes = Array(sample.utf8)
            #expect(WordIndex.allWords(of: bytes) == ByteScanning.words(in: 0..<bytes.count, of: bytes), "\(sample)")
        }
    }

    @Test func blockScanFindsTheWalksWordsInRealArticles() {
        let articles = RealArticles.first(300)
        #expect(articles.count == 300)
        for article in articles {
            let bytes = Array(article.utf8)
            #expect(WordIndex.allWords(of: bytes) == ByteScanning.words(in: 0..<bytes.count, of: bytes))
        }
    }

    /// The lane tests the block scan is built from, against the bytes one by one.
    @Test func laneEqualityAndGatheringAreExact() {
        var generator = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x00, 0x27, 0x2D, 0x2C, 0x2E, 0x7F, 0x80, 0xA7, 0xAD, 0xC3, 0xE2, 0xFF]
        for round in 0..<20_000 {
            let lanes = (0..<8).map { _ in
                round % 2 == 0 ? interesting.randomElement(using: &generator)! : UInt8.random(in: 0...255, using: &generator)
            }
            let word = lanes.enumerated().reduce(UInt64(0)) { $0 | UInt64($1.element) << UInt64($1.offset * 8) }
            for byte in [UInt8(ascii: "-"), UInt8(ascii: "'")] {
                let expected = lanes.enumerated().reduce(UInt64(0)) { $0 | ($1.element == byte ? 1 << UInt64($1.offset) : 0) }
                #expect(ByteLanes.bitPerLane(ByteLanes.lanes(equalTo: byte, in: word)) == expected)
            }
            let high = lanes.enumerated().reduce(UInt64(0)) { $0 | ($1.element >= 0x80 ? 1 << UInt64($1.offset) : 0) }
            #expect(ByteLanes.bitPerLane(word) == high)
        }
    }
}
