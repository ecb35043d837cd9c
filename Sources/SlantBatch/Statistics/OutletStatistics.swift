/// Sufficient statistics of one outlet: each audited article's counts, or, past a number of
/// articles (`Folding`), their sums in every Poisson bootstrap resample (`FoldedArticles`),
/// and the outlet's loaded-term hits.
///
/// Most of an article's counts are zero (about 9 of 34 are not, on real news), so only the
/// non-zero ones are kept, each packed in 32 bits: the field's index in the high 8 bits, the
/// count in the low 24 (a larger count takes an escape entry and a second, full entry). An
/// article costs about 60 bytes with its 16-byte key, which is what lets a corpus four times
/// larger run in nearly the same memory.
public struct OutletStatistics: Sendable, Hashable {
    public let name: String
    public let fieldCount: Int
    public private(set) var keys: [ArticleKey] = []
    /// Article i's entries are `entries[rowEnds[i - 1] ..< rowEnds[i]]` (from 0 for the first).
    private var rowEnds: [UInt32] = []
    private var entries: [UInt32] = []
    /// Articles using each loaded-term rule in editorial voice (document frequency), by rule id.
    public private(set) var terms: [String: Int] = [:]
    /// Each article's period (`PeriodGranularity`), parallel to `keys`; empty without `--by-period`.
    public private(set) var periods: [Int32] = []
    /// For each count, the articles adding most to it (named under ranked figures).
    public private(set) var leaders: LeadingArticles
    /// With `--near-duplicates` only, parallel to `keys`: each article's id, publication day
    /// (`PublicationDay`) and shingle signature (`NearDuplicateSignature.count` bytes each, all
    /// zero for a text too short to have one), which `NearDuplicateFinder` compares across outlets.
    public private(set) var ids: [String] = []
    public private(set) var days: [Int32] = []
    public private(set) var signatures: [UInt8] = []
    /// Articles added into resampled sums and no longer kept (nil while every article is kept).
    public private(set) var folded: FoldedArticles?
    /// Set by `CorpusStatistics` when the run's resampling is known and nothing needs each article.
    var folding: Folding? {
        didSet { foldIfDue() }
    }

    static let escape: UInt32 = 0xFF_FFFF

    public init(name: String, fieldCount: Int) {
        precondition(fieldCount <= 256, "a field index must fit in 8 bits")
        self.name = name
        self.fieldCount = fieldCount
        self.leaders = LeadingArticles(fieldCount: fieldCount)
    }

    /// Articles kept and folded.
    public var articleCount: Int { keys.count + (folded?.articles ?? 0) }

    mutating func add(
        key: ArticleKey, values row: [Int32], terms hits: [String: Int], period: Int32? = nil,
        nearDuplicate: NearDuplicateTraits? = nil
    ) {
        precondition(row.count == fieldCount, "an article's counts do not match the layout")
        terms.merge(hits, uniquingKeysWith: +)
        if folded != nil, let folding {
            fold(key: key, counts: Self.nonZero(row), folding: folding)
            return
        }
        keys.append(key)
        if let period { periods.append(period) }
        if let nearDuplicate {
            ids.append(nearDuplicate.id)
            days.append(nearDuplicate.day)
            signatures += nearDuplicate.signature?.bytes ?? Self.noSignature
        }
        appendEntries(row)
        foldIfDue()
    }

    mutating func addLeader(id: String, title: String?, key: ArticleKey, values row: [Int32]) {
        leaders.add(id: id, title: title, key: key, values: row)
    }

    mutating func merge(_ other: OutletStatistics) {
        precondition(other.fieldCount == fieldCount, "outlets with different layouts")
        let offset = UInt32(entries.count)
        keys += other.keys
        periods += other.periods
        ids += other.ids
        days += other.days
        signatures += other.signatures
        rowEnds += other.rowEnds.map { $0 + offset }
        entries += other.entries
        terms.merge(other.terms, uniquingKeysWith: +)
        leaders.merge(other.leaders)
        if let otherFolded = other.folded {
            if folded == nil { folded = otherFolded } else { folded!.add(otherFolded) }
        }
        foldIfDue()
    }

    /// Past the threshold, or once some articles are folded (from a merged part), the kept
    /// articles are folded too.
    private mutating func foldIfDue() {
        guard let folding, !keys.isEmpty, folded != nil || keys.count >= folding.threshold else { return }
        precondition(periods.isEmpty && ids.isEmpty, "articles with periods or signatures are kept, not folded")
        for index in keys.indices {
            var counts: [(field: Int, count: Int64)] = []
            forEachCount(of: index) { counts.append(($0, Int64($1))) }
            fold(key: keys[index], counts: counts, folding: folding)
        }
        keys = []
        rowEnds = []
        entries = []
    }

