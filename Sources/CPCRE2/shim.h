#ifndef SLANT_CPCRE2_SHIM_H
#define SLANT_CPCRE2_SHIM_H
// PCRE2 needs the code unit width before its header; slant works on UTF-8 bytes only.
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>

// PCRE2's special sizes are casts of ~0, which Swift does not import as constants.
static inline PCRE2_SIZE slant_pcre2_unset(void) { return PCRE2_UNSET; }
#endif
