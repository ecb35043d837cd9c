// The JSON Lines path of `slant compare`: a record is checked as strictly as `parse` checks it
// (the same errors at the same offsets), but only the top-level members it asks for are
// decoded. Every other value is walked over without being copied or turned into `JSONValue`s,
// so a record's extra fields (long bodies, nested metadata) cost a scan and nothing more.
extension JSONParser {
    /// The members of the object in `bytes` named in `names` (top level only) and the first
    /// member name that appears twice, or what the value is when it is not an object.
    static func selectFields(_ names: Set<String>, from bytes: [UInt8]) throws(JSONSyntaxError) -> JSONFieldSelection {
        let result: Result<JSONFieldSelection, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(buffer)
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
            do throws(JSONSyntaxError) {
                parser.skipWhitespace()
                let selection: JSONFieldSelection
                if parser.current == UInt8(ascii: "{") {
                    selection = try parser.nested { (parser: inout JSONParser) throws(JSONSyntaxError) in
                        try parser.selectedMembers(names)
                    }
                } else {
                    let kind = Self.kind(startingWith: parser.current)
                    try parser.skipValue()
                    selection = .notAnObject(kind: kind)
                }
                parser.skipWhitespace()
                guard parser.position == buffer.count else { throw parser.error("unexpected text after the JSON value") }
                return .success(selection)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    private mutating func selectedMembers(_ names: Set<String>) throws(JSONSyntaxError) -> JSONFieldSelection {
        position += 1
        var values: [String: JSONValue] = [:]
        var seen = Set<String>()
        var duplicate: String?
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            position += 1
            return .object(values: values, duplicate: nil)
        }
        while true {
            guard current == UInt8(ascii: "\"") else { throw error("expected a quoted member name") }
            // A String, as the full parse keys its members: names that are canonically
            // equivalent are the same name there too.
            let key = String(decoding: try string(), as: UTF8.self)
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("expected ':' after a member name") }
            position += 1
            skipWhitespace()
            if names.contains(key) {
                values[key] = try selectedValue()
            } else {
                try skipValue()
            }
            if !seen.insert(key).inserted && duplicate == nil { duplicate = key }
            if try endsContainer(closing: UInt8(ascii: "}"), "an object") { return .object(values: values, duplicate: duplicate) }
        }
    }

    /// A selected member's value: strings and numbers decoded, arrays and objects checked and
    /// kept as their kind.
    private mutating func selectedValue() throws(JSONSyntaxError) -> JSONValue {
        guard let byte = current else { throw error("the line ends where a value was expected") }
        switch byte {
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        case UInt8(ascii: "{"):
            try skipValue()
            return .object([])
        case UInt8(ascii: "["):
            try skipValue()
            return .array([])
        default:
            let start = position
            try skipValue()
            return bytes[start] == UInt8(ascii: "n") ? .null : .bool(bytes[start] == UInt8(ascii: "t"))
        }
    }

    /// Checks the value at the current position and moves past it, building nothing.
    mutating func skipValue() throws(JSONSyntaxError) {
        guard let byte = current else { throw error("the line ends where a value was expected") }
        switch byte {
        case UInt8(ascii: "{"): try nested { (parser: inout JSONParser) throws(JSONSyntaxError) in try parser.skipObject() }
        case UInt8(ascii: "["): try nested { (parser: inout JSONParser) throws(JSONSyntaxError) in try parser.skipArray() }
        case UInt8(ascii: "\""): try skipString()
        case UInt8(ascii: "t"): _ = try literal("true", .bool(true))
        case UInt8(ascii: "f"): _ = try literal("false", .bool(false))
        case UInt8(ascii: "n"): _ = try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): _ = try numberRange()
        default: throw error("unexpected character where a value was expected")
        }
    }

    private mutating func skipObject() throws(JSONSyntaxError) {
        position += 1
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            position += 1
            return
        }
        while true {
            guard current == UInt8(ascii: "\"") else { throw error("expected a quoted member name") }
            try skipString()
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("expected ':' after a member name") }
            position += 1
            skipWhitespace()
            try skipValue()
            if try endsContainer(closing: UInt8(ascii: "}"), "an object") { return }
        }
    }

    private mutating func skipArray() throws(JSONSyntaxError) {
        position += 1
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            position += 1
            return
        }
        while true {
            try skipValue()
            if try endsContainer(closing: UInt8(ascii: "]"), "an array") { return }
        }
    }

    /// Checks the string at the opening quote (its escapes and control characters, as
    /// `string()` does) and moves past it without copying it.
    private mutating func skipString() throws(JSONSyntaxError) {
        let opening = position
        position += 1
        var escaped: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                position += 1
                return
            }
            if byte == UInt8(ascii: "\\") {
                try escape(into: &escaped)
                escaped.removeAll(keepingCapacity: true)
                continue
            }
            if byte < 0x20 { throw error("a control character (U+\(Self.hex(UInt32(byte)))) inside a string must be escaped") }
            position += 1
        }
        throw error("a string opened here is never closed", at: opening)
    }

    /// "a string", "an array" ... for the value starting with `byte` (nil: the line is empty).
    private static func kind(startingWith byte: UInt8?) -> String {
        switch byte {
        case UInt8(ascii: "\""): "a string"
        case UInt8(ascii: "["): "an array"
        case UInt8(ascii: "t"), UInt8(ascii: "f"): "a boolean"
        case UInt8(ascii: "n"): "null"
        default: "a number"
        }
    }
}