    private mutating func fold(key: ArticleKey, counts: [(field: Int, count: Int64)], folding: Folding) {
        let resamples = folding.resampling.resamples
        if folded == nil { folded = FoldedArticles(fieldCount: fieldCount, resamples: resamples) }
        precondition(folded!.own.resamples == resamples, "sums folded with another number of resamples")
        var weights = [UInt8](repeating: 0, count: resamples)
        PoissonWeights.draw(
            into: &weights, seed: PoissonWeights.seed(SplitMix64.seed(folding.resampling.seed, label: name), key: key))
        if let wire = folding.wireField, counts.contains(where: { $0.field == wire }) {
            if folded!.wire == nil { folded!.wire = ResampledSums(fieldCount: fieldCount, resamples: resamples) }
            folded!.wire!.add(counts: counts, weights: weights)
        } else {
            folded!.own.add(counts: counts, weights: weights)
        }
    }

    private static func nonZero(_ row: [Int32]) -> [(field: Int, count: Int64)] {
        row.enumerated().compactMap { field, value in
            precondition(value >= 0, "counts are never negative")
            return value == 0 ? nil : (field, Int64(value))
        }
    }

    /// Every article's resampled sums (Poisson bootstrap, weights seeded from `label`, the
    /// outlet's name for the outlet): the folded ones and the kept ones added in; wire stories
    /// (a count of `wireField`) apart.
    public func resampled(seed: UInt64, resamples: Int, label: String, wireField: Int?) -> (
        own: ResampledSums, wire: ResampledSums
    ) {
        var own = folded?.own ?? ResampledSums(fieldCount: fieldCount, resamples: resamples)
        var wire = folded?.wire ?? ResampledSums(fieldCount: fieldCount, resamples: resamples)
        precondition(own.resamples == resamples, "sums folded with another number of resamples")
        let outletSeed = SplitMix64.seed(seed, label: label)
        var weights = [UInt8](repeating: 0, count: resamples)
        var counts: [(field: Int, count: Int64)] = []
        for index in keys.indices {
            counts.removeAll(keepingCapacity: true)
            forEachCount(of: index) { counts.append(($0, Int64($1))) }
            PoissonWeights.draw(into: &weights, seed: PoissonWeights.seed(outletSeed, key: keys[index]))
            if let wireField, counts.contains(where: { $0.field == wireField }) {
                wire.add(counts: counts, weights: weights)
            } else {
                own.add(counts: counts, weights: weights)
            }
        }
        return (own, wire)
    }

    /// The outlet's one article, when it has one and kept it: its key and counts.
    public var onlyArticle: (key: ArticleKey, values: [Int64])? {
        guard keys.count == 1, folded == nil else { return nil }
        return (keys[0], values(of: 0).map(Int64.init))
    }

    /// The articles of one period, in this order, named `label` (which seeds their bootstrap).
    public func articles(inPeriod period: Int32, label: String) -> OutletStatistics {
        articles(label: label) { periods[$0] == period }
    }

    private func articles(label: String, where include: (Int) -> Bool) -> OutletStatistics {
        var subset = OutletStatistics(name: label, fieldCount: fieldCount)
        for index in keys.indices where include(index) {
            subset.keys.append(keys[index])
            if !periods.isEmpty { subset.periods.append(periods[index]) }
            if !ids.isEmpty {
                subset.ids.append(ids[index])
                subset.days.append(days[index])
                subset.signatures += signatures[signatureRange(of: index)]
            }
            subset.entries += entries[range(of: index)]
            subset.rowEnds.append(UInt32(subset.entries.count))
        }
        return subset
    }

    /// The same articles with `field` set to 1 in those at `marked` (near duplicates counted as
    /// wire copy after the run).
    public func setting(_ field: Int, inArticles marked: Set<Int>) -> OutletStatistics {
        guard !marked.isEmpty else { return self }
        var copy = self
        copy.entries = []
        copy.rowEnds = []
        for index in keys.indices {
            var row = values(of: index)
            if marked.contains(index) { row[field] = 1 }
            copy.appendEntries(row)
        }
        return copy
    }

    /// Whether article `index` has a signature (its text was long enough), without copying it.
    func hasSignature(_ index: Int) -> Bool {
        !signatures.isEmpty && signatures[signatureRange(of: index)].contains { $0 != 0 }
    }

    /// Article `index`'s signature, or nil when its text was too short to have one.
    public func signature(of index: Int) -> NearDuplicateSignature? {
        guard !signatures.isEmpty else { return nil }
        let bytes = Array(signatures[signatureRange(of: index)])
        return bytes == Self.noSignature ? nil : NearDuplicateSignature(bytes: bytes)
    }

    private static let noSignature = [UInt8](repeating: 0, count: NearDuplicateSignature.count)

    private func signatureRange(of index: Int) -> Range<Int> {
        index * NearDuplicateSignature.count..<(index + 1) * NearDuplicateSignature.count
    }

    private mutating func appendEntries(_ row: [Int32]) {
        for (field, value) in row.enumerated() where value != 0 {
            precondition(value > 0, "counts are never negative")
            let count = UInt32(value)
            if count < Self.escape {
                entries.append(UInt32(field) << 24 | count)
            } else {
                entries.append(UInt32(field) << 24 | Self.escape)
                entries.append(count)
            }
        }
        rowEnds.append(UInt32(entries.count))
    }

    /// Article `index`'s counts, dense.
    public func values(of index: Int) -> [Int32] {
        var row = [Int32](repeating: 0, count: fieldCount)
        forEachCount(of: index) { row[$0] = Int32($1) }
        return row
    }

