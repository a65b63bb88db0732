// The main() of the grader's test programs: the built-in problems installed first, as gdlab's
// own main() does, so that every test can read a spec.
#include <gtest/gtest.h>

#include "problems/builtin.hpp"

int main(int argc, char** argv) {
  gdlab::problems::install();
  testing::InitGoogleTest(&argc, argv);
  return RUN_ALL_TESTS();
}
