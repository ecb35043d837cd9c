/// The line a YAML syntax error is reported on, kept inside the file: at the end of a text that
/// does not end with a line break, libyaml moves its mark to a line that does not exist ("a: b\nc"
/// is reported on line 3 of a two-line file). Found by the fuzz-config target.
enum YAMLErrorLine {
    static func line(_ mark: Int, in text: String) -> Int {
        // libyaml ends a line at "\n", "\r\n" or a lone "\r".
        let bytes = Array(text.utf8)
        var lines = 1
        for index in bytes.indices {
            let loneCR =
                bytes[index] == UInt8(ascii: "\r") && (index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n"))
            if bytes[index] == UInt8(ascii: "\n") || loneCR { lines += 1 }
        }
        // A final line break ends the last line rather than starting one.
        if let last = bytes.last, last == UInt8(ascii: "\n") || last == UInt8(ascii: "\r") { lines -= 1 }
        return max(1, min(mark, lines))
    }
}
