/// The metadata a JSON object gives for the fields slant reads. A string is taken as it is and
/// a number as its JSON text (an id of `17` is "17", of `1.50` is "1.50"); null is absent. A
/// boolean, array or object is refused rather than turned into text: `"outlet": true` is a
/// mistake in the data, not an outlet named "1".
enum JSONRecordFields {
    /// The members as a dictionary, or the message naming a key that appears twice.
    static func unique(_ members: [(key: String, value: JSONValue)]) -> Result<[String: JSONValue], Problem> {
        var values: [String: JSONValue] = [:]
        for (key, value) in members where values.updateValue(value, forKey: key) != nil {
            return .failure(Problem(message: duplicateMessage(key)))
        }
        return .success(values)
    }

    static func duplicateMessage(_ key: String) -> String {
        "the field \"\(key)\" appears more than once"
    }

    /// Text values of `names` found in `values`; `required` may not be null either.
    static func text(
        of names: [String], in values: [String: JSONValue], required: String? = nil
    ) -> Result<[String: String], Problem> {
        var metadata: [String: String] = [:]
        for name in names {
            guard let value = values[name] else { continue }
            switch value {
            case .string(let bytes): metadata[name] = String(decoding: bytes, as: UTF8.self)
            case .number(let text): metadata[name] = text
            case .null where name != required: continue
            case .null, .bool, .array, .object:
                return .failure(Problem(message: "field \"\(name)\" must be a string, got \(value.kind)"))
            }
        }
        return .success(metadata)
    }

    struct Problem: Error {
        let message: String
    }
}
