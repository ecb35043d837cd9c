import PCRE2

/// Markdown made ready for the audit by blanking what is not prose with spaces (line breaks
/// kept), so every byte offset stays that of the file: front matter, fenced and indented code
/// blocks, inline code, link and image destinations, bare and angle-bracket URLs, reference
/// definitions, HTML tags and comments, and the markers of headings, quotes, lists, emphasis and
/// thematic breaks. HTML comments are kept aside as candidate suppression directives.
///
/// A line-oriented approximation of CommonMark, not a full parser: enough to keep code, URLs and
/// markup out of the findings.
struct MarkdownProse {
    let file: SourceText
    private let bytes: [UInt8]
    private var output: [UInt8]
    private var candidates: [DirectiveCandidate] = []
    /// The last answer of each forward search (`-->`, `</script`): hostile text opening
    /// thousands of comments that never close would otherwise search the rest of the file for
    /// each of them.
    private var searches: [String: ForwardSearchMemo] = [:]
    /// Where the bracket or parenthesis opening at a position closes (-1: it does not), filled by
    /// each scan for every opener it passes, in the run of prose lines being read.
    private var closingBrackets: [Int: Int] = [:]
    private var closingParentheses: [Int: Int] = [:]
    /// Bytes read by searches and bracket scans, for tests to check that the work grows in
    /// proportion to the text, not its square.
    private(set) var work = 0

    static func extract(_ file: SourceText) -> ProseText {
        var work = 0
        return extract(file, work: &work)
    }

    static func extract(_ file: SourceText, work: inout Int) -> ProseText {
        var prose = MarkdownProse(file: file)
        prose.run()
        work += prose.work
        let blanked = SourceText(
            name: file.name,
            utf8: (try? ValidUTF8(validating: prose.output)) ?? ValidUTF8(String(decoding: prose.output, as: UTF8.self)),
            origin: TextOrigin(
                file: file, pieces: [TextOrigin.Piece(text: 0..<file.bytes.count, file: 0..<file.bytes.count, verbatim: true)]))
        return ProseText(markup: .markdown, prose: blanked, candidates: prose.candidates)
    }

    private init(file: SourceText) {
        self.file = file
        self.bytes = file.bytes
        self.output = file.bytes
    }

    // MARK: - Blocks

    private mutating func run() {
        let lines = (1...file.lineStarts.count).map { file.lineRange($0) }
        var index = blankFrontMatter(lines)
        var fence: (marker: UInt8, count: Int)?
        var previousBlank = true
        var previousCode = false
        var inList = false
        var proseStart: Int?  // first byte of the current run of prose lines
        while index < lines.count {
            let line = lines[index]
            let indent = indentation(of: line)
            let content = line.lowerBound + indent.bytes..<line.upperBound
            let isBlankLine = content.isEmpty
            if let open = fence {
                if let close = fenceMarker(in: content), close.marker == open.marker, close.count >= open.count,
                    isBlank(content.lowerBound + close.count..<content.upperBound)
                {
                    fence = nil
                }
                blank(line)
                index += 1
                continue
            }
            if let marker = fenceMarker(in: content), marker.marker == UInt8(ascii: "~") || !containsBacktick(afterFence: content)
            {
                flushProse(&proseStart, upTo: line.lowerBound)
                fence = marker
                blank(line)
                previousCode = false
                previousBlank = false
                index += 1
                continue
            }
            if !isBlankLine && indent.columns >= 4 && !inList && (previousBlank || previousCode) {
                flushProse(&proseStart, upTo: line.lowerBound)
                blank(line)
                previousCode = true
                previousBlank = false
                index += 1
                continue
            }
            previousCode = false
            if isBlankLine {
                previousBlank = true
                index += 1
                continue
            }
            if startsListItem(content) {
                inList = true
            } else if indent.columns == 0 && previousBlank {
                inList = false
            }
            blankLineMarkers(content, previousLineIsProse: !previousBlank)
            if proseStart == nil { proseStart = line.lowerBound }
            previousBlank = false
            index += 1
        }
        flushProse(&proseStart, upTo: bytes.count)
    }

