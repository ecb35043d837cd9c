/// One article ready to audit: its text as bytes (validated by the auditor's decoder, not
/// here) and its metadata, with the file and line it came from.
struct CorpusRecord: Sendable {
    let file: String
    let line: Int
    let id: String?
    let group: String
    let title: String?
    let date: String?
    let url: String?
    let text: [UInt8]
    /// The value of the opinion field (`CorpusFields.opinion`), as text.
    var opinion: String? = nil
    /// The event field's value (`--event-field`), when one is read.
    var event: String? = nil

    /// The same record under another group name (an outlet alias's canonical name).
    func regrouped(_ name: String) -> CorpusRecord {
        CorpusRecord(
            file: file, line: line, id: id, group: name, title: title, date: date, url: url, text: text, opinion: opinion,
            event: event)
    }
}
