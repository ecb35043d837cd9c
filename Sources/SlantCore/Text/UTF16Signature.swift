/// Recognises UTF-16 (and UTF-32) text, which reads as UTF-8 with a NUL in every other byte, or
/// fails at its byte-order mark, so a reader can say what the file is and how to convert it
/// instead of "binary data" or "invalid UTF-8" at byte 0.
public enum UTF16Signature {
    /// The encoding, as `iconv -f` names it, when the first bytes are a UTF-16 or UTF-32
    /// byte-order mark or look like ASCII text in UTF-16; nil otherwise.
    public static func encoding(of prefix: some Collection<UInt8>) -> String? {
        let bytes = Array(prefix.prefix(512))
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) { return "UTF-32" }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { return "UTF-16" }
        // Without a mark: ASCII characters in UTF-16 put a NUL in every other byte.
        let pairs = bytes.count / 2
        guard pairs >= 2 else { return nil }
        var nulSecond = 0
        var nulFirst = 0
        for index in 0..<pairs {
            let (first, second) = (bytes[2 * index], bytes[2 * index + 1])
            if first != 0 && second == 0 { nulSecond += 1 }
            if first == 0 && second != 0 { nulFirst += 1 }
        }
        if nulSecond * 4 >= pairs * 3 { return "UTF-16LE" }
        if nulFirst * 4 >= pairs * 3 { return "UTF-16BE" }
        return nil
    }

    /// The advice for a reader's message.
    public static func advice(_ encoding: String) -> String {
        "the file is \(encoding), not UTF-8; convert it first: iconv -f \(encoding) -t UTF-8 FILE > FILE.utf8"
    }
}
