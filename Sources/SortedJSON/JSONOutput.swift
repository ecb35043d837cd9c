/// The bytes being written and Foundation's layout rules for them (written through
/// `SortedJSONObject`).
///
/// A struct, not a class: it lives inside the value being written, so the per-byte appends need
/// no reference counting and no exclusivity checks in the modules it is inlined into.
@usableFromInline
struct JSONOutput {
    @usableFromInline var bytes: JSONByteBuffer
    @usableFromInline let prettyPrinted: Bool
    /// `",\n"` then spaces: any separator, line break and indentation is one slice of it. A
    /// pointer, not an array: slicing an array retains it, and this is done for every field.
    @usableFromInline let breaks: UnsafePointer<UInt8>

    /// Levels whose indentation is one slice of `breaks`; deeper ones are written in pieces.
    @usableFromInline static let slicedLevels = 64
    /// Allocated once and never freed (it lives as long as the process); never written after
    /// its initialization, hence safe to share.
    nonisolated(unsafe) static let sharedBreaks: UnsafePointer<UInt8> = {
        let bytes = Array(",\n".utf8) + [UInt8](repeating: UInt8(ascii: " "), count: 2 * slicedLevels)
        let pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count)
        pointer.initialize(from: bytes, count: bytes.count)
        return UnsafePointer(pointer)
    }()

    @usableFromInline
    init(prettyPrinted: Bool, capacity: Int) {
        self.prettyPrinted = prettyPrinted
        breaks = Self.sharedBreaks
        bytes = JSONByteBuffer(capacity: capacity)
    }

    /// Before an entry or element at `level`: a comma unless it is the first, then (pretty) a
    /// line break and two spaces per level.
    @inlinable @inline(__always)
    mutating func appendBreak(level: Int, first: Bool) {
        guard prettyPrinted else {
            if !first { bytes.append(UInt8(ascii: ",")) }
            return
        }
        let start = first ? 1 : 0
        if level <= Self.slicedLevels {
            bytes.append(contentsOf: UnsafeBufferPointer(start: breaks + start, count: 2 + 2 * level - start))
        } else {
            appendDeepBreak(level: level, start: start)
        }
    }

    @usableFromInline
    mutating func appendDeepBreak(level: Int, start: Int) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: breaks + start, count: 2 - start))
        appendIndent(level: level)
    }

    /// Two spaces per level, whatever the level.
    mutating func appendIndent(level: Int) {
        var remaining = 2 * level
        while remaining > 0 {
            let count = min(remaining, 2 * Self.slicedLevels)
            bytes.append(contentsOf: UnsafeBufferPointer(start: breaks + 2, count: count))
            remaining -= count
        }
    }

    /// The closing `}` or `]` of a container whose brackets sit at `level`. An empty container
    /// gets an empty line inside when pretty (`{\n\n}`), as Foundation writes it.
    @inlinable @inline(__always)
    mutating func appendClose(_ bracket: UInt8, level: Int, empty: Bool) {
        if empty && prettyPrinted { bytes.append(UInt8(ascii: "\n")) }
        appendBreak(level: level, first: true)
        bytes.append(bracket)
    }

    /// A key known at compile time (an identifier: nothing to escape), quoted, then `" : "`
    /// (pretty) or `":"`.
    @inlinable @inline(__always)
    mutating func appendKey(_ key: StaticString) {
        // One capacity check for the quoted key and its separator (a key per field adds up).
        let length = key.utf8CodeUnitCount
        bytes.reserve(length + 5)
        var cursor = bytes.base + bytes.count
        cursor.initialize(to: UInt8(ascii: "\""))
        (cursor + 1).initialize(from: key.utf8Start, count: length)
        cursor += length + 1
        cursor.initialize(to: UInt8(ascii: "\""))
        if prettyPrinted {
            (cursor + 1).initialize(to: UInt8(ascii: " "))
            (cursor + 2).initialize(to: UInt8(ascii: ":"))
            (cursor + 3).initialize(to: UInt8(ascii: " "))
            bytes.count += length + 5
        } else {
            (cursor + 1).initialize(to: UInt8(ascii: ":"))
            bytes.count += length + 3
        }
    }

    /// `" : "` (pretty) or `":"`.
    @inlinable @inline(__always)
    mutating func appendKeySeparator() {
        if prettyPrinted { bytes.append(UInt8(ascii: " ")) }
        bytes.append(UInt8(ascii: ":"))
        if prettyPrinted { bytes.append(UInt8(ascii: " ")) }
    }

    @inlinable
    mutating func appendLiteral(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    @inlinable
    mutating func appendBool(_ value: Bool) {
        appendLiteral(value ? "true" : "false")
    }

    /// A string, quoted and escaped as Foundation does with `.withoutEscapingSlashes`: `"` `\`
    /// and control characters only; everything else (all non-ASCII) is copied as is.
    @usableFromInline
    mutating func appendString(_ string: String) {
        if string.utf8.withContiguousStorageIfAvailable({ appendQuoted($0) }) == nil {
            var string = string
            string.withUTF8 { appendQuoted($0) }
        }
    }

    /// Runs of bytes that need no escape (almost all of them) are copied at once; the search
    /// for the next escape looks at eight bytes per step.
    @usableFromInline
    mutating func appendQuoted(_ utf8: UnsafeBufferPointer<UInt8>) {
        bytes.reserve(utf8.count + 2)
        bytes.append(UInt8(ascii: "\""))
        if let base = utf8.baseAddress {
            let count = utf8.count
            var runStart = 0
            var offset = 0
            while offset < count {
                while offset + 8 <= count,
                    !Self.mayNeedEscape(UnsafeRawPointer(base + offset).loadUnaligned(as: UInt64.self))
                {
                    offset += 8
                }
                // Byte by byte through the next eight (or the tail).
                let end = min(offset + 8, count)
                while offset < end {
                    let byte = base[offset]
                    if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") {
                        bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: offset - runStart))
                        appendEscaped(byte)
                        runStart = offset + 1
                    }
                    offset += 1
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(start: base + runStart, count: count - runStart))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    /// Whether any of eight bytes may be a control character, `"` or `\`: never false when one
    /// is (the classic "has a byte less than n" and "has a zero byte" word tricks); it may be
    /// true when none is, and the caller then checks byte by byte.
    @usableFromInline
    static func mayNeedEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let control = (word &- ones &* 0x20) & ~word
        let quote = word ^ (ones &* UInt64(UInt8(ascii: "\"")))
        let backslash = word ^ (ones &* UInt64(UInt8(ascii: "\\")))
        let quoteOrBackslash = ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return (control | quoteOrBackslash) & highBits != 0
    }

    mutating func appendEscaped(_ byte: UInt8) {
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
        bytes.append(UInt8(ascii: "\\"))
        if let escape {
            bytes.append(escape)
        } else {
            let hex = Array("0123456789abcdef".utf8)
            for digit in [UInt8(ascii: "u"), UInt8(ascii: "0"), UInt8(ascii: "0"), hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]] {
                bytes.append(digit)
            }
        }
    }

    /// An integer's decimal digits, without making a `String`.
    @inlinable
    mutating func appendInteger<I: BinaryInteger>(_ value: I) {
        // Magnitude handles the most negative value, which has no positive counterpart.
        if I.isSigned && value < 0 { bytes.append(UInt8(ascii: "-")) }
        bytes.appendDigits(of: value.magnitude)
    }

    /// Foundation writes a number's shortest round-trip form without a trailing ".0". Returns
    /// false, writing nothing, for a number JSON cannot hold (NaN, infinity).
    @usableFromInline
    mutating func appendDouble<F: BinaryFloatingPoint & CustomStringConvertible>(_ value: F) -> Bool {
        guard value.isFinite else { return false }
        var text = value.description
        let kept = text.utf8.count - (text.hasSuffix(".0") ? 2 : 0)
        text.withUTF8 { bytes.append(contentsOf: UnsafeBufferPointer(rebasing: $0.prefix(kept))) }
        return true
    }
}
