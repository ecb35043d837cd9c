/// Encodes `Encodable` values as JSON with sorted keys, byte for byte what Foundation's
/// `JSONEncoder` writes with `[.sortedKeys, .withoutEscapingSlashes]`, plus `.prettyPrinted` when
/// `prettyPrinted` is true.
///
/// Why not `JSONEncoder`: it builds a tree of boxed values, hashes every key (with Unicode
/// normalisation) into dictionaries and sorts them afterwards; on a batch of audits it was half
/// of the whole audit's time. This encoder writes straight into one byte buffer and sorts each
/// object's entries when the object closes, by moving bytes. `JSONEquivalenceTests` compare the
/// two on real audits. It supports what synthesized `Codable` conformances use (one container per
/// value); anything else throws `SortedJSONEncoder.Unsupported` and callers fall back to Foundation.
public struct SortedJSONEncoder {
    public struct Unsupported: Error, CustomStringConvertible {
        public let description: String
    }

    public var prettyPrinted: Bool

    public init(prettyPrinted: Bool = true) {
        self.prettyPrinted = prettyPrinted
    }

    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        let writer = SortedJSONWriter(prettyPrinted: prettyPrinted)
        try writer.encodeValue(value)
        return writer.output
    }
}

/// The encoder state: the output bytes and a stack of open objects and arrays.
final class SortedJSONWriter: Encoder {
    let prettyPrinted: Bool
    var output: [UInt8] = []
    /// Indentation is copied from here rather than appended a space at a time.
    private static let spaces = [UInt8](repeating: UInt8(ascii: " "), count: 64)
    /// Reused when an object's entries are reordered.
    private var scratch: [UInt8] = []
    var frames: [Frame] = []
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    /// An open object or array. `owner` is the value depth that opened it, so a second
    /// `container(...)` call by the same value is detected.
    struct Frame {
        var isObject: Bool
        var owner: Int
        /// Offset just after the opening bracket.
        var contentStart: Int
        /// Objects: each entry's key and the offset where its bytes start.
        var entries: [(key: String, start: Int)] = []
        var count = 0
    }

    /// How many values are being encoded, nested: the owner of the frames they open.
    private var valueDepth = 0

    init(prettyPrinted: Bool) {
        self.prettyPrinted = prettyPrinted
        output.reserveCapacity(1 << 14)
    }

    func encodeValue<T: Encodable>(_ value: T) throws {
        valueDepth += 1
        let framesBefore = frames.count
        let outputBefore = output.count
        try value.encode(to: self)
        valueDepth -= 1
        if frames.count > framesBefore {
            guard frames.count == framesBefore + 1 else {
                throw SortedJSONEncoder.Unsupported(description: "a value opened more than one container")
            }
            closeFrame()
        } else if output.count == outputBefore {
            // A value that encodes nothing is an empty object, as in Foundation.
            output.append(UInt8(ascii: "{"))
            newline()
            newline()
            writeIndent(frames.count)
            output.append(UInt8(ascii: "}"))
        }
    }

    private func openFrame(isObject: Bool) throws {
        if let top = frames.last, top.owner == valueDepth {
            throw SortedJSONEncoder.Unsupported(description: "a value asked for a second container")
        }
        output.append(UInt8(ascii: isObject ? "{" : "["))
        frames.append(Frame(isObject: isObject, owner: valueDepth, contentStart: output.count))
    }

