#ifndef SLANT_CLIBCRYPTO_SHIM_H
#define SLANT_CLIBCRYPTO_SHIM_H
// OpenSSL's libcrypto (Debian's libssl-dev) for the inputs' SHA-256: the system's library, so
// no build compiles a copy of BoringSSL (swift-crypto's) before it can start.
#include <stddef.h>
#include <openssl/evp.h>

// One call: EVP_Digest with SHA-256; 1 on success.
static inline int slant_sha256(const unsigned char *data, size_t count, unsigned char *digest) {
    unsigned int length = 0;
    return EVP_Digest(data, count, digest, &length, EVP_sha256(), NULL);
}
#endif
