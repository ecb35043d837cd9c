import Crypto

/// The SHA-256 of some bytes as 64 lower-case hex digits: the input's fingerprint in reports
/// and a baseline entry's in SARIF. Written digit by digit (`String(format:)` per byte was a
/// visible cost at one audit per article).
public enum SHA256Hex {
    public static func of(_ bytes: [UInt8]) -> String {
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in SHA256.hash(data: bytes) {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
