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
    /// Quoted words with no double marks (`UnmarkedQuotations`): single-quoted spans and block
    /// quotations. They decide the voice of findings, not of casualties, which are classified
    /// by their sentence's attribution.
    private let unmarked: [Segment]

    init(document: Document, attributions: [Attribution], quotationSpeaker: [Int?]) {
        quoted = document.quotations.map { Segment(range: $0.contentRange, attribution: quotationSpeaker[$0.index]) }
        attributed =
            attributions
            .flatMap { attribution in attribution.paraphrases.map { Segment(range: $0.range, attribution: attribution.index) } }
            .sorted { $0.range.lowerBound < $1.range.lowerBound }
        let blocks = UnmarkedQuotations.blockQuoted(in: document, attributions: attributions).map {
            Segment(range: $0.range, attribution: $0.attribution)
        }
        // Single-quoted spans inside a block quotation are the block's: one segment per offset.
        let singles = UnmarkedQuotations.singleQuoted(in: document).filter {
            VoiceMap.segment(containing: $0.lowerBound, in: blocks) == nil
        }
        unmarked = (blocks + singles.map { Segment(range: $0, attribution: nil) }).sorted {
            $0.range.lowerBound < $1.range.lowerBound
        }
    }

    func voice(at offset: Int) -> (voice: Voice, attribution: Int?) {
        if let segment = VoiceMap.segment(containing: offset, in: quoted) { return (.quoted, segment.attribution) }
        if let segment = VoiceMap.segment(containing: offset, in: attributed) { return (.attributed, segment.attribution) }
        return (.editorial, nil)
    }

    /// The voice of a finding: also reads quotations with no double marks.
    func findingVoice(at offset: Int) -> (voice: Voice, attribution: Int?) {
        let voice = voice(at: offset)
        guard voice.voice == .editorial, let segment = VoiceMap.segment(containing: offset, in: unmarked) else { return voice }
        return (.quoted, segment.attribution)
    }

    /// Binary search over segments sorted by start and not overlapping.
    private static func segment(containing offset: Int, in segments: [Segment]) -> Segment? {
        let index = segments.partitioningIndex { $0.range.upperBound > offset }
        return index < segments.count && segments[index].range.contains(offset) ? segments[index] : nil
    }
}
