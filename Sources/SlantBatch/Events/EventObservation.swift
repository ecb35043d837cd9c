/// What a worker makes of an article for `--events`: its candidate, or nil when it cannot be
/// grouped (no full date, or no value in the event field), and the text of each key hash, for
/// the report to name the keys an event's articles share.
struct EventObservation: Sendable {
    let candidate: EventCandidate?
    let keyTexts: [(hash: UInt64, text: String)]

    init(settings: EventSettings, key: ArticleKey, id: String, title: String?, date: String?, event: String?, text: [UInt8]) {
        let day = EventDay.day(ofDate: date)
        if settings.field != nil {
            keyTexts = []
            candidate = event.map { EventCandidate(key: key, day: day, id: id, title: title, event: $0, keys: []) }
            return
        }
        guard let day else {
            keyTexts = []
            candidate = nil
            return
        }
        let texts = EventKeys.extract(title: title, text: text)
        keyTexts = texts.map { (ArticleKey.hash($0), $0) }
        candidate = EventCandidate(
            key: key, day: day, id: id, title: title, event: nil, keys: Set(keyTexts.map(\.hash)).sorted())
    }
}
