import PCRE2
import Testing

@testable import SlantCore

/// The side packs (issue 15): one pack's parties at a time, each pack's two parties mirrored
/// actor for actor, and each article audited with the pack whose parties it names most.
@Suite struct SidePackTests {
    static let lexicon = TestLexicons.defaults.lexicon

    /// A pack's two parties, in pack order.
    static func parties(_ pack: String) -> [Side] {
        lexicon.packs.first { $0.name == pack }?.sides.filter { !$0.isThirdParty } ?? []
    }

    static func compiled(_ pack: String) -> CompiledLexicon {
        CompiledLexicon.compile(lexicon.withSides(pack)!).compiled
    }

    static let newPacks = ["us-politics", "russia-ukraine"]

    @Test func theDefaultLexiconShipsThreeSidePacksAndUsesOneAtATime() {
        #expect(Self.lexicon.sidePackNames == ["israel-palestine", "russia-ukraine", "us-politics"])
        #expect(Self.lexicon.activeSidePack == "israel-palestine")
        #expect(Set(TestLexicons.defaults.sides.map(\.id)) == ["israel", "palestinian", "third-party"])
        #expect(!TestLexicons.defaults.packVersions.contains { $0.name == "us-politics" })
        #expect(Self.lexicon.withSides("no-such-pack") == nil)
    }

    /// The symmetry rule: every actor of one party has a counterpart of the same kind, with as
    /// many patterns, in the other.
    @Test(arguments: newPacks)
    func partiesAreMirroredActorForActor(pack: String) throws {
        let parties = Self.parties(pack)
        try #require(parties.count == 2)
        let shapes = parties.map { side in side.actors.map { "\($0.kind.rawValue):\($0.patterns.count)" } }
        #expect(shapes[0] == shapes[1], "\(parties[0].id) \(shapes[0]) vs \(parties[1].id) \(shapes[1])")
        #expect(parties.map { $0.places.count > 0 }.allSatisfy { $0 == (parties[0].places.count > 0) })
        #expect(Self.lexicon.packs.first { $0.name == pack }?.sides.contains { $0.isThirdParty } == true)
    }

    struct Mirror: CustomStringConvertible, Sendable {
        let pack: String
        let side: String
        let adjective: String
        let leader: String
        let slur: String
        var description: String { side }
    }

    static let mirrors = [
        Mirror(pack: "us-politics", side: "democrats", adjective: "Democratic", leader: "Pelosi", slur: ""),
        Mirror(pack: "us-politics", side: "republicans", adjective: "Republican", leader: "McConnell", slur: ""),
        Mirror(pack: "russia-ukraine", side: "russia", adjective: "Russian", leader: "Putin", slur: "Banderites"),
        Mirror(pack: "russia-ukraine", side: "ukraine", adjective: "Ukrainian", leader: "Zelensky", slur: "orcs"),
    ]

    /// The same sentences for each party give that party the speaker, and a slur for the other
    /// party is a pejorative label in both directions.
    @Test(arguments: mirrors)
    func mirroredSentencesGiveMirroredSides(mirror: Mirror) {
        let lexicon = Self.compiled(mirror.pack)
        let audit = TestLexicons.audit(
            "\(mirror.adjective) officials said the vote would go ahead. \(mirror.leader) told reporters the talks were over.",
            lexicon: lexicon)
        #expect(audit.attributions.map(\.sideID) == [mirror.side, mirror.side])
        guard !mirror.slur.isEmpty else { return }
        let label = TestLexicons.audit("The \(mirror.slur) shelled the village, the report said.", lexicon: lexicon).findings
            .first { $0.category == .label }
        #expect(label?.polarity == .pejorative)
    }

    @Test(arguments: [
        ("Senate Republicans blocked the bill. Democrats said McConnell and Pelosi would meet again.", "us-politics"),
        (
            "Russian forces shelled Kharkiv. Zelensky said Ukrainian troops held the line; the Kremlin denied it.",
            "russia-ukraine"
        ),
        ("Israeli strikes hit Gaza. Hamas said the Israeli military had hit a school.", "israel-palestine"),
        ("The weather was fine on Tuesday and the Republicans held a picnic.", "israel-palestine"),
    ])
    func eachArticleGetsThePackWhosePartiesItNamesMost(text: String, pack: String) throws {
        let chooser = SidePackChooser(lexicon: Self.lexicon)
        let source = try InputDecoder.decode(Array(text.utf8), name: "a.txt")
        let choice = chooser.choose(source.utf8)
        #expect(choice.pack == pack, "\(choice.reason)")
        let audit = SidePackAuditor(lexicon: Self.lexicon, compiled: TestLexicons.defaults, chosen: nil).audit(source)
        #expect(audit.sidePack == choice)
        #expect(audit.lexicons.contains { $0.name == pack })
    }

    @Test func aGivenPackIsUsedForEveryArticleAndSaysSo() throws {
        let source = try InputDecoder.decode(Array("Israeli strikes hit Gaza, Hamas said.".utf8), name: "a.txt")
        let auditor = SidePackAuditor(lexicon: Self.lexicon, compiled: Self.compiled("us-politics"), chosen: "us-politics")
        let audit = auditor.audit(source)
        #expect(audit.sidePack == SidePackChoice(pack: "us-politics", reason: "given with --sides"))
        #expect(Set(audit.sides.map(\.id)) == ["democrats", "republicans", "us-third-party"])
    }
}
