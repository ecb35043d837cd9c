/// A strict RFC 8259 parser for one JSON document (a JSON Lines record or a manifest). Written
/// here rather than taken from Foundation so that a string's value is exactly its bytes and
/// escapes (Foundation dropped a U+FEFF that followed an escape or opened a string), a number
/// keeps its text, and a boolean is not the number 1. Expects bytes already checked to be UTF-8.
struct JSONParser {
    /// Deeper nesting is refused rather than recursed into: a line of a million `[` would
    /// otherwise exhaust a worker's stack.
    static let maximumDepth = 512

    let bytes: UnsafeBufferPointer<UInt8>
    var position = 0
    var depth = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    /// The one value in `bytes`, which may be surrounded by whitespace and preceded by a
    /// byte-order mark (the signature of a file, or of a line where files were joined).
    static func parse(_ bytes: [UInt8]) throws(JSONSyntaxError) -> JSONValue {
        let result: Result<JSONValue, JSONSyntaxError> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(buffer)
            if buffer.starts(with: [0xEF, 0xBB, 0xBF]) { parser.position = 3 }
            do throws(JSONSyntaxError) {
                parser.skipWhitespace()
                let value = try parser.value()
                parser.skipWhitespace()
                guard parser.position == buffer.count else { throw parser.error("unexpected text after the JSON value") }
                return .success(value)
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }

    func error(_ message: String, at offset: Int? = nil) -> JSONSyntaxError {
        JSONSyntaxError(offset: offset ?? position, message: message)
    }

    var current: UInt8? { position < bytes.count ? bytes[position] : nil }

    mutating func skipWhitespace() {
        while let byte = current, byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 { position += 1 }
    }

    private mutating func value() throws(JSONSyntaxError) -> JSONValue {
        guard let byte = current else { throw error("the line ends where a value was expected") }
        switch byte {
        case UInt8(ascii: "{"): return try nested { (parser: inout JSONParser) throws(JSONSyntaxError) in try parser.object() }
        case UInt8(ascii: "["): return try nested { (parser: inout JSONParser) throws(JSONSyntaxError) in try parser.array() }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw error("unexpected character where a value was expected")
        }
    }

    /// After a member or an element: past a comma (false), or past the container's closing mark
    /// (true, the container is done); anything else is the error that names the container.
    mutating func endsContainer(closing: UInt8, _ container: StaticString) throws(JSONSyntaxError) -> Bool {
        skipWhitespace()
        switch current {
        case UInt8(ascii: ","):
            position += 1
            skipWhitespace()
            return false
        case closing:
            position += 1
            return true
        default: throw error("expected ',' or '\(Character(Unicode.Scalar(closing)))' in \(container)")
        }
    }

    mutating func nested<Value>(
        _ body: (inout JSONParser) throws(JSONSyntaxError) -> Value
    ) throws(JSONSyntaxError) -> Value {
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else { throw error("nested deeper than \(Self.maximumDepth) levels") }
        return try body(&self)
    }

    private mutating func object() throws(JSONSyntaxError) -> JSONValue {
        position += 1
        var members: [(key: String, value: JSONValue)] = []
        skipWhitespace()
        if current == UInt8(ascii: "}") {
            position += 1
            return .object(members)
        }
        while true {
            guard current == UInt8(ascii: "\"") else { throw error("expected a quoted member name") }
            let key = String(decoding: try string(), as: UTF8.self)
            skipWhitespace()
            guard current == UInt8(ascii: ":") else { throw error("expected ':' after a member name") }
            position += 1
            skipWhitespace()
            members.append((key, try value()))
            if try endsContainer(closing: UInt8(ascii: "}"), "an object") { return .object(members) }
        }
    }

    private mutating func array() throws(JSONSyntaxError) -> JSONValue {
        position += 1
        var elements: [JSONValue] = []
        skipWhitespace()
        if current == UInt8(ascii: "]") {
            position += 1
            return .array(elements)
        }
        while true {
            elements.append(try value())
            if try endsContainer(closing: UInt8(ascii: "]"), "an array") { return .array(elements) }
        }
    }

    /// The value of the string starting at the opening quote. Runs without escapes are copied
    /// as they are, every byte of them.
    mutating func string() throws(JSONSyntaxError) -> [UInt8] {
        let opening = position
        position += 1
        var value: [UInt8] = []
        var runStart = position
        while position < bytes.count {
            let byte = bytes[position]
            if byte == UInt8(ascii: "\"") {
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                position += 1
                return value
            }
            if byte == UInt8(ascii: "\\") {
                value.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<position]))
                try escape(into: &value)
                runStart = position
                continue
            }
            if byte < 0x20 { throw error("a control character (U+\(Self.hex(UInt32(byte)))) inside a string must be escaped") }
            position += 1
        }
        throw error("a string opened here is never closed", at: opening)
    }

    mutating func escape(into value: inout [UInt8]) throws(JSONSyntaxError) {
        let start = position
        position += 1
        guard let byte = current else { throw error("the line ends inside an escape", at: start) }
        position += 1
        switch byte {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): value.append(byte)
        case UInt8(ascii: "b"): value.append(0x08)
        case UInt8(ascii: "f"): value.append(0x0C)
        case UInt8(ascii: "n"): value.append(0x0A)
        case UInt8(ascii: "r"): value.append(0x0D)
        case UInt8(ascii: "t"): value.append(0x09)
        case UInt8(ascii: "u"):
            var scalar = try hexQuad(escapeStart: start)
            if (0xD800...0xDBFF).contains(scalar) {
                guard position + 1 < bytes.count, bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u")
                else { throw error("\\u\(Self.hex(scalar)) is half of a surrogate pair without the other half", at: start) }
                position += 2
                let low = try hexQuad(escapeStart: position - 2)
                guard (0xDC00...0xDFFF).contains(low) else {
                    throw error("\\u\(Self.hex(scalar)) is half of a surrogate pair without the other half", at: start)
                }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
            } else if (0xDC00...0xDFFF).contains(scalar) {
                throw error("\\u\(Self.hex(scalar)) is half of a surrogate pair without the other half", at: start)
            }
            value.append(contentsOf: Unicode.UTF8.encode(Unicode.Scalar(scalar)!)!)
        default: throw error("unknown escape \\\(Character(Unicode.Scalar(byte)))", at: start)
        }
    }

    private mutating func hexQuad(escapeStart: Int) throws(JSONSyntaxError) -> UInt32 {
        var scalar: UInt32 = 0
        for _ in 0..<4 {
            guard let byte = current, let digit = Self.hexDigit(byte) else {
                throw error("\\u must be followed by four hex digits", at: escapeStart)
            }
            scalar = scalar << 4 | digit
            position += 1
        }
        return scalar
    }

    mutating func number() throws(JSONSyntaxError) -> String {
        let range = try numberRange()
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// Checks the number at the current position and moves past it; where its text is.
    mutating func numberRange() throws(JSONSyntaxError) -> Range<Int> {
        let start = position
        if current == UInt8(ascii: "-") { position += 1 }
        if current == UInt8(ascii: "0") {
            position += 1
        } else {
            guard try digits() > 0 else { throw error("a number needs digits", at: start) }
        }
        if current == UInt8(ascii: ".") {
            position += 1
            guard try digits() > 0 else { throw error("a number needs digits after its decimal point", at: start) }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            position += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { position += 1 }
            guard try digits() > 0 else { throw error("a number needs digits in its exponent", at: start) }
        }
        return start..<position
    }

    private mutating func digits() throws(JSONSyntaxError) -> Int {
        let start = position
        while let byte = current, (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { position += 1 }
        return position - start
    }

    mutating func literal(_ word: StaticString, _ value: JSONValue) throws(JSONSyntaxError) -> JSONValue {
        let count = word.utf8CodeUnitCount
        let matches =
            position + count <= bytes.count
            && word.withUTF8Buffer { expected in
                expected.elementsEqual(UnsafeBufferPointer(rebasing: bytes[position..<(position + count)]))
            }
        guard matches else { throw error("unexpected word where a value was expected") }
        position += count
        return value
    }

    private static func hexDigit(_ byte: UInt8) -> UInt32? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): UInt32(byte - UInt8(ascii: "0"))
        case UInt8(ascii: "a")...UInt8(ascii: "f"): UInt32(byte - UInt8(ascii: "a") + 10)
        case UInt8(ascii: "A")...UInt8(ascii: "F"): UInt32(byte - UInt8(ascii: "A") + 10)
        default: nil
        }
    }

    static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}
