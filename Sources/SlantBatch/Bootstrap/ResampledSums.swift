/// Some articles of an outlet reduced to what their figures and intervals need: how many, their
/// summed counts, and their counts summed in each Poisson bootstrap resample, each article
/// weighted by its `PoissonWeights` (row-major, resamples x fields). Integer sums, so adding
/// articles or other sums in any order gives the same values.
public struct ResampledSums: Sendable, Hashable {
    public private(set) var articles = 0
    public private(set) var totals: [Int64]
    public private(set) var sums: [Int64]
    public let resamples: Int

    public init(fieldCount: Int, resamples: Int) {
        self.resamples = resamples
        totals = [Int64](repeating: 0, count: fieldCount)
        sums = [Int64](repeating: 0, count: fieldCount * resamples)
    }

    init(articles: Int, totals: [Int64], sums: [Int64], resamples: Int) {
        self.articles = articles
        self.totals = totals
        self.sums = sums
        self.resamples = resamples
    }

    public var fieldCount: Int { totals.count }

    /// One article: its non-zero counts as (field, count), and its weight in each resample.
    mutating func add(counts: [(field: Int, count: Int64)], weights: [UInt8]) {
        articles += 1
        for (field, count) in counts { totals[field] &+= count }
        let width = totals.count
        sums.withUnsafeMutableBufferPointer { sums in
            for resample in 0..<resamples {
                let weight = Int64(weights[resample])
                guard weight != 0 else { continue }
                let offset = resample * width
                for (field, count) in counts { sums[offset + field] &+= weight &* count }
            }
        }
    }

    mutating func add(_ other: ResampledSums) {
        precondition(other.totals.count == totals.count && other.resamples == resamples, "sums of different shapes")
        articles += other.articles
        for index in totals.indices { totals[index] &+= other.totals[index] }
        for index in sums.indices { sums[index] &+= other.sums[index] }
    }
}

extension ResampledSums: Codable {
    enum CodingKeys: String, CodingKey {
        case articles, totals, sums
    }

    /// `resamples` is the run's (`CorpusStatistics.resampling`): the decoder checks the shape.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        let totals = try container.decode([Int64].self, forKey: .totals)
        let sums = try container.decode([Int64].self, forKey: .sums)
        guard !totals.isEmpty, sums.count % totals.count == 0 else {
            throw DecodingError.dataCorruptedError(
                forKey: .sums, in: container, debugDescription: "resampled sums that do not match the field list")
        }
        self.init(
            articles: try container.decode(Int.self, forKey: .articles), totals: totals, sums: sums,
            resamples: sums.count / totals.count)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(articles, forKey: .articles)
        try container.encode(totals, forKey: .totals)
        try container.encode(sums, forKey: .sums)
    }
}
