import Algorithms

/// Answers "whose language is this offset?": quoted (inside marks), attributed (in a
/// paraphrase), or editorial (everything else), with the attribution that owns it.
struct VoiceMap {
    private struct Segment {
        let range: Range<Int>
        let attribution: Int?
    }

    private let quoted: [Segment]
    private let attributed: [Segment]

    init(document: Document, attributions: [Attribution], quotationSpeaker: [Int?]) {
        quoted = document.quotations.map { Segment(range: $0.contentRange, attribution: quotationSpeaker[$0.index]) }
        attributed =
            attributions
            .flatMap { attribution in attribution.paraphrases.map { Segment(range: $0.range, attribution: attribution.index) } }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    func voice(at offset: Int) -> (voice: Voice, attribution: Int?) {
        if let segment = VoiceMap.segment(containing: offset, in: quoted) { return (.quoted, segment.attribution) }
        if let segment = VoiceMap.segment(containing: offset, in: attributed) { return (.attributed, segment.attribution) }
        return (.editorial, nil)
    }

    /// Binary search over segments sorted by start and not overlapping.
    private static func segment(containing offset: Int, in segments: [Segment]) -> Segment? {
        let index = segments.partitioningIndex { $0.range.upperBound > offset }
        return index < segments.count && segments[index].range.contains(offset) ? segments[index] : nil
    }
}
