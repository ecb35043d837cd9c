/// A JSON value exactly as written: a string's value as the UTF-8 bytes it stands for, a number
/// as its text. Nothing is normalised, so an article's text is byte for byte the string in the
/// record (Foundation's parser dropped a U+FEFF after an escape, shifting every offset after it).
enum JSONValue: Sendable {
    case string([UInt8])
    case number(String)
    case bool(Bool)
    case null
    case array([JSONValue])
    /// Members in the order written.
    case object([(key: String, value: JSONValue)])

    /// "a string", "a number" ... for messages.
    var kind: String {
        switch self {
        case .string: "a string"
        case .number: "a number"
        case .bool: "a boolean"
        case .null: "null"
        case .array: "an array"
        case .object: "an object"
        }
    }
}

extension JSONValue {
    var isNull: Bool {
        if case .null = self { true } else { false }
    }
}
