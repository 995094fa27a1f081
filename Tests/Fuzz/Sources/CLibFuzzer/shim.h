// libFuzzer's entry point for programs that keep their own main (https://llvm.org/docs/LibFuzzer.html).
// The runtime is linked by -sanitize=fuzzer; only the declaration is needed here.
#include <stddef.h>
#include <stdint.h>

int LLVMFuzzerRunDriver(int *argc, char ***argv, int (*test)(const uint8_t *data, size_t size));
