/// `--events`: every groupable article's `EventCandidate`, by outlet, and the text of each key
/// hash. Kept apart from the outlets' counts so that a run without `--events` holds none of it
/// (it grows with the number of articles, some 400 bytes each, more while grouping). Grouping waits for the whole
/// corpus (`EventGrouping`), so a split-then-merge groups exactly as one run does.
public struct EventStatistics: Sendable, Hashable {
    public let settings: EventSettings
    public private(set) var candidates: [String: [EventCandidate]] = [:]
    /// Articles that could not be grouped, by outlet: without a full date (`YYYY-MM-DD`), or
    /// with `--event-field`, without a value in it.
    public private(set) var ungrouped: [String: Int] = [:]
    /// Key text by hash. Should two texts share a 64-bit hash, the smaller is kept, whatever
    /// the order they came in.
    public private(set) var vocabulary: [UInt64: String] = [:]

    public init(settings: EventSettings) {
        self.settings = settings
    }

    mutating func add(outlet: String, _ observation: EventObservation) {
        guard let candidate = observation.candidate else {
            ungrouped[outlet, default: 0] += 1
            return
        }
        candidates[outlet, default: []].append(candidate)
        for (hash, text) in observation.keyTexts { name(hash, text) }
    }

    mutating func merge(_ other: EventStatistics) {
        for (outlet, list) in other.candidates { candidates[outlet, default: []] += list }
        for (outlet, count) in other.ungrouped { ungrouped[outlet, default: 0] += count }
        for (hash, text) in other.vocabulary { name(hash, text) }
    }

    private mutating func name(_ hash: UInt64, _ text: String) {
        if let known = vocabulary[hash], !Array(text.utf8).lexicographicallyPrecedes(Array(known.utf8)) { return }
        vocabulary[hash] = text
    }
}

extension EventStatistics: Codable {
    private struct Outlet: Codable {
        let name: String
        let ungrouped: Int
        let articles: [EventCandidate]
    }

    enum CodingKeys: String, CodingKey {
        case settings, outlets, vocabulary
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(settings: try container.decode(EventSettings.self, forKey: .settings))
        for outlet in try container.decode([Outlet].self, forKey: .outlets) {
            if !outlet.articles.isEmpty { candidates[outlet.name] = outlet.articles }
            if outlet.ungrouped > 0 { ungrouped[outlet.name] = outlet.ungrouped }
        }
        for (hex, text) in try container.decode([String: String].self, forKey: .vocabulary) {
            guard let hash = UInt64(hex, radix: 16) else {
                throw DecodingError.dataCorruptedError(
                    forKey: .vocabulary, in: container, debugDescription: "a key hash \"\(hex)\" is not hexadecimal")
            }
            name(hash, text)
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(settings, forKey: .settings)
        let names = Set(candidates.keys).union(ungrouped.keys).sorted()
        try container.encode(
            names.map { Outlet(name: $0, ungrouped: ungrouped[$0] ?? 0, articles: candidates[$0] ?? []) }, forKey: .outlets)
        try container.encode(
            Dictionary(uniqueKeysWithValues: vocabulary.map { (ArticleKey.hex($0.key), $0.value) }), forKey: .vocabulary)
    }
}
