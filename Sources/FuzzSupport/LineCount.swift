/// How many lines a text has, counted as slant counts them: a line ends at "\n", "\r\n" or a
/// lone "\r" (as libyaml and the CSV reader read them), and a text's last line is a line whether
/// or not a line break ends it.
public enum LineCount {
    public static func of(_ bytes: [UInt8]) -> Int {
        bytes.indices.reduce(1) { count, index in
            let byte = bytes[index]
            let loneCR = byte == UInt8(ascii: "\r") && (index + 1 == bytes.count || bytes[index + 1] != UInt8(ascii: "\n"))
            return byte == UInt8(ascii: "\n") || loneCR ? count + 1 : count
        }
    }
}
