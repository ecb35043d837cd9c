import PCRE2
import TestSupport
import Testing

@testable import SlantCore

/// `ActorFinder` leaves out mentions in dropped lines inside its overlap loop; the reference
/// resolves the overlaps among all candidates first and filters afterwards.
@Suite struct ActorFinderTests {
    /// All mentions, dropped lines included.
    static func reference(
        in document: Document, actors: [CompiledLexicon.CompiledActor], patterns: [[Int]], scan: PatternScan
    ) -> [ActorMention] {
        var candidates: [(range: Range<Int>, actor: Int)] = []
        for (actor, indices) in patterns.enumerated() where actor < actors.count {
            for index in indices { candidates += scan.matches[index].map { ($0, actor) } }
        }
        candidates.sort { ($0.range.lowerBound, -$0.range.upperBound) < ($1.range.lowerBound, -$1.range.upperBound) }
        var mentions: [ActorMention] = []
        for candidate in candidates {
            if let last = mentions.last, candidate.range.lowerBound < last.end { continue }
            let actor = actors[candidate.actor]
            mentions.append(
                ActorMention(
                    start: candidate.range.lowerBound, end: candidate.range.upperBound, sideID: actor.side.id,
                    actorName: actor.actor.name, kind: actor.actor.kind))
        }
        return mentions
    }

    @Test func mentionsMatchTheFilterAfterwardsReference() throws {
        let lexicon = TestLexicons.defaults
        let scanner = PrefilteredPatternScanner(patterns: lexicon.patterns.all)
        let articles = RealArticles.first(150)
        #expect(articles.count == 150)
        // Debris lines naming actors, next to kept lines that name them too.
        let debris =
            "Israeli forces said Hamas fired rockets.\n\nFollow the IDF on Twitter: @IDF\nShare on Facebook\n\nHamas officials and the Israeli military spoke.\nRelated: Israeli army kills Hamas commander\n"
        for text in articles + [debris] {
            let source = try InputDecoder.decode(Array(text.utf8), name: "test.txt")
            let document = Segmenter(debris: lexicon.debris).segment(source, scratch: MatchScratch())
            let scan = scanner.scan(source.utf8, scratch: MatchScratch())
            for (actors, patterns) in [
                (lexicon.actors, lexicon.patterns.actorPatterns), (lexicon.places, lexicon.patterns.placePatterns),
            ] {
                let all = Self.reference(in: document, actors: actors, patterns: patterns, scan: scan)
                #expect(
                    ActorFinder.find(in: document, actors: actors, patterns: patterns, scan: scan)
                        == all.filter { document.isKept($0.start) })
                if text == debris, actors.count == lexicon.actors.count {
                    // The case the test is for: mentions in dropped lines.
                    #expect(all.contains { !document.isKept($0.start) })
                }
            }
        }
    }
}
