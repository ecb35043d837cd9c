import Foundation
import Testing

@testable import SlantBatch

/// Outlet file names never collide: 64 bits of SHA-256 in each, and a table that notices and
/// resolves a collision all the same.
@Suite struct OutletSlugTests {
    /// These two had the same 32-bit FNV-1a hash (0xfe7fe3da) and so the same file before.
    static let collidingBefore = ("Daily&Planet'News/Online&.", "Daily?Planet*News;Online .")

    @Test func namesDifferingOnlyInPunctuationGetDifferentSlugs() {
        let (first, second) = Self.collidingBefore
        #expect(OutletSlug.make(first) != OutletSlug.make(second))
        #expect(OutletSlug.make(first).hasPrefix("daily-planet-news-online-"))
        #expect(OutletSlug.make("CNN") != OutletSlug.make("cnn"))
    }

    @Test func aSlugIsSafeAndDependsOnTheNameAlone() {
        let slug = OutletSlug.make("Le Monde (édition « diplo »)/../x")
        #expect(slug == OutletSlug.make("Le Monde (édition « diplo »)/../x"))
        #expect(slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") })
        #expect(slug.split(separator: "-").last?.count == 16)
        #expect(OutletSlug.make("???").hasPrefix("outlet-"))
    }

    @Test func theTableGivesEveryCollidingNameTheLongFormWhateverTheOrder() {
        // A stand-in for a collision of 64 bits: slugs made from the first letter only.
        let names = ["Alpha", "Beta", "Anvil", "Apex"]
        var table = OutletSlugTable(shortSlug: { String($0.prefix(1)) })
        #expect(table.add("Alpha").slug == "A")
        #expect(table.add("Beta").slug == "B")
        let anvil = table.add("Anvil")
        #expect(anvil.slug == OutletSlug.long("Anvil"))
        #expect(anvil.renamed?.from == "A" && anvil.renamed?.to == OutletSlug.long("Alpha"))
        let apex = table.add("Apex")
        #expect(apex.slug == OutletSlug.long("Apex") && apex.renamed == nil)
        #expect(table.add("Alpha").slug == OutletSlug.long("Alpha"))
        #expect(table.collisions == [["Alpha", "Anvil", "Apex"]])
        #expect(Set(table.slugs.values).count == names.count)
        let reversed = OutletSlugTable(names: names.reversed(), shortSlug: { String($0.prefix(1)) })
        #expect(reversed.slugs == table.slugs)
    }

    @Test func evidenceWrittenUnderAnOldSlugMovesWithIt() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("slant-slug-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = try EvidenceWriter(directory: directory.path, maximumOpen: 1)
        try writer.write(.plain(Array("one\n".utf8)), slug: "a")
        try writer.write(.plain(Array("x\n".utf8)), slug: "b")
        try writer.rename(slug: "a", to: "a-long")
        try writer.write(.plain(Array("two\n".utf8)), slug: "a-long")
        try writer.close()
        let articles = directory.appendingPathComponent("articles")
        #expect(try String(contentsOf: articles.appendingPathComponent("a-long.jsonl"), encoding: .utf8) == "one\ntwo\n")
        #expect(!FileManager.default.fileExists(atPath: articles.appendingPathComponent("a.jsonl").path))
    }
}