    /// `---` ... `---` (YAML) or `+++` ... `+++` (TOML) opening the file.
    private mutating func blankFrontMatter(_ lines: [Range<Int>]) -> Int {
        guard let first = lines.first else { return 0 }
        let opening = file.text(ByteScanning.trimmed(first, in: bytes))
        guard opening == "---" || opening == "+++" else { return 0 }
        for index in 1..<lines.count {
            let text = file.text(ByteScanning.trimmed(lines[index], in: bytes))
            if text == opening || (opening == "---" && text == "...") {
                for line in lines[0...index] { blank(line) }
                return index + 1
            }
        }
        return 0
    }

    private mutating func flushProse(_ start: inout Int?, upTo end: Int) {
        guard let begin = start else { return }
        blankInline(begin..<end)
        start = nil
    }

    /// Heading, quote and list markers, setext underlines, thematic breaks, table rules and
    /// reference definitions at the start of a prose line.
    private mutating func blankLineMarkers(_ content: Range<Int>, previousLineIsProse: Bool) {
        let text = file.text(content)
        let stripped = text.filter { $0 != " " && $0 != "\t" }
        if let first = stripped.first, "-*_=".contains(first), stripped.allSatisfy({ $0 == first }),
            stripped.count >= 3 || (first == "=" || first == "-") && previousLineIsProse
        {
            blank(content)
            return
        }
        if !stripped.isEmpty, stripped.allSatisfy({ "|-:".contains($0) }), stripped.contains("-") {
            blank(content)
            return
        }
        if text.hasPrefix("["), let close = text.firstIndex(of: "]"), text[close...].hasPrefix("]:") {
            blank(content)
            return
        }
        var position = content.lowerBound
        // Quote markers, possibly nested ("> > text").
        while position < content.upperBound && bytes[position] == UInt8(ascii: ">") {
            output[position] = 0x20
            position += 1
            while position < content.upperBound && isSpaceOrTab(bytes[position]) { position += 1 }
        }
        // ATX heading: "## Title ##".
        var hashes = position
        while hashes < content.upperBound && bytes[hashes] == UInt8(ascii: "#") { hashes += 1 }
        if hashes > position && hashes - position <= 6 && (hashes == content.upperBound || isSpaceOrTab(bytes[hashes])) {
            blank(position..<hashes)
            var end = content.upperBound
            while end > hashes && isSpaceOrTab(bytes[end - 1]) { end -= 1 }
            var closing = end
            while closing > hashes && bytes[closing - 1] == UInt8(ascii: "#") { closing -= 1 }
            if closing < end && closing > hashes && isSpaceOrTab(bytes[closing - 1]) { blank(closing..<end) }
            return
        }
        if let marker = listMarkerLength(at: position, in: content) { blank(position..<position + marker) }
    }

    // MARK: - Inline

