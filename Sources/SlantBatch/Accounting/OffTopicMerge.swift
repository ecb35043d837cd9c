/// The articles of several sorted sources in canonical order (a k-way merge through a binary
/// min-heap of each source's next article): memory for one article and one read chunk per source.
struct OffTopicMerge: IteratorProtocol, Sequence {
    private var readers: [OffTopicRunReader]
    /// The articles held in memory, sorted; read after the runs' readers (source `readers.count`).
    private let held: [OffTopicArticle]
    private var heldPosition = 0
    /// Each source's next article and the source's index, ordered by article.
    private var heap: [(article: OffTopicArticle, source: Int)] = []

    init(runs: [OffTopicRun], sortedHeld: [OffTopicArticle]) {
        readers = runs.map(OffTopicRunReader.init)
        held = sortedHeld
        for source in 0...readers.count {
            if let article = take(from: source) { push((article, source)) }
        }
    }

    mutating func next() -> OffTopicArticle? {
        guard let top = heap.first else { return nil }
        if let following = take(from: top.source) {
            heap[0] = (following, top.source)
            siftDown(from: 0)
        } else {
            heap[0] = heap[heap.count - 1]
            heap.removeLast()
            if !heap.isEmpty { siftDown(from: 0) }
        }
        return top.article
    }

    private mutating func take(from source: Int) -> OffTopicArticle? {
        if source < readers.count { return readers[source].next() }
        guard heldPosition < held.count else { return nil }
        defer { heldPosition += 1 }
        return held[heldPosition]
    }

    /// Equal articles are equal in every field, so which source gives one first does not matter.
    private func precedes(_ left: Int, _ right: Int) -> Bool {
        heap[left].article < heap[right].article
    }

    private mutating func push(_ entry: (article: OffTopicArticle, source: Int)) {
        heap.append(entry)
        var child = heap.count - 1
        while child > 0 {
            let parent = (child - 1) / 2
            guard precedes(child, parent) else { break }
            heap.swapAt(child, parent)
            child = parent
        }
    }

    private mutating func siftDown(from start: Int) {
        var parent = start
        while true {
            let left = 2 * parent + 1
            let right = left + 1
            var smallest = parent
            if left < heap.count && precedes(left, smallest) { smallest = left }
            if right < heap.count && precedes(right, smallest) { smallest = right }
            guard smallest != parent else { return }
            heap.swapAt(parent, smallest)
            parent = smallest
        }
    }
}
