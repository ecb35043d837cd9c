/// The slugs of a corpus's outlets, distinct by construction. A name takes its ordinary slug
/// (`OutletSlug.make`) unless another name of the table has the same one; then every name
/// sharing it takes the long form with the whole SHA-256 (`OutletSlug.long`). The result depends
/// only on the set of names, not on the order they were added, so the evidence files written
/// while reading and the links of the report built afterwards agree, and so do merges.
public struct OutletSlugTable: Sendable {
    /// Slug by name.
    public private(set) var slugs: [String: String] = [:]
    /// Names by ordinary slug, to see a collision when it happens.
    private var namesByShortSlug: [String: [String]] = [:]

    /// The ordinary slug; replaceable so tests can make names collide.
    private let shortSlug: @Sendable (String) -> String

    public init() {
        self.init(shortSlug: OutletSlug.make)
    }

    public init(names: some Sequence<String>) {
        self.init(names: names, shortSlug: OutletSlug.make)
    }

    init(shortSlug: @escaping @Sendable (String) -> String) {
        self.shortSlug = shortSlug
    }

    init(names: some Sequence<String>, shortSlug: @escaping @Sendable (String) -> String) {
        self.shortSlug = shortSlug
        for name in names { _ = add(name) }
    }

    public subscript(name: String) -> String? { slugs[name] }

    /// Names whose ordinary slugs collided, each group sorted (none expected: a collision of 64
    /// bits of SHA-256 between real names is practically impossible, but names can be made to).
    public var collisions: [[String]] {
        namesByShortSlug.values.filter { $0.count > 1 }.map { $0.sorted() }.sorted { $0[0] < $1[0] }
    }

    /// Adds `name` (again, harmlessly) and returns its slug; `renamed` is set when this name's
    /// arrival moved an earlier name from its ordinary slug to the long form, so files already
    /// written under the old slug can be moved.
    public mutating func add(_ name: String) -> (slug: String, renamed: (from: String, to: String)?) {
        if let slug = slugs[name] { return (slug, nil) }
        let short = shortSlug(name)
        let earlier = namesByShortSlug[short, default: []]
        namesByShortSlug[short, default: []].append(name)
        guard let first = earlier.first else {
            slugs[name] = short
            return (short, nil)
        }
        let slug = OutletSlug.long(name)
        precondition(!slugs.values.contains(slug), "SHA-256 collision between outlet names")
        slugs[name] = slug
        // Only the first name holds the ordinary slug; later ones took the long form already.
        guard earlier.count == 1 else { return (slug, nil) }
        let moved = OutletSlug.long(first)
        slugs[first] = moved
        return (slug, (short, moved))
    }
}
