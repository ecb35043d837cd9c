/// Positions inside a page from which a tag scan (between two attributes) reads to the end of
/// the page without finding the `>` that closes the tag. What a scan does from such a position
/// depends on the position alone, so a later scan reaching one can stop: every later `<` of an
/// unclosed run then costs only the bytes up to where an earlier scan already went.
struct TagScanDeadEnds {
    /// One flag per byte of the page, allocated when the first scan fails (most pages have none).
    private var flags: [Bool] = []
    /// The positions the current scan started a turn at (one buffer for every scan).
    private var visited: [Int] = []

    func contains(_ position: Int) -> Bool {
        position < flags.count && flags[position]
    }

    mutating func startScan() {
        visited.removeAll(keepingCapacity: true)
    }

    mutating func visit(_ position: Int) {
        visited.append(position)
    }

    /// The current scan found no `>`: none of the positions it visited leads to one.
    mutating func markVisitedAsDeadEnds(pageLength: Int) {
        if flags.isEmpty { flags = [Bool](repeating: false, count: pageLength) }
        for position in visited { flags[position] = true }
    }
}
