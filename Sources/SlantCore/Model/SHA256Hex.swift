import CLibCrypto

/// The SHA-256 of some bytes as 64 lower-case hex digits: the input's fingerprint in reports
/// and a baseline entry's in SARIF. Computed by the system's libcrypto (OpenSSL); written digit
/// by digit (`String(format:)` per byte was a visible cost at one audit per article).
public enum SHA256Hex {
    public static func of(_ bytes: [UInt8]) -> String {
        var digest = [UInt8](repeating: 0, count: 32)
        let succeeded = bytes.withUnsafeBufferPointer { input in
            digest.withUnsafeMutableBufferPointer { output in
                slant_sha256(input.baseAddress, input.count, output.baseAddress)
            }
        }
        // EVP_Digest fails only when OpenSSL cannot allocate its context.
        precondition(succeeded == 1, "libcrypto could not compute a SHA-256")
        let digits = Array("0123456789abcdef".utf8)
        var text: [UInt8] = []
        text.reserveCapacity(64)
        for byte in digest {
            text.append(digits[Int(byte >> 4)])
            text.append(digits[Int(byte & 0x0F)])
        }
        return String(decoding: text, as: UTF8.self)
    }
}
