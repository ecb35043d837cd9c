/// The line a YAML syntax error is reported on, kept inside the file: at the end of a text that
/// does not end with a line break, libyaml moves its mark to a line that does not exist ("a: b\nc"
/// is reported on line 3 of a two-line file). Found by the fuzz-config target.
enum YAMLErrorLine {
    static func line(_ mark: Int, in text: String) -> Int {
        var lines = 1
        for byte in text.utf8 where byte == UInt8(ascii: "\n") { lines += 1 }
        // A final line break ends the last line rather than starting one.
        if text.utf8.last == UInt8(ascii: "\n") { lines -= 1 }
        return max(1, min(mark, lines))
    }
}
