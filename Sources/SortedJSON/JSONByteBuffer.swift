/// A growable byte buffer for the encoder, which appends millions of short runs (a key, an
/// indentation, a number). `[UInt8]` checks uniqueness and goes through its generic copy path on
/// every append; here an append is a capacity check and a copy.
///
/// Manually managed: whoever creates one frees it with `deallocate()` (the encoder, once the value
/// is written). Copies of the struct share the memory, so
/// only the copy that was written last is current.
@usableFromInline
struct JSONByteBuffer {
    @usableFromInline var base: UnsafeMutablePointer<UInt8>
    @usableFromInline var count = 0
    @usableFromInline var capacity: Int

    @usableFromInline
    init(capacity: Int) {
        self.capacity = max(capacity, 64)
        base = .allocate(capacity: self.capacity)
    }

    @inlinable @inline(__always)
    mutating func append(_ byte: UInt8) {
        if count == capacity { grow(toHold: count + 1) }
        base[count] = byte
        count += 1
    }

    @inlinable @inline(__always)
    mutating func append(contentsOf bytes: UnsafeBufferPointer<UInt8>) {
        guard let source = bytes.baseAddress else { return }
        let length = bytes.count
        if count + length > capacity { grow(toHold: count + length) }
        let target = UnsafeMutableRawPointer(base + count)
        let from = UnsafeRawPointer(source)
        // Most runs are a few bytes (a key, an indentation, a number): two overlapping word
        // copies cost less than a call to `memcpy`.
        if length >= 8 && length <= 16 {
            let head = from.loadUnaligned(as: UInt64.self)
            let tail = from.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: length - 8, as: UInt64.self)
        } else if length >= 4 && length < 8 {
            let head = from.loadUnaligned(as: UInt32.self)
            let tail = from.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: length - 4, as: UInt32.self)
        } else if length < 4 {
            for offset in 0..<length { (base + count + offset).initialize(to: source[offset]) }
        } else {
            (base + count).initialize(from: source, count: length)
        }
        count += length
    }

    /// The decimal digits of `magnitude` (not negative): counted, then written backwards in place.
    @inlinable
    mutating func appendDigits<Magnitude: BinaryInteger>(of magnitude: Magnitude) {
        var digits = 1
        var rest = magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        reserve(digits)
        var cursor = base + count + digits
        rest = magnitude
        repeat {
            cursor -= 1
            cursor.pointee = UInt8(ascii: "0") + UInt8(truncatingIfNeeded: rest % 10)
            rest /= 10
        } while rest > 0
        count += digits
    }

    /// Makes room for `additional` more bytes at once (before a long string, say).
    @inlinable
    mutating func reserve(_ additional: Int) {
        if count + additional > capacity { grow(toHold: count + additional) }
    }

    /// At least doubles, so that appending stays linear.
    @usableFromInline
    mutating func grow(toHold needed: Int) {
        let newCapacity = max(needed, 2 * capacity)
        let newBase = UnsafeMutablePointer<UInt8>.allocate(capacity: newCapacity)
        newBase.initialize(from: base, count: count)
        base.deallocate()
        base = newBase
        capacity = newCapacity
    }

    /// The bytes written so far (valid until the next append).
    var written: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @usableFromInline
    func array() -> [UInt8] { Array(written) }

    @usableFromInline
    func deallocate() { base.deallocate() }
}
