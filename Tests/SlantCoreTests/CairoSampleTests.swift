import Foundation
import Testing

@testable import SlantCore

/// The acceptance criteria of the single-article audit, on the article slant was specified from.
@Suite struct CairoSampleTests {
    static let audit: ArticleAudit = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent(
            "../../Examples/cairo-talks.txt")
        let source = try! InputDecoder.read(path: url.standardized.path)
        return Auditor(compiled: TestLexicons.defaults).audit(source)
    }()

    func finding(_ text: String) -> Finding? {
        Self.audit.findings.first {
            $0.span.text.lowercased() == text.lowercased()
                || $0.context.contains(text) && $0.span.text.lowercased().hasSuffix(text.lowercased())
        }
    }

    @Test func israeliAggressionIsHamasLanguage() throws {
        let aggression = try #require(Self.audit.findings.first { $0.span.text.contains("aggression") })
        #expect(aggression.span.text == "Israeli aggression")
        #expect(aggression.voice == .attributed)
        #expect(aggression.speakerSideID == "palestinian")
        #expect(aggression.describedSideID == "israel")
    }

    @Test func resistanceIsHamasLanguage() throws {
        let resistance = try #require(Self.audit.findings.first { $0.span.text.lowercased() == "resistance" })
        #expect(resistance.category == .loadedTerm)
        #expect(resistance.voice == .attributed)
        #expect(resistance.speakerSideID == "palestinian")
    }

    @Test func hamasMilitantsSitsInIsraelsJustification() throws {
        let label = try #require(Self.audit.findings.first { $0.category == .label && $0.context.contains("Hamas militants") })
        #expect(label.phrase == "Hamas militants")
        #expect(label.voice == .attributed)
        #expect(label.speakerSideID == "israel")
        #expect(label.describedSideID == "palestinian")
    }

    @Test func theMilitantGroupIsTheOutletsLabel() throws {
        let label = try #require(
            Self.audit.findings.first { $0.category == .label && $0.span.text.lowercased().contains("militant group") })
        #expect(label.voice == .editorial)
        #expect(label.describedSideID == "palestinian")
        // The AP's standard reference for Hamas: a contested label, shown but information only.
        #expect(label.polarity == .contested)
        #expect(label.severity == .info)
    }

    @Test func defendedItsActionsIsAnIsraeliJustification() throws {
        let israel = Self.audit.attributions.filter { $0.sideID == "israel" }
        #expect(israel.count == 1)
        let cue = try #require(israel.first?.cues.first)
        #expect(cue.span.text == "defended its actions")
        #expect(cue.verbClass == .justification)
        #expect(israel.first?.cues.map(\.span.text).contains("stating") == true)
    }

    @Test func warCrimesIsAnAccusationByHamas() throws {
        let crimes = try #require(Self.audit.findings.first { $0.span.text.lowercased() == "war crimes" })
        #expect(crimes.voice == .attributed)
        #expect(crimes.speakerSideID == "palestinian")
        let accusing = Self.audit.attributions.flatMap(\.cues).first { $0.span.text == "accusing" }
        #expect(accusing?.verbClass == .forceful)
    }

    @Test func hamasSpeaksTwiceAndThirdPartiesCallForACeasefire() {
        let hamas = Self.audit.attributions.filter { $0.sideID == "palestinian" }
        #expect(hamas.count == 2)
        #expect(hamas.last?.resolution == .anaphor)
        let thirdParties = Set(TestLexicons.defaults.sides.filter(\.isThirdParty).map(\.id))
        #expect(Self.audit.attributions.contains { $0.sideID.map(thirdParties.contains) == true })
    }

    @Test func spaceForEachSideIsMeasured() throws {
        let voices = Self.audit.measures.voices
        let israel = try #require(voices.first { $0.sideID == "israel" })
        let palestinian = try #require(voices.first { $0.sideID == "palestinian" })
        #expect(israel.words > 10)
        #expect(palestinian.words > israel.words)
        #expect(abs(voices.reduce(0) { $0 + $1.share } - 1) < 1e-9)
        #expect(Self.audit.measures.balance.minMaxRatio == Double(israel.words) / Double(palestinian.words))
    }

    @Test func exitMobileVersionIsDroppedAsDebris() {
        #expect(Self.audit.droppedLines.map(\.text) == ["Exit mobile version"])
        #expect(!Self.audit.findings.contains { $0.span.location.line == Self.audit.droppedLines[0].line })
    }

    @Test func editorialisingIsFound() {
        let prescriptive = Self.audit.findings.filter { $0.category == .prescriptive }
        #expect(prescriptive.count >= 2)
        #expect(prescriptive.allSatisfy { $0.voice == .editorial })
    }

    @Test func auditIsDeterministic() {
        let again = Auditor(compiled: TestLexicons.defaults).audit(
            try! InputDecoder.decode(
                Array(Data(contentsOf: URL(fileURLWithPath: Self.audit.input.name))), name: Self.audit.input.name))
        #expect(again.findings == Self.audit.findings)
        #expect(again.attributions == Self.audit.attributions)
        #expect(again.measures == Self.audit.measures)
    }
}
