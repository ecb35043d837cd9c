/// The answer of one forward search for a needle: the first occurrence at or after `from`
/// (before `limit`), or none. It also answers any later search with the same limit that starts
/// between `from` and that occurrence: nothing lies between.
struct ForwardSearchMemo {
    enum Answer {
        case found(Int)
        case notFound
        /// The search starts elsewhere: search again.
        case unknown
    }

    let from: Int
    let limit: Int
    let found: Int?

    func answer(from start: Int, limit: Int) -> Answer {
        guard limit == self.limit, start >= from, start <= (found ?? limit) else { return .unknown }
        return found.map { .found($0) } ?? .notFound
    }
}
