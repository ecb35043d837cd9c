import Foundation
import PCRE2
import TestSupport
import Testing

@testable import SlantCore

/// `slant compare` decides an article is off topic from the audit's first half
/// (`AuditReading`) and stops there: what it reads must be what the whole audit says, and the
/// audit finished from a reading must be the audit made in one go.
@Suite struct AuditReadingTests {
    static let auditor = Auditor(compiled: TestLexicons.defaults, dropsRepeatedLines: true)

    @Test func theReadingTellsWhatTheWholeAuditSaysOnRealArticles() throws {
        let articles = RealArticles.first(60)
        #expect(articles.count == 60, "needs Data/abp/sample-500.jsonl.gz")
        let scratch = MatchScratch()
        var onTopic = 0
        for (number, article) in articles.enumerated() {
            let source = try InputDecoder.decode(Array(article.utf8), name: "article-\(number)")
            let whole = Self.auditor.audit(source, scratch: scratch)
            let reading = Self.auditor.read(source, scratch: scratch)
            #expect(reading.relevance == whole.relevance, "article \(number)")
            #expect(reading.sentences == whole.input.sentences, "article \(number)")
            #expect(reading.topicSentences == whole.topicSentences, "article \(number)")
            #expect(reading.title == whole.input.title, "article \(number)")
            #expect(reading.sha256 == whole.input.sha256, "article \(number)")
            let finished = Self.auditor.audit(reading, scratch: scratch)
            #expect(try Self.json(finished) == Self.json(whole), "article \(number): the finished audit differs")
            #expect(finished.topicSentences == whole.topicSentences, "article \(number)")
            if whole.topicSentences > 0 { onTopic += 1 }
        }
        // Both kinds are among them, or the test would not test the split.
        #expect(onTopic > 0 && onTopic < articles.count)
    }

    static func json(_ audit: ArticleAudit) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return try encoder.encode(audit)
    }
}
