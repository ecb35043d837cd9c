import Testing

@testable import SlantBatch

/// The date reading shared by `--by-period` and the near-duplicate order.
@Suite struct DatePartsTests {
    @Test func fullDatesWithEitherSeparatorAndATime() throws {
        for text in ["2014-07-08", "2014/07/08", "2014-07-08T10:00:00Z"] {
            let parts = try #require(DateParts(text))
            #expect((parts.year, parts.month, parts.day) == (2014, 7, 8), "\(text)")
        }
    }

    @Test func yearsAndMonthsAlone() throws {
        let year = try #require(DateParts("2014"))
        #expect((year.month, year.day, year.length) == (nil, nil, 4))
        let month = try #require(DateParts("2014-07"))
        #expect((month.month, month.day, month.length) == (7, nil, 7))
    }

    @Test func outOfRangeMonthsAndDaysAreAbsent() throws {
        #expect(try #require(DateParts("2014-13-01")).month == nil)
        #expect(try #require(DateParts("2014-07-32")).day == nil)
    }

    @Test func anythingElseIsNoDate() {
        for text in [nil, "", "July 8, 2014", "0999-01-01", "2014x07", "14-07-08"] {
            #expect(DateParts(text) == nil, "\(String(describing: text))")
        }
    }

    @Test func bothReadersAgreeWithTheirDocumentedForms() {
        #expect(PublicationDay.day(of: "2014-07-08") == 20_140_708)
        #expect(PublicationDay.day(of: "2014-07") == 20_140_700)
        #expect(PublicationDay.day(of: "2014-13") == PublicationDay.undated)
        #expect(PeriodGranularity.quarter.period(ofDate: "2014-08-05") == 201_403)
        #expect(PeriodGranularity.year.period(ofDate: "2014-13") == 201_400)
        #expect(PeriodGranularity.month.period(ofDate: "2014") == PeriodGranularity.undated)
    }
}