    /// Column sums over all articles, kept and folded.
    public func totals() -> [Int64] {
        var sums = [Int64](repeating: 0, count: fieldCount)
        for index in keys.indices { forEachCount(of: index) { sums[$0] &+= Int64($1) } }
        if let folded {
            for part in [folded.own] + (folded.wire.map { [$0] } ?? []) {
                for (field, total) in part.totals.enumerated() { sums[field] &+= total }
            }
        }
        return sums
    }

    @inline(__always)
    private func forEachCount(of index: Int, _ body: (Int, UInt32) -> Void) {
        var position = index == 0 ? 0 : Int(rowEnds[index - 1])
        let end = Int(rowEnds[index])
        while position < end {
            let entry = entries[position]
            let field = Int(entry >> 24)
            var count = entry & Self.escape
            if count == Self.escape {
                position += 1
                count = entries[position]
            }
            body(field, count)
            position += 1
        }
    }

    private func range(of index: Int) -> Range<Int> {
        (index == 0 ? 0 : Int(rowEnds[index - 1]))..<Int(rowEnds[index])
    }
}

extension OutletStatistics: Codable {
    /// In the partial-results file each article's counts are written out in full, field by
    /// field, so the file reads without knowing the packing.
    private struct Article: Codable {
        let idHash: String
        let textHash: String
        let values: [Int32]
        /// With `--by-period` only.
        let period: Int32?
        /// With `--near-duplicates` only: the id, `PublicationDay` and signature in hex ("" for none).
        let id: String?
        let day: Int32?
        let signature: String?
    }

    enum CodingKeys: String, CodingKey {
        case name, fieldCount, articles, terms, leaders, folded
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let fieldCount = try container.decode(Int.self, forKey: .fieldCount)
        guard (1...256).contains(fieldCount) else {
            throw DecodingError.dataCorruptedError(
                forKey: .fieldCount, in: container, debugDescription: "implausible field count")
        }
        self.init(name: try container.decode(String.self, forKey: .name), fieldCount: fieldCount)
        let terms = try container.decode([String: Int].self, forKey: .terms)
        for article in try container.decode([Article].self, forKey: .articles) {
            guard article.values.count == fieldCount, article.values.allSatisfy({ $0 >= 0 }),
                let idHash = UInt64(article.idHash, radix: 16), let textHash = UInt64(article.textHash, radix: 16)
            else {
                throw DecodingError.dataCorruptedError(
                    forKey: .articles, in: container,
                    debugDescription: "article \(article.idHash) has malformed hashes or counts that do not match the field list")
            }
            var traits: NearDuplicateTraits?
            if let id = article.id, let day = article.day, let hex = article.signature {
                let signature = hex.isEmpty ? nil : NearDuplicateSignature(hex: hex)
                guard hex.isEmpty || signature != nil else {
                    throw DecodingError.dataCorruptedError(
                        forKey: .articles, in: container, debugDescription: "article \(id) has a malformed signature")
                }
                traits = NearDuplicateTraits(id: id, day: day, signature: signature)
            }
            add(
                key: ArticleKey(idHash: idHash, textHash: textHash), values: article.values, terms: [:], period: article.period,
                nearDuplicate: traits)
        }
        guard ids.isEmpty || ids.count == keys.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .articles, in: container, debugDescription: "some articles have a signature and others none")
        }
        guard periods.isEmpty || periods.count == keys.count else {
            throw DecodingError.dataCorruptedError(
                forKey: .articles, in: container, debugDescription: "some articles have a period and others none")
        }
        self.terms = terms
        let leaders = try container.decode(LeadingArticles.self, forKey: .leaders)
        guard leaders.byField.count == fieldCount, leaders.byField.allSatisfy({ $0.count <= LeadingArticles.limit }) else {
            throw DecodingError.dataCorruptedError(
                forKey: .leaders, in: container, debugDescription: "leading articles do not match the field list")
        }
        self.leaders = leaders
        folded = try container.decodeIfPresent(FoldedArticles.self, forKey: .folded)
        if let folded {
            let parts = [folded.own] + (folded.wire.map { [$0] } ?? [])
            guard parts.allSatisfy({ $0.fieldCount == fieldCount && $0.resamples == folded.own.resamples }) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .folded, in: container, debugDescription: "resampled sums that do not match the field list")
            }
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(fieldCount, forKey: .fieldCount)
        try container.encode(terms, forKey: .terms)
        try container.encode(leaders, forKey: .leaders)
        try container.encodeIfPresent(folded, forKey: .folded)
        let articles = keys.indices.map { index in
            Article(
                idHash: ArticleKey.hex(keys[index].idHash), textHash: ArticleKey.hex(keys[index].textHash),
                values: values(of: index), period: periods.isEmpty ? nil : periods[index],
                id: ids.isEmpty ? nil : ids[index], day: days.isEmpty ? nil : days[index],
                signature: ids.isEmpty ? nil : signature(of: index)?.hex ?? "")
        }
        try container.encode(articles, forKey: .articles)
    }
}
