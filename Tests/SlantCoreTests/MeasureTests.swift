import Foundation
import Testing

@testable import SlantCore

@Suite struct MeasureTests {
    /// Verdict figures go through the C library's `%.2f`; it must print what Foundation did,
    /// ties and large values included.
    @Test func twoDecimalFiguresMatchFoundationsFormatting() {
        var values: [Double] = [
            0, -0, 0.125, 0.375, 0.005, 0.015, 2.675, 1.005, -0.001, 1e20, 1.7976931348623157e308, 0.5, 99.995,
        ]
        var random = SystemRandomNumberGenerator()
        for _ in 0..<2000 { values.append(Double(Int.random(in: 0..<200_000, using: &random)) / 1000) }
        for value in values {
            #expect(formatDecimal(value) == String(format: "%.2f", value), "\(value)")
        }
    }

    @Test func balanceIndicesFollowTheirFormulas() throws {
        let balance = BalanceIndices.compute(words: [("a", 30), ("b", 18)])
        #expect(balance.minMaxRatio == 0.6)
        let entropy = try #require(balance.normalizedEntropy)
        #expect(abs(entropy - 0.954434) < 1e-6)
        #expect(BalanceIndices.compute(words: [("a", 10), ("b", 10)]).normalizedEntropy == 1)
        #expect(BalanceIndices.compute(words: [("a", 10), ("b", 0)]).minMaxRatio == 0)
        #expect(BalanceIndices.compute(words: [("a", 0), ("b", 0)]).minMaxRatio == nil)
    }

    @Test func verdictLevelCountsCrossedChecks() {
        #expect(Verdict.level(triggered: 0) == .balanced)
        #expect(Verdict.level(triggered: 1) == .concerns)
        #expect(Verdict.level(triggered: 3) == .marked)
    }

    @Test func oneSidedArticleCrossesTheVoiceCheck() {
        let audit = TestLexicons.audit(
            "Israeli officials said the strikes hit only military targets. The Israeli military said it warned residents.")
        let check = audit.verdict.checks.first { $0.id == "voice-balance" }
        #expect(check?.triggered == true)
        #expect(audit.measures.balance.minMaxRatio == 0)
    }

    @Test func editorialLabelAsymmetryIsFlagged() {
        let audit = TestLexicons.audit("Hamas terrorists fired rockets. Israeli forces responded with strikes.")
        #expect(audit.measures.labels.asymmetric)
        let neutral = TestLexicons.audit("Hamas fighters fired rockets. Israeli forces responded with strikes.")
        #expect(!neutral.measures.labels.asymmetric)
    }

    /// "Militants" is the AP's standard reference for Hamas: a contested label is shown beside the
    /// other side's labels but is not a one-sided pejorative label.
    @Test func contestedLabelIsShownButNotCountedAsAsymmetric() {
        let audit = TestLexicons.audit("Hamas militants fired rockets. Israeli forces responded with strikes.")
        #expect(!audit.measures.labels.asymmetric)
        let uses = audit.measures.labels.bySide.first { $0.sideID == "palestinian" }?.labels ?? []
        #expect(uses.map(\.text) == ["militants"])
        #expect(uses.map(\.polarity) == [.contested])
    }

    /// Nor is it loaded language: the editorial-loaded-language check and density leave it out
    /// (the annotation guidelines call "militants" plain), while a pejorative label counts.
    @Test func contestedLabelIsNotCountedAsLoadedLanguage() {
        let contested = TestLexicons.audit("The militant group fired rockets. Militants crossed the fence at dawn.")
        #expect(contested.findings.contains { $0.polarity == .contested })
        #expect(contested.measures.loadedLanguage.editorialPerThousandWords == 0)
        #expect(contested.verdict.checks.first { $0.id == "editorial-loaded-language" }?.triggered == false)
        let pejorative = TestLexicons.audit("The terrorist group fired rockets. Terrorists crossed the fence at dawn.")
        #expect(pejorative.measures.loadedLanguage.editorialPerThousandWords > 0)
    }

    @Test func sameTermCountsByVoice() {
        let audit = TestLexicons.audit("Hamas said the massacre must end. The massacre continued on Tuesday.")
        let massacres = audit.findings.filter { $0.span.text.lowercased() == "massacre" }
        #expect(massacres.map(\.voice) == [.attributed, .editorial])
        #expect(massacres.map(\.severity).first == .info)
    }

    @Test func largeArticleIsAuditedInLinearTime() {
        let paragraph =
            "Israeli strikes hit Gaza, the Gaza health ministry said. Hamas militants fired rockets, the Israeli military said.\n\n"
        // About 0.9 MB: a quadratic step would take hours on it (2.3 MB cost CI seconds for nothing more).
        let paragraphs = 8_000
        let article = String(repeating: paragraph, count: paragraphs)
        let audit = TestLexicons.audit(article)
        #expect(audit.input.paragraphs == paragraphs)
        #expect(audit.attributions.count == 2 * paragraphs)
    }
}

@Suite struct LabelSideTests {
    @Test func aLabelIsNotGivenToTheNearestActorOfTheOtherSide() {
        let audit = TestLexicons.audit("Israeli troops killed three militants near the border.")
        let militants = audit.findings.first { $0.span.text == "militants" }
        #expect(militants?.describedSideID == nil)
        #expect(!audit.measures.labels.asymmetric)
    }

    /// A possessive ties a label to the actor before it as closely as adjacency does ("Israel's
    /// extremists"), with a straight or curly apostrophe, with or without "s"; the same for
    /// either party, so the label check sees the one-sided label.
    @Test(arguments: [
        ("Israel's extremists attacked the village. Palestinian officials met in Ramallah.", "israel"),
        ("Hamas's extremists attacked the village. Israeli officials met in Jerusalem.", "palestinian"),
        ("Israel’s extremists attacked the village. Palestinian officials met in Ramallah.", "israel"),
        ("Hamas’ extremists attacked the village. Israeli officials met in Jerusalem.", "palestinian"),
        ("Members of Israel's hard-right government were overjoyed. Palestinian officials met in Ramallah.", "israel"),
    ])
    func aPossessiveTiesALabelToItsActor(text: String, side: String) {
        let audit = Self.auditWithOneSidedLabel(text, describing: side)
        #expect(audit.verdict.checks.first { $0.id == "label-asymmetry" }?.triggered == true)
    }

    /// Audits `text` and expects its pejorative label to describe `side` and the label measure
    /// to call the article asymmetric.
    static func auditWithOneSidedLabel(_ text: String, describing side: String) -> ArticleAudit {
        let audit = TestLexicons.audit(text)
        let label = audit.findings.first { $0.category == .label && $0.polarity == .pejorative }
        #expect(label?.describedSideID == side)
        #expect(audit.measures.labels.asymmetric)
        return audit
    }

    /// "The Islamist terror group" refers back to the last group named, as "the terror group"
    /// does; mirrored with the Israeli army ("the hated occupation forces").
    @Test(arguments: [
        ("Hamas fired rockets at Sderot. The Islamist terror group then called a truce. Israel agreed.", "palestinian"),
        ("The Israeli army raided Jenin. The hated occupation forces then withdrew. Hamas agreed.", "israel"),
    ])
    func aModifiedAnaphoricLabelRefersBackToTheLastGroup(text: String, side: String) {
        _ = Self.auditWithOneSidedLabel(text, describing: side)
    }
}
