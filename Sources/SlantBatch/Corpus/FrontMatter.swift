import Yams

/// YAML front matter at the top of an article file: a `---` line, `key: value` lines, and a
/// closing `---` or `...` line. The block is blanked out (every byte but line breaks becomes a
/// space) rather than cut off, so byte offsets and line:column of findings still point into
/// the file as it is on disk.
enum FrontMatter {
    struct Split {
        /// Scalar values by key, as written (a date stays "2019-04-10", not a parsed date).
        let fields: [String: String]
        /// The file's bytes with the front matter blanked.
        let body: [UInt8]
    }

    struct Failure: Error {
        let line: Int
        let message: String
    }

    /// The metadata and body of a file; a file without front matter has no fields.
    static func split(_ bytes: [UInt8]) throws(Failure) -> Split {
        guard let end = closingLineEnd(bytes) else { return Split(fields: [:], body: bytes) }
        let block = bytes[..<end]
        if let offset = UTF8Check.firstInvalidOffset(in: Array(block)) {
            let line = block[..<offset].reduce(1) { $1 == UInt8(ascii: "\n") ? $0 + 1 : $0 }
            throw Failure(line: line, message: "invalid UTF-8 in the front matter at byte \(offset)")
        }
        var fields: [String: String] = [:]
        do {
            // Only the lines between the markers: Yams would read the markers as documents.
            let yaml = String(decoding: yamlLines(block), as: UTF8.self)
            if let node = try Yams.compose(yaml: yaml) {
                guard let mapping = node.mapping else {
                    throw Failure(line: 2, message: "front matter is not a list of `key: value` lines")
                }
                for (key, value) in mapping {
                    guard let name = key.string else { continue }
                    if let scalar = value.scalar { fields[name] = scalar.string }
                }
            }
        } catch let failure as Failure {
            throw failure
        } catch {
            // Yams's message gives the line within the block, which starts on line 2 of the file.
            throw Failure(line: 1, message: "front matter is not valid YAML: \(error)")
        }
        var body = bytes
        for index in 0..<end where body[index] != UInt8(ascii: "\n") { body[index] = UInt8(ascii: " ") }
        return Split(fields: fields, body: body)
    }

    /// The offset just past the closing marker line, or nil when the file has no front matter.
    private static func closingLineEnd(_ bytes: [UInt8]) -> Int? {
        var lines = LineRanges(bytes)
        guard let first = lines.next(), isMarker(bytes[first], allowDots: false) else { return nil }
        while let line = lines.next() {
            if isMarker(bytes[line], allowDots: true) {
                return line.upperBound < bytes.count ? line.upperBound + 1 : line.upperBound
            }
        }
        return nil
    }

    private static func yamlLines(_ block: ArraySlice<UInt8>) -> ArraySlice<UInt8> {
        var lines = LineRanges(Array(block))
        guard let first = lines.next() else { return [] }
        var last = first
        while let line = lines.next() { last = line }
        let start = block.startIndex + first.upperBound + 1
        let end = block.startIndex + last.lowerBound
        return start < end ? block[start..<end] : []
    }

    private static func isMarker(_ line: ArraySlice<UInt8>, allowDots: Bool) -> Bool {
        var trimmed = line
        while let last = trimmed.last, last == 0x20 || last == 0x09 || last == 0x0D { trimmed.removeLast() }
        return trimmed.elementsEqual("---".utf8) || (allowDots && trimmed.elementsEqual("...".utf8))
    }
}

/// The ranges of the lines of a byte array, without their line breaks.
private struct LineRanges: IteratorProtocol {
    let bytes: [UInt8]
    var start = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    mutating func next() -> Range<Int>? {
        guard start < bytes.count else { return nil }
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
        defer { start = end + 1 }
        return start..<end
    }
}
