/// Finds, after the run (or the merge), the articles that are near duplicates of an earlier
/// article from another outlet: the same story run by two outlets, an agency's copy without a
/// credit. Such an article counts as wire copy of the outlet that ran it.
///
/// Candidates come from locality-sensitive hashing: each signature is cut into 32 bands of 4
/// bytes, and articles sharing a band are compared (`NearDuplicateSignature.similarity`); a pair
/// of texts with similarity 0.5 shares a band with probability 0.88, one of 0.7 with 0.9998.
/// Of a pair at or above `threshold`, the later article is the copy: by publication day, undated
/// after dated, then an article with an agency's credit (`WireCopy`) before one without (the
/// credited text is nearer the agency's), then by article key and outlet name: an order no input
/// order, thread count or split of the corpus changes. An article whose earliest near duplicate is another outlet's is
/// a copy of it; one whose earliest near duplicate is its own outlet's (a story run again) is
/// not, and articles of one outlet are never each other's copies.
///
/// Memory beside the statistics: 32 bytes an article for the order, and one band of every
/// article at a time (8 bytes an article).
public enum NearDuplicateFinder {
    /// Estimated Jaccard similarity of the word 5-gram shingles at which two texts are one story.
    public static let threshold = 0.5
    static let rowsPerBand = 4
    static let bands = NearDuplicateSignature.count / rowsPerBand

    public static let methodText =
        "an article is a near duplicate when the estimated Jaccard similarity of its word 5-gram shingles with an earlier article of another outlet is at least 0.5 (MinHash, 128 one-byte hashes, fixed seed; candidates by LSH, 32 bands of 4); earlier: by date, undated last, then credited (an agency's dateline or credit) before uncredited, then by article key"

    /// The near duplicates in `NearDuplicate` order, and the statistics with each one's wire-copy
    /// count set to 1.
    public static func apply(_ statistics: CorpusStatistics) -> (CorpusStatistics, [NearDuplicate]) {
        let names = statistics.outlets.keys.sorted()
        let outlets = names.map { statistics.outlets[$0]! }
        // 32 bytes an article: the signature stays in its outlet's statistics and is read there.
        struct Article {
            let outlet: Int32
            let index: Int32
            let day: Int32
            /// 0 with an agency's credit, 1 without: credited copies come first on their day.
            let uncredited: Int32
            let key: ArticleKey
        }
        func signature(_ article: Article) -> ArraySlice<UInt8> {
            let start = Int(article.index) * NearDuplicateSignature.count
            return outlets[Int(article.outlet)].signatures[start..<start + NearDuplicateSignature.count]
        }
        var articles: [Article] = []
        let wire = statistics.layout.index(of: FigureLayout.wireCopy)
        for (outletIndex, outlet) in outlets.enumerated() where !outlet.ids.isEmpty {
            for index in 0..<outlet.articleCount {
                guard outlet.hasSignature(index) else { continue }
                let credited = wire.map { outlet.values(of: index)[$0] > 0 } ?? false
                articles.append(
                    Article(
                        outlet: Int32(outletIndex), index: Int32(index), day: outlet.days[index],
                        uncredited: credited ? 0 : 1, key: outlet.keys[index]))
            }
        }
        // Position in this order is precedence: a lower position came first.
        articles.sort {
            ($0.day, $0.uncredited, $0.key, $0.outlet, $0.index) < ($1.day, $1.uncredited, $1.key, $1.outlet, $1.index)
        }
        // The position of each article's earliest near duplicate, -1 for none.
        var original = [Int32](repeating: -1, count: articles.count)
        var bandValues: [(value: UInt32, position: Int32)] = []
        bandValues.reserveCapacity(articles.count)
        for band in 0..<bands {
            bandValues.removeAll(keepingCapacity: true)
            for (position, article) in articles.enumerated() {
                bandValues.append((NearDuplicateSignature.band(band, of: signature(article)), Int32(position)))
            }
            bandValues.sort { ($0.value, $0.position) < ($1.value, $1.position) }
            var runStart = 0
            while runStart < bandValues.count {
                var runEnd = runStart + 1
                while runEnd < bandValues.count && bandValues[runEnd].value == bandValues[runStart].value { runEnd += 1 }
                for later in runStart + 1..<runEnd {
                    let copy = Int(bandValues[later].position)
                    for earlier in runStart..<later {
                        let candidate = bandValues[earlier].position
                        if original[copy] >= 0 && original[copy] <= candidate { break }
                        guard
                            NearDuplicateSignature.similarity(signature(articles[Int(candidate)]), signature(articles[copy]))
                                >= threshold
                        else { continue }
                        original[copy] = candidate
                        break
                    }
                }
                runStart = runEnd
            }
        }
        var found: [NearDuplicate] = []
        var marked: [Int: Set<Int>] = [:]
        for (position, originalPosition) in original.enumerated() where originalPosition >= 0 {
            let copy = articles[position]
            let source = articles[Int(originalPosition)]
            guard source.outlet != copy.outlet else { continue }
            let (copyOutlet, sourceOutlet) = (Int(copy.outlet), Int(source.outlet))
            marked[copyOutlet, default: []].insert(Int(copy.index))
            let similarity = NearDuplicateSignature.similarity(signature(copy), signature(source))
            found.append(
                NearDuplicate(
                    outlet: names[copyOutlet], id: outlets[copyOutlet].ids[Int(copy.index)], originalOutlet: names[sourceOutlet],
                    originalID: outlets[sourceOutlet].ids[Int(source.index)], similarity: (similarity * 1000).rounded() / 1000))
        }
        var result = statistics
        if let wire {
            for (outlet, indices) in marked { result.replace(outlets[outlet].setting(wire, inArticles: indices)) }
        }
        return (result, found.sorted())
    }
}