    /// Code spans, comments, tags, autolinks, link destinations, bare URLs and emphasis markers
    /// in a run of prose lines (blank lines inside it end code spans and links).
    private mutating func blankInline(_ range: Range<Int>) {
        closingBrackets.removeAll(keepingCapacity: true)
        closingParentheses.removeAll(keepingCapacity: true)
        var position = range.lowerBound
        var linkEnds: [Int: Int] = [:]  // position of a link's "]" -> end of its destination
        while position < range.upperBound {
            if let jump = linkEnds[position] {
                blank(position..<jump)
                position = jump
                continue
            }
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\\"):
                position += min(2, range.upperBound - position)
            case UInt8(ascii: "`"):
                position = codeSpan(at: position, limit: range.upperBound)
            case UInt8(ascii: "<"):
                position = angleBracket(at: position, limit: range.upperBound)
            case UInt8(ascii: "["), UInt8(ascii: "!"):
                if let (textStart, close, end) = link(at: position, limit: range.upperBound) {
                    blank(position..<textStart)
                    linkEnds[close] = end
                    position = textStart
                } else {
                    position += 1
                }
            case UInt8(ascii: "h"), UInt8(ascii: "w"):
                position = bareURL(at: position, limit: range.upperBound)
            case UInt8(ascii: "*"), UInt8(ascii: "_"), UInt8(ascii: "~"):
                position = emphasisRun(at: position, limit: range.upperBound)
            default:
                position += 1
            }
        }
    }

    /// A run of N backticks closed by a run of exactly N before a blank line: blanked whole.
    private mutating func codeSpan(at start: Int, limit: Int) -> Int {
        let count = run(of: UInt8(ascii: "`"), at: start, limit: limit)
        var position = start + count
        while position < limit {
            if isParagraphBreak(at: position, limit: limit) { break }
            if bytes[position] == UInt8(ascii: "`") {
                let closing = run(of: UInt8(ascii: "`"), at: position, limit: limit)
                if closing == count {
                    blank(start..<position + closing)
                    return position + closing
                }
                position += closing
            } else {
                position += 1
            }
        }
        return start + count
    }

    /// Comments (kept as directive candidates), autolinks and HTML tags; `<script>` and `<style>`
    /// lose their content too.
    private mutating func angleBracket(at start: Int, limit: Int) -> Int {
        if starts(with: "<!--", at: start), let close = find("-->", from: start + 4, limit: bytes.count) {
            let end = close + 3
            candidates.append(DirectiveCandidate(body: trimmedString(start + 4..<close), fileRange: start..<end))
            blank(start..<end)
            return end
        }
        guard start + 1 < limit else { return start + 1 }
        var position = start + 1
        while position < limit && !isSpaceOrTab(bytes[position]) && bytes[position] != UInt8(ascii: ">")
            && bytes[position] != 0x0A
        {
            position += 1
        }
        if position < limit && bytes[position] == UInt8(ascii: ">") {
            let inside = file.text(start + 1..<position)
            if inside.contains(":") || inside.contains("@") && !inside.hasPrefix("/") {
                blank(start...position)
                return position + 1
            }
        }
        let next = bytes[start + 1]
        guard isASCIILetter(next) || next == UInt8(ascii: "/") || next == UInt8(ascii: "!") || next == UInt8(ascii: "?") else {
            return start + 1
        }
        guard let end = tagEnd(from: start + 1, limit: limit) else { return start + 1 }
        blank(start..<end)
        let name = file.text(start + 1..<end).lowercased().prefix { $0.isLetter }
        if name == "script" || name == "style", let close = find("</\(name)", from: end, limit: bytes.count, caseless: true),
            let closeEnd = tagEnd(from: close + 1, limit: bytes.count)
        {
            blank(end..<closeEnd)
            return closeEnd
        }
        return end
    }

    /// `[text](destination "title")`, `![alt](src)` or `[text][ref]`: where the text starts,
    /// where its closing bracket is and where the destination ends. Nested brackets are allowed.
    private mutating func link(at start: Int, limit: Int) -> (textStart: Int, close: Int, end: Int)? {
        var open = start
        if bytes[start] == UInt8(ascii: "!") {
            guard start + 1 < limit, bytes[start + 1] == UInt8(ascii: "[") else { return nil }
            open = start + 1
        }
        guard let close = closingBracket(of: open, limit: limit), close + 1 < limit else { return nil }
        let end: Int?
        switch bytes[close + 1] {
        case UInt8(ascii: "("): end = closingParenthesis(of: close + 1, limit: limit)
        case UInt8(ascii: "["): end = closingBracket(of: close + 1, limit: limit)
        default: return nil
        }
        guard let end else { return nil }
        return (open + 1, close, end + 1)
    }

    private mutating func closingBracket(of open: Int, limit: Int) -> Int? {
        // The table is moved out for the scan and back, not copied.
        var known = closingBrackets
        closingBrackets = [:]
        defer { closingBrackets = known }
        let (close, read) = closer(of: open, opening: UInt8(ascii: "["), closing: UInt8(ascii: "]"), limit: limit, known: &known)
        work += read
        return close
    }

    private mutating func closingParenthesis(of open: Int, limit: Int) -> Int? {
        var known = closingParentheses
        closingParentheses = [:]
        defer { closingParentheses = known }
        let (close, read) = closer(of: open, opening: UInt8(ascii: "("), closing: UInt8(ascii: ")"), limit: limit, known: &known)
        work += read
        return close
    }

    /// Where the `opening` byte at `open` is closed, counting nested pairs and skipping escaped
    /// bytes, before a blank line or `limit`; nil if it is not. `read`: the bytes scanned. A scan from `open` passes every
    /// opener nested in it, in the same state a scan of their own would be in, so it records
    /// their answers too (`known`): a run of thousands of unclosed `[` or `(` is read once, not
    /// once per opener.
    private func closer(of open: Int, opening: UInt8, closing: UInt8, limit: Int, known: inout [Int: Int]) -> (
        close: Int?, read: Int
    ) {
        if let answer = known[open] { return (answer < 0 ? nil : answer, 0) }
        var unclosed: [Int] = []
        var position = open
        while position < limit {
            if isParagraphBreak(at: position, limit: limit) { break }
            let byte = bytes[position]
            if byte == UInt8(ascii: "\\") {
                position += 2
                continue
            }
            if byte == opening {
                unclosed.append(position)
            } else if byte == closing, let innermost = unclosed.popLast() {
                known[innermost] = position
                if unclosed.isEmpty { return (position, position - open) }
            }
            position += 1
        }
        for opener in unclosed { known[opener] = -1 }
        return (nil, position - open)
    }

    /// `https://...`, `http://...` or `www....` at a word start, up to a space or `<`, without
    /// trailing punctuation (GitHub's extended autolinks).
    private mutating func bareURL(at start: Int, limit: Int) -> Int {
        guard start == 0 || !ByteScanning.isASCIILetterOrDigit(bytes[start - 1]) else { return start + 1 }
        guard starts(with: "https://", at: start) || starts(with: "http://", at: start) || starts(with: "www.", at: start) else {
            return start + 1
        }
        var end = start
        while end < limit && !ByteScanning.isSpace(ByteScanning.scalar(at: end, in: bytes).scalar)
            && bytes[end] != UInt8(ascii: "<")
        {
            end += 1
        }
        while end > start && ".,:;!?\"')*_~".utf8.contains(bytes[end - 1]) { end -= 1 }
        blank(start..<end)
        return end
    }

    /// Emphasis and strikethrough delimiters that touch a word on one side only. Inside a word
    /// (`snake_case`) they are text.
    private mutating func emphasisRun(at start: Int, limit: Int) -> Int {
        let count = run(of: bytes[start], at: start, limit: limit)
        let end = start + count
        let wordBefore = start > 0 && isWordByteOrNonASCII(bytes[start - 1])
        let wordAfter = end < limit && isWordByteOrNonASCII(bytes[end])
        if bytes[start] == UInt8(ascii: "~") && count < 2 { return end }
        if wordBefore != wordAfter { blank(start..<end) }
        return end
    }

    // MARK: - Helpers

    private mutating func blank(_ range: Range<Int>) {
        for index in range where output[index] != 0x0A && output[index] != 0x0D { output[index] = 0x20 }
    }

    private mutating func blank(_ range: ClosedRange<Int>) {
        blank(range.lowerBound..<range.upperBound + 1)
    }

    private func indentation(of line: Range<Int>) -> (bytes: Int, columns: Int) {
        var count = 0
        var columns = 0
        while line.lowerBound + count < line.upperBound && isSpaceOrTab(bytes[line.lowerBound + count]) {
            columns += bytes[line.lowerBound + count] == 0x09 ? 4 - columns % 4 : 1
            count += 1
        }
        return (count, columns)
    }

    private func fenceMarker(in content: Range<Int>) -> (marker: UInt8, count: Int)? {
        guard let first = content.first.map({ bytes[$0] }), first == UInt8(ascii: "`") || first == UInt8(ascii: "~") else {
            return nil
        }
        let count = run(of: first, at: content.lowerBound, limit: content.upperBound)
        return count >= 3 ? (first, count) : nil
    }

    /// A backtick fence's info string may not contain a backtick (CommonMark), else it is inline code.
    private func containsBacktick(afterFence content: Range<Int>) -> Bool {
        let count = run(of: UInt8(ascii: "`"), at: content.lowerBound, limit: content.upperBound)
        return bytes[(content.lowerBound + count)..<content.upperBound].contains(UInt8(ascii: "`"))
    }

    private func startsListItem(_ content: Range<Int>) -> Bool {
        listMarkerLength(at: content.lowerBound, in: content) != nil
    }

    /// "- ", "* ", "+ ", "1. " or "1) ": the marker's length, its space included.
    private func listMarkerLength(at position: Int, in content: Range<Int>) -> Int? {
        guard position < content.upperBound else { return nil }
        var end = position
        if "-*+".utf8.contains(bytes[end]) {
            end += 1
        } else {
            while end < content.upperBound && end - position < 9 && bytes[end] >= 0x30 && bytes[end] <= 0x39 { end += 1 }
            guard end > position, end < content.upperBound, bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")")
            else { return nil }
            end += 1
        }
        guard end < content.upperBound, isSpaceOrTab(bytes[end]) else { return nil }
        return end + 1 - position
    }

    private func tagEnd(from start: Int, limit: Int) -> Int? {
        var quote: UInt8?
        var position = start
        while position < limit {
            let byte = bytes[position]
            if let open = quote {
                if byte == open { quote = nil }
            } else if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'") {
                quote = byte
            } else if byte == UInt8(ascii: ">") {
                return position + 1
            } else if byte == UInt8(ascii: "<") {
                return nil
            }
            position += 1
        }
        return nil
    }

    private func isParagraphBreak(at position: Int, limit: Int) -> Bool {
        guard bytes[position] == 0x0A else { return false }
        var next = position + 1
        while next < limit && (isSpaceOrTab(bytes[next]) || bytes[next] == 0x0D) { next += 1 }
        return next < limit && bytes[next] == 0x0A
    }

    private func isBlank(_ range: Range<Int>) -> Bool {
        bytes[range].allSatisfy { isSpaceOrTab($0) || $0 == 0x0D }
    }

    private func run(of byte: UInt8, at start: Int, limit: Int) -> Int {
        var end = start
        while end < limit && bytes[end] == byte { end += 1 }
        return end - start
    }

    private func starts(with prefix: String, at position: Int, caseless: Bool = false) -> Bool {
        let pattern = Array(prefix.utf8)
        guard position + pattern.count <= bytes.count else { return false }
        for (offset, byte) in pattern.enumerated() {
            let candidate = bytes[position + offset]
            if caseless ? lowercase(candidate) != lowercase(byte) : candidate != byte { return false }
        }
        return true
    }

    /// The first `needle` at or after `start`. Callers search to the end of the file, always
    /// forward of their last search for the same needle, so the last answer often stands.
    private mutating func find(_ needle: String, from start: Int, limit: Int, caseless: Bool = false) -> Int? {
        switch searches[needle]?.answer(from: start, limit: limit) ?? .unknown {
        case .found(let position): return position
        case .notFound: return nil
        case .unknown: break
        }
        var position = start
        defer { work += position - start }
        while position < limit {
            if starts(with: needle, at: position, caseless: caseless) { break }
            position += 1
        }
        let found = position < limit ? position : nil
        searches[needle] = ForwardSearchMemo(from: start, limit: limit, found: found)
        return found
    }

    private func trimmedString(_ range: Range<Int>) -> String {
        file.text(ByteScanning.trimmed(range, in: bytes))
    }

    private func lowercase(_ byte: UInt8) -> UInt8 { byte >= 0x41 && byte <= 0x5A ? byte + 32 : byte }
    private func isSpaceOrTab(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 }
    private func isASCIILetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
    private func isWordByteOrNonASCII(_ byte: UInt8) -> Bool { ByteScanning.isASCIILetterOrDigit(byte) || byte >= 0x80 }
}
