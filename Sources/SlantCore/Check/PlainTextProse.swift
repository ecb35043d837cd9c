import Foundation

/// Plain text is all prose except suppression directive lines: a line that holds only
/// `[slant-... ]` (or `<!-- slant-... -->`). Those lines are taken out of the analysed text, not
/// blanked, so that a text with one paragraph per line keeps its paragraphs.
enum PlainTextProse {
    static func extract(_ file: SourceText) -> ProseText {
        let bytes = file.bytes
        var builder = MappedTextBuilder()
        var candidates: [DirectiveCandidate] = []
        var copiedUpTo = 0
        for line in 1...file.lineStarts.count {
            let range = file.lineRange(line)
            let trimmed = ByteScanning.trimmed(range, in: bytes)
            guard let body = directiveBody(file.text(trimmed)) else { continue }
            candidates.append(DirectiveCandidate(body: body, fileRange: trimmed))
            // Remove the whole line, its line break included.
            let lineEnd = line < file.lineStarts.count ? file.lineStarts[line] : bytes.count
            builder.copy(copiedUpTo..<range.lowerBound, of: bytes)
            copiedUpTo = lineEnd
        }
        guard !candidates.isEmpty else { return ProseText(markup: .text, prose: file, candidates: []) }
        builder.copy(copiedUpTo..<bytes.count, of: bytes)
        if builder.isEmpty { builder.insert(" ", standingFor: bytes.count..<bytes.count) }
        return ProseText(markup: .text, prose: builder.build(for: file), candidates: candidates)
    }

    /// "slant-disable ..." for `[slant-disable ...]` or `<!-- slant-disable ... -->`.
    static func directiveBody(_ line: String) -> String? {
        var body: Substring
        if line.hasPrefix("[") && line.hasSuffix("]") {
            body = line.dropFirst().dropLast()
        } else if line.hasPrefix("<!--") && line.hasSuffix("-->") && line.count >= 7 {
            body = line.dropFirst(4).dropLast(3)
        } else {
            return nil
        }
        body = body.drop { $0 == " " || $0 == "\t" }
        return body.hasPrefix("slant-") ? String(body).trimmingCharacters(in: .whitespaces) : nil
    }
}
