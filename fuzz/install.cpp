// libFuzzer calls this once, before the first input: the spec schema's built-in entries, as
// gdlab's main() and the test programs install them, or a spec naming one cannot load.
#include "problems/builtin.hpp"

extern "C" int LLVMFuzzerInitialize(int* /*argc*/, char*** /*argv*/) {
  gdlab::problems::install();
  return 0;
}
