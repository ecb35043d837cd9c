/// Lines known to be boilerplate for the article's outlet (`slant compare --boilerplate FILE`):
/// lines found in many of one outlet's articles, such as a newsletter blurb or a caption
/// template. Each is dropped like debris wherever it stands alone on a line of the article.
/// Lines are compared trimmed, byte for byte.
public struct KnownBoilerplate: Sendable {
    public static let ruleID = "boilerplate.outlet-line"

    let lines: Set<ArraySlice<UInt8>>

    public init(lines: [[UInt8]]) {
        self.lines = Set(lines.map { $0[...] })
    }

    public var isEmpty: Bool { lines.isEmpty }

    func contains(_ range: Range<Int>, in bytes: [UInt8]) -> Bool {
        lines.contains(bytes[range])
    }
}

extension KnownBoilerplate {
    /// The article's distinct non-empty lines, trimmed as the segmenter trims them: what
    /// `slant compare --find-boilerplate` counts across an outlet's articles.
    public static func distinctLines(of source: SourceText) -> Set<ArraySlice<UInt8>> {
        var lines: Set<ArraySlice<UInt8>> = []
        for line in 1...source.lineStarts.count {
            let range = ByteScanning.trimmed(source.lineRange(line), in: source.bytes)
            if !range.isEmpty { lines.insert(source.bytes[range]) }
        }
        return lines
    }
}
