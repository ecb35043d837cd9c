import ArgumentParser
import SlantBatch

/// `slant compare --events`: group articles into events and show each event's articles side by
/// side. Opt-in, because it keeps some 400 bytes per article that the comparison otherwise
/// does without.
struct EventOptions: ParsableArguments {
    @Flag(
        help: """
            Group articles into events (same day ±\(EventSettings.defaultWindow) and shared names, or --event-field) and \
            compare the outlets that reported each one, article by article.
            """)
    var events = false

    @Option(help: ArgumentHelp("With --events: the record field naming each article's event.", valueName: "FIELD"))
    var eventField: String?

    @Option(
        help: ArgumentHelp(
            "With --events: articles whose dates differ by more days are never one event (default \(EventSettings.defaultWindow), \(EventSettings.windowLimit.lowerBound) to \(EventSettings.windowLimit.upperBound)).",
            valueName: "DAYS"))
    var eventWindow: Int?

    /// Nil without `--events`.
    var settings: EventSettings? {
        guard events else { return nil }
        return EventSettings(field: eventField, window: eventWindow ?? EventSettings.defaultWindow)
    }

    func validate() throws {
        if !events && eventField != nil { throw ValidationError("--event-field needs --events") }
        if !events && eventWindow != nil { throw ValidationError("--event-window needs --events") }
        if eventField != nil && eventWindow != nil {
            throw ValidationError("--event-window is not used with --event-field: the field alone names the events")
        }
        if let eventField, eventField.isEmpty { throw ValidationError("--event-field needs a field name") }
        if let eventWindow, !EventSettings.windowLimit.contains(eventWindow) {
            throw ValidationError(
                "--event-window must be from \(EventSettings.windowLimit.lowerBound) to \(EventSettings.windowLimit.upperBound) days"
            )
        }
    }
}
