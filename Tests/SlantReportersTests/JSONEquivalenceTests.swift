import Foundation
import SlantCore
import SlantDefaultLexicons
import TestSupport
import Testing

@testable import SlantReporters

/// The JSON report written by `SortedJSONEncoder` must equal Foundation's rendering, byte for
/// byte, on real articles (the first 200 of Data/abp/sample-500.jsonl.gz).
@Suite struct JSONEquivalenceTests {
    static let articles = RealArticles.first(200)

    @Test func sameReportAsFoundationOnTwoHundredRealArticles() throws {
        #expect(Self.articles.count == 200, "needs Data/abp/sample-500.jsonl.gz")
        let reporter = JSONAuditReporter()
        for (number, article) in Self.articles.enumerated() {
            let audit = GoldenFileTests.auditor.audit(try InputDecoder.decode(Array(article.utf8), name: "article-\(number).txt"))
            #expect(reporter.render(audit) == JSONAuditReporter.foundationRender(audit), "article \(number)")
        }
    }
}
