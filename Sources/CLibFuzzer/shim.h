#ifndef SLANT_CLIBFUZZER_SHIM_H
#define SLANT_CLIBFUZZER_SHIM_H
#include <stddef.h>
#include <stdint.h>

// libFuzzer's driver without its `main` (libclang_rt.fuzzer_no_main, linked by scripts/fuzz):
// a fuzz target keeps its own `main`, which SwiftPM needs, and hands the command line over.
int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*callback)(const uint8_t *data, size_t size));
#endif
