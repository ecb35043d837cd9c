/// The gender each speaker's name has been shown with so far (by a "he" or "she" taken to be
/// them, a title, a head noun), kept up to date as an article's attributions grow. A pronoun asks
/// it once per candidate speaker: rebuilding it from every attribution for every pronoun made a
/// 3,000-paragraph transcript take six minutes instead of three seconds.
final class SpeakerGenders {
    /// How many of the finder's drafts have been read.
    private(set) var read = 0
    /// Names of the side pack's actors given to a person's words ("Palestinian leaders and
    /// spokespeople" for "Abbas"): labels of many people, no gender.
    private var labels: Set<String> = []
    /// Surname key -> speaker name -> the gender shown (nil: shown as both).
    private var shown: [String: [String: AttributionFinder.Gender?]] = [:]

    /// Starts over: the drafts were reordered.
    func reset() {
        read = 0
        labels = []
        shown = [:]
    }

    func markRead(upTo count: Int) { read = count }

    func addLabel(_ name: String) { labels.insert(name) }

    func add(_ gender: AttributionFinder.Gender, name: String, key: String) {
        if let earlier = shown[key, default: [:]][name] {
            if earlier != gender { shown[key]![name] = .some(nil) }
        } else {
            shown[key, default: [:]][name] = gender
        }
    }

    /// The one gender the names of `key` that are not labels were shown with; nil when none or both.
    func gender(ofKey key: String) -> AttributionFinder.Gender? {
        var found: AttributionFinder.Gender?
        for (name, gender) in shown[key] ?? [:] where !labels.contains(name) {
            guard let gender else { return nil }
            if let known = found, known != gender { return nil }
            found = gender
        }
        return found
    }
}
