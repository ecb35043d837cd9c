import Testing

@testable import SlantCore

/// Quoted words with no double quotation marks are the quoted person's, not the outlet's (dev
/// errors of the gold set and survey seed 6174): single-quoted phrases in headlines and British
/// styles, block quotations after a colon, and statements introduced as "the following".
/// Each case is run for both parties.
@Suite struct UnmarkedQuotationTests {
    /// Loaded-language findings in editorial voice, by matched text.
    func editorialLoaded(_ text: String) -> [String] {
        TestLexicons.audit(text).findings.filter { $0.voice == .editorial && LoadedLanguageTally.isLoaded($0) }.map(\.span.text)
    }

    @Test(arguments: [("Israeli", "Jenin"), ("Palestinian", "Kfar Aza")])
    func singleQuotedPhraseInAHeadlineIsQuoted(attackers: String, place: String) {
        let body = "\n\nFamilies buried seven people on Tuesday after the \(attackers) raid."
        #expect(editorialLoaded("Families mourn ‘massacre’ in \(place)" + body).isEmpty)
        #expect(editorialLoaded("Families mourn 'massacre' in \(place)" + body).isEmpty)
        #expect(editorialLoaded("Families mourn massacre in \(place)" + body) == ["massacre"])
    }

    /// An apostrophe inside a word opens nothing: the term after it stays the outlet's.
    @Test(arguments: ["Israel's", "Hamas’s"])
    func apostrophesAreNotQuotationMarks(owner: String) {
        #expect(
            editorialLoaded("The town lived through \(owner) brutal siege for months, and nobody's house was spared.") == [
                "brutal"
            ])
    }

    @Test(arguments: ["Netanyahu", "Abbas"])
    func firstPersonParagraphAfterAReportedColonIsABlockQuotation(leader: String) {
        let block = """
            \(leader) spoke at the rally on Sunday. He said the deal had been a mistake from the start:

            We will never accept this disastrous deal, and our people will not forget it.

            The rally ended peacefully in the evening.
            """
        #expect(editorialLoaded(block).isEmpty)
        // The outlet's own paragraph after a colon is still its voice.
        let narration = """
            \(leader) spoke at the rally on Sunday. He said the deal had been a mistake from the start:

            The disastrous deal was signed in 2015, and its terms were never published.
            """
        #expect(editorialLoaded(narration) == ["disastrous"])
    }

    @Test(arguments: [
        ("Zionist Organization of America (ZOA) President Morton Klein", "the Palestinian Authority"),
        ("Palestinian National Council member Hanan Ashrawi", "the Israeli government"),
    ])
    func aStatementIntroducedAsTheFollowingIsTheSources(speaker: String, target: String) {
        let statement = """
            \(speaker) released the following statement:

            It is painful to see \(target) engaging in “character assassination” of our envoy.

            This disastrous policy must end, and the vile campaign with it.
            """
        #expect(editorialLoaded(statement).isEmpty)
    }

    /// A statement in quotation marks after "the following statement:" is that quotation alone:
    /// the article's next paragraphs are its own voice again.
    @Test(arguments: [("The Israeli army", "Hamas"), ("The Hamas government", "Israel")])
    func aQuotedFollowingStatementEndsWithItsQuotation(speaker: String, target: String) {
        let text = """
            \(speaker) shared the following statement:

            \u{201C}We will answer every attack.\u{201D}

            The statement came after a brutal week in which \(target) lost 40 fighters.
            """
        #expect(editorialLoaded(text) == ["brutal"])
    }
}
