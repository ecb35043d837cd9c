/// What one JSON Lines record gives for the fields slant reads, found without building the rest
/// of the record: the selected members' values and the first member name written twice. A
/// selected array or object is kept as its kind only (empty), since it is refused as metadata.
enum JSONFieldSelection {
    case object(values: [String: JSONValue], duplicate: String?)
    /// The record is valid JSON but not an object; `kind` is "a string", "an array" ...
    case notAnObject(kind: String)
}