    /// Closes the innermost frame. Objects: the entries are cut out, sorted by key bytes and
    /// written back with their separators. Arrays already have theirs.
    private func closeFrame() {
        let frame = frames.removeLast()
        let level = frames.count
        if frame.isObject && !frame.entries.isEmpty {
            // Move the entries out to a reused buffer, then back in key order.
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: output[frame.contentStart...])
            output.removeLast(output.count - frame.contentStart)
            // Each entry's bytes, relative to the buffer: from its start to the next entry's.
            var chunks: [(key: String, range: Range<Int>)] = []
            chunks.reserveCapacity(frame.entries.count)
            for (index, entry) in frame.entries.enumerated() {
                let end = index + 1 < frame.entries.count ? frame.entries[index + 1].start - frame.contentStart : scratch.count
                chunks.append((entry.key, (entry.start - frame.contentStart)..<end))
            }
            chunks.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, chunk) in chunks.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                newline()
                output.append(contentsOf: scratch[chunk.range])
            }
        } else if frame.count == 0 && frame.entries.isEmpty {
            newline()
        }
        newline()
        writeIndent(level)
        output.append(UInt8(ascii: frame.isObject ? "}" : "]"))
    }

    func writeIndent(_ level: Int) {
        guard prettyPrinted else { return }
        var remaining = level * 2
        while remaining > 0 {
            let count = min(remaining, Self.spaces.count)
            output.append(contentsOf: Self.spaces[..<count])
            remaining -= count
        }
    }

    func newline() {
        if prettyPrinted { output.append(UInt8(ascii: "\n")) }
    }

    /// Starts an object entry: indentation, the quoted key and " : ". The value follows.
    func beginEntry(_ key: String) {
        let level = frames.count
        frames[level - 1].entries.append((key, output.count))
        writeIndent(level)
        writeString(key)
        writeKeySeparator()
    }

    /// `" : "` pretty, `":"` compact, as Foundation writes them.
    func writeKeySeparator() {
        if prettyPrinted {
            output.append(contentsOf: [UInt8(ascii: " "), UInt8(ascii: ":"), UInt8(ascii: " ")])
        } else {
            output.append(UInt8(ascii: ":"))
        }
    }

    /// Starts an array element: the separator and indentation.
    func beginElement() {
        let level = frames.count
        if frames[level - 1].count > 0 { output.append(UInt8(ascii: ",")) }
        newline()
        frames[level - 1].count += 1
        writeIndent(level)
    }

    func writeString(_ string: String) {
        output.append(UInt8(ascii: "\""))
        var string = string
        string.withUTF8 { bytes in
            // Most strings need no escaping: copy runs of plain bytes at once.
            var runStart = 0
            for (offset, byte) in bytes.enumerated() where byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\")
            {
                output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart..<offset]))
                writeEscaped(byte)
                runStart = offset + 1
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[runStart...]))
        }
        output.append(UInt8(ascii: "\""))
    }

    private func writeEscaped(_ byte: UInt8) {
        let escape: UInt8? =
            switch byte {
            case UInt8(ascii: "\""): UInt8(ascii: "\"")
            case UInt8(ascii: "\\"): UInt8(ascii: "\\")
            case 0x08: UInt8(ascii: "b")
            case 0x0C: UInt8(ascii: "f")
            case 0x0A: UInt8(ascii: "n")
            case 0x0D: UInt8(ascii: "r")
            case 0x09: UInt8(ascii: "t")
            default: nil
            }
        output.append(UInt8(ascii: "\\"))
        if let escape {
            output.append(escape)
        } else {
            let hex = Array("0123456789abcdef".utf8)
            output.append(contentsOf: [
                UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)],
            ])
        }
    }

    /// An integer's decimal digits, without making a `String`.
    func writeInteger<I: BinaryInteger>(_ value: I) {
        if value == 0 {
            output.append(UInt8(ascii: "0"))
            return
        }
        if I.isSigned && value < 0 {
            // Magnitude handles the most negative value, which has no positive counterpart.
            output.append(UInt8(ascii: "-"))
        }
        var magnitude = value.magnitude
        let start = output.count
        while magnitude > 0 {
            output.append(UInt8(ascii: "0") + UInt8(magnitude % 10))
            magnitude /= 10
        }
        output[start...].reverse()
    }

    func writeLiteral(_ text: String) { output.append(contentsOf: text.utf8) }

    /// Foundation writes a number's shortest round-trip form without a trailing ".0".
    func writeDouble<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) throws {
        guard value.isFinite else {
            throw SortedJSONEncoder.Unsupported(description: "non-finite number \(value)")
        }
        let text = value.description
        writeLiteral(text.hasSuffix(".0") ? String(text.dropLast(2)) : text)
    }

    /// A value reached through a generic `encode`: scalars are written directly (as Foundation
    /// does), anything else encodes itself.
    func writeGeneric<T: Encodable>(_ value: T) throws {
        try checkFailure()
        if T.self == String.self {
            writeString(value as! String)
        } else if T.self == Double.self {
            try writeDouble(value as! Double)
        } else if T.self == Int.self {
            writeInteger(value as! Int)
        } else if T.self == Bool.self {
            writeLiteral((value as! Bool) ? "true" : "false")
        } else if let fields = value as? any SortedJSONFields {
            writeObject(fields, level: frames.count)
        } else {
            try encodeValue(value)
        }
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        do { try openFrame(isObject: true) } catch { failure = failure ?? error }
        return KeyedEncodingContainer(SortedJSONKeyedContainer<Key>(writer: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        do { try openFrame(isObject: false) } catch { failure = failure ?? error }
        return SortedJSONUnkeyedContainer(writer: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer {
        SortedJSONSingleValueContainer(writer: self)
    }

    /// `container(...)` cannot throw; its failure is raised by the next write.
    var failure: (any Error)?

    /// Records that the value asked for something this encoder does not do (the first such
    /// request is reported); the caller then falls back to Foundation.
    func refuse(_ what: String) {
        failure = failure ?? SortedJSONEncoder.Unsupported(description: what)
    }

    func checkFailure() throws {
        if let failure { throw failure }
    }
}
