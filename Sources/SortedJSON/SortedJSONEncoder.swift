/// Encodes `Encodable` values as JSON with sorted keys, byte for byte what Foundation's
/// `JSONEncoder` writes with `[.sortedKeys, .withoutEscapingSlashes]`, plus `.prettyPrinted` when
/// `prettyPrinted` is true.
///
/// Why not `JSONEncoder`: it builds a tree of boxed values, hashes every key (with Unicode
/// normalisation) into dictionaries and sorts them afterwards; on a batch of audits it was half
/// of the whole audit's time. This encoder writes straight into one byte buffer. Types that
/// conform to `SortedJSONFields` (the whole JSON report) write their fields already in key order;
/// other values go through `Codable` containers and each object's entries are sorted when it
/// closes, by moving bytes. `JSONEquivalenceTests` compare the two on real audits. It supports
/// what synthesized `Codable` conformances use (one container per value); anything else throws
/// `SortedJSONEncoder.Unsupported` and callers fall back to Foundation.
public struct SortedJSONEncoder {
    public struct Unsupported: Error, CustomStringConvertible {
        public let description: String

        @usableFromInline
        init(description: String) { self.description = description }
    }

    public var prettyPrinted: Bool

    public init(prettyPrinted: Bool = true) {
        self.prettyPrinted = prettyPrinted
    }

    public func encode<T: Encodable>(_ value: T) throws -> [UInt8] {
        if let fields = value as? any SortedJSONFields { return try encodeFields(fields) }
        let writer = SortedJSONWriter(prettyPrinted: prettyPrinted)
        try writer.encodeValue(value)
        // A refusal after the last write (a non-finite number in the last fields) is raised here.
        try writer.checkFailure()
        return writer.output.bytes.array()
    }

    /// Opens the existential so that the `SortedJSONFields` overload is the one called.
    private func encodeFields(_ value: some SortedJSONFields) throws -> [UInt8] { try encode(value, capacity: 1 << 14) }

    /// A value that writes its own fields: no `Codable` container is involved at any level.
    /// (Not a defaulted `capacity`: the compiler would prefer the `Encodable` overload.)
    @inlinable
    public func encode<T: SortedJSONFields>(_ value: T) throws -> [UInt8] {
        try encode(value, capacity: 1 << 14)
    }

    /// `capacity` is a guess at the output's size, to spare the buffer's regrowth.
    @inlinable
    public func encode<T: SortedJSONFields>(_ value: T, capacity: Int) throws -> [UInt8] {
        var object = SortedJSONObject(output: JSONOutput(prettyPrinted: prettyPrinted, capacity: capacity), level: 0)
        defer { object.output.bytes.deallocate() }
        object.writeNested(value, level: 0)
        guard !object.refusedNumber else { throw Unsupported(description: "a non-finite number") }
        return object.output.bytes.array()
    }
}

/// The encoder state: the output bytes and a stack of open objects and arrays.
final class SortedJSONWriter: Encoder {
    var output: JSONOutput
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
        output = JSONOutput(prettyPrinted: prettyPrinted, capacity: 1 << 14)
    }

    deinit { output.bytes.deallocate() }

    func encodeValue<T: Encodable>(_ value: T) throws {
        valueDepth += 1
        let framesBefore = frames.count
        let outputBefore = output.bytes.count
        try value.encode(to: self)
        valueDepth -= 1
        if frames.count > framesBefore {
            guard frames.count == framesBefore + 1 else {
                throw SortedJSONEncoder.Unsupported(description: "a value opened more than one container")
            }
            closeFrame()
        } else if output.bytes.count == outputBefore {
            // A value that encodes nothing is an empty object, as in Foundation.
            output.bytes.append(UInt8(ascii: "{"))
            newline()
            newline()
            writeIndent(frames.count)
            output.bytes.append(UInt8(ascii: "}"))
        }
    }

    private func openFrame(isObject: Bool) throws {
        if let top = frames.last, top.owner == valueDepth {
            throw SortedJSONEncoder.Unsupported(description: "a value asked for a second container")
        }
        output.bytes.append(UInt8(ascii: isObject ? "{" : "["))
        frames.append(Frame(isObject: isObject, owner: valueDepth, contentStart: output.bytes.count))
    }

    /// Closes the innermost frame. Objects: the entries are cut out, sorted by key bytes and
    /// written back with their separators. Arrays already have theirs.
    private func closeFrame() {
        let frame = frames.removeLast()
        let level = frames.count
        if frame.isObject && !frame.entries.isEmpty {
            // Move the entries out to a reused buffer, then back in key order.
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: output.bytes.written[frame.contentStart...]))
            output.bytes.truncate(to: frame.contentStart)
            // Each entry's bytes, relative to the buffer: from its start to the next entry's.
            var chunks: [(key: String, range: Range<Int>)] = []
            chunks.reserveCapacity(frame.entries.count)
            for (index, entry) in frame.entries.enumerated() {
                let end = index + 1 < frame.entries.count ? frame.entries[index + 1].start - frame.contentStart : scratch.count
                chunks.append((entry.key, (entry.start - frame.contentStart)..<end))
            }
            chunks.sort { $0.key.utf8.lexicographicallyPrecedes($1.key.utf8) }
            for (index, chunk) in chunks.enumerated() {
                if index > 0 { output.bytes.append(UInt8(ascii: ",")) }
                newline()
                scratch.withUnsafeBufferPointer {
                    output.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0[chunk.range]))
                }
            }
        } else if frame.count == 0 && frame.entries.isEmpty {
            newline()
        }
        newline()
        writeIndent(level)
        output.bytes.append(UInt8(ascii: frame.isObject ? "}" : "]"))
    }

    func writeIndent(_ level: Int) {
        if output.prettyPrinted { output.appendIndent(level: level) }
    }

    func newline() {
        if output.prettyPrinted { output.bytes.append(UInt8(ascii: "\n")) }
    }

    /// Starts an object entry: indentation, the quoted key and " : ". The value follows.
    func beginEntry(_ key: String) {
        let level = frames.count
        frames[level - 1].entries.append((key, output.bytes.count))
        writeIndent(level)
        writeString(key)
        writeKeySeparator()
    }

    /// `" : "` pretty, `":"` compact, as Foundation writes them.
    func writeKeySeparator() {
        output.appendLiteral(output.prettyPrinted ? " : " : ":")
    }

    /// Starts an array element: the separator and indentation.
    func beginElement() {
        let level = frames.count
        if frames[level - 1].count > 0 { output.bytes.append(UInt8(ascii: ",")) }
        newline()
        frames[level - 1].count += 1
        writeIndent(level)
    }

    func writeString(_ string: String) { output.appendString(string) }

    func writeInteger<I: BinaryInteger>(_ value: I) { output.appendInteger(value) }

    func writeLiteral(_ text: StaticString) { output.appendLiteral(text) }

    func writeDouble<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) throws {
        guard output.appendDouble(value) else {
            throw SortedJSONEncoder.Unsupported(description: "non-finite number \(value)")
        }
    }

    /// Writes `value`'s fields as an object whose braces sit at `level`. The object writer takes the
    /// buffer and hands it back (it may have grown, so only its copy is current).
    func writeObject<Value: SortedJSONFields>(_ value: Value, level: Int) {
        var object = SortedJSONObject(output: output, level: level)
        object.writeNested(value, level: level)
        output = object.output
        if object.refusedNumber { refuse("a non-finite number") }
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
