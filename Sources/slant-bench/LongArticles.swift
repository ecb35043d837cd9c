import Foundation

// The long-article rows of `make bench`: one article made of the corpus's paragraphs joined,
// and the same paragraphs as a two-speaker transcript. Every per-article path of the audit must
// be linear in the article's length; a quadratic one hides in the corpus's rows (its articles
// are short) and shows here as a time per megabyte far above the corpus's.

/// Two synthetic long articles built from real paragraphs, deterministically.
struct LongArticles {
    /// The corpus's paragraphs in order, one blank line between them, up to `targetBytes`.
    let joined: [UInt8]
    /// The same paragraphs, each opened by one of two speakers' transcript labels in turn.
    let transcript: [UInt8]

    static let labels = ["MARGARET BRENNAN: ", "SEN. LINDSEY GRAHAM: "]

    init(from corpus: [[UInt8]], targetBytes: Int) {
        var joined: [UInt8] = []
        var transcript: [UInt8] = []
        var turn = 0
        paragraphs: for text in corpus {
            for paragraph in text.split(separator: UInt8(ascii: "\n")) where paragraph.count > 40 {
                if joined.count + paragraph.count > targetBytes { break paragraphs }
                if !joined.isEmpty {
                    joined += [UInt8(ascii: "\n"), UInt8(ascii: "\n")]
                    transcript += [UInt8(ascii: "\n"), UInt8(ascii: "\n")]
                }
                joined += paragraph
                transcript += Array(Self.labels[turn % Self.labels.count].utf8) + paragraph
                turn += 1
            }
        }
        self.joined = joined
        self.transcript = transcript
    }
}

/// The seconds one full audit of `text` takes, as `audit` times it (median of `runs`).
func longArticleSeconds(_ text: [UInt8], runs: Int, audit: ([UInt8]) -> Void) -> Double {
    median(
        (0..<runs).map { _ in
            let start = monotonicSeconds()
            audit(text)
            return monotonicSeconds() - start
        })
}
