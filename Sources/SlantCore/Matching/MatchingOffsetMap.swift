/// The way back from offsets in a `MatchingText` to the article's own bytes, where the two differ
/// in length: each run of spacing that became one space, or of invisible characters that was
/// dropped, is an edit; between edits the two texts are the same bytes, shifted.
///
/// A match is mapped to the article's bytes from its first character to its last: an invisible
/// character inside the match is covered, one just before or after it is not, and a space that
/// stands for a run covers the whole run. So a mapped range always starts and ends on the
/// article's character boundaries.
struct MatchingOffsetMap: Sendable, Equatable {
    struct Edit: Sendable, Equatable {
        /// Where the replacement starts in the matching text, and its length (0 or 1: a space).
        let viewStart: Int
        let viewLength: Int
        /// The bytes of the article it replaces.
        let original: Range<Int>

        var viewEnd: Int { viewStart + viewLength }
    }

    /// Sorted by `viewStart`, strictly increasing (two edits are never adjacent: a run is as
    /// long as it can be).
    let edits: [Edit]

    /// The article's range for the matching text's `range`.
    func originalRange(_ range: Range<Int>) -> Range<Int> {
        let start = originalStart(of: range.lowerBound)
        return start..<max(start, originalEnd(of: range.upperBound))
    }

    /// Where the character at `offset` of the matching text starts in the article: the start of
    /// the run a space stands for, or the character after dropped ones.
    func originalStart(of offset: Int) -> Int {
        guard let edit = lastEdit(startingAtOrBefore: offset) else { return offset }
        if offset < edit.viewEnd { return edit.original.lowerBound }
        return edit.original.upperBound + offset - edit.viewEnd
    }

    /// Where the character before `offset` of the matching text ends in the article: the end of
    /// the run a space stands for, or before characters dropped right after it.
    func originalEnd(of offset: Int) -> Int {
        guard offset > 0, let edit = lastEdit(startingAtOrBefore: offset - 1) else { return offset }
        return edit.original.upperBound + offset - edit.viewEnd
    }

    /// The last edit whose replacement starts at or before `offset`, by binary search.
    private func lastEdit(startingAtOrBefore offset: Int) -> Edit? {
        var low = 0
        var high = edits.count
        while low < high {
            let middle = (low + high) / 2
            if edits[middle].viewStart <= offset { low = middle + 1 } else { high = middle }
        }
        return low == 0 ? nil : edits[low - 1]
    }
}
