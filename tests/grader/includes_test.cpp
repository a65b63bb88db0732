// The #include scan: every spelling that reaches outside the allowed headers is refused with
// its line; the includes an exercise needs pass.
#include <gtest/gtest.h>

#include "build/includes.hpp"

namespace gdlab::build {
namespace {

std::string refusal(const std::string& source) {
  return forbidden_include(source, "exercises/gd_1d.cpp").value_or("");
}

TEST(Includes, WhatAnExerciseNeedsPasses) {
  EXPECT_EQ(refusal("#include \"gd_1d.hpp\"\n#include <vector>\n#include <Eigen/Dense>\n"
                    "#include \"gdlab/core.hpp\"\n#  include <cmath>\n#include <unistd.h>\n"
                    "// #include \"/etc/passwd\" in a comment\n/* #include \"/etc/passwd\"\n */\n"
                    "const char* s = \"#include </etc/passwd>\";\n"),
            "");
}

TEST(Includes, OutsideReachesAreRefusedWithTheirLine) {
  EXPECT_EQ(refusal("int x;\n#include \"/etc/passwd\"\n").rfind("exercises/gd_1d.cpp:2: #include \"/etc/passwd\" is not allowed", 0), 0u);
  for (const std::string bad : {"#include \"/dev/random\"", "#include </dev/urandom>", "#include \"gd_1d.cpp\"",
                                "#include \"../../solutions/gd_1d.cpp\"", "#include <../x.hpp>",
                                "#include \"a/../../b.h\"", "#include_next <vector>", "#include HEADER",
                                "#define F \"/etc/passwd\"\n#include F", "#/**/include \"/etc/passwd\"",
                                "#inc\\\nlude \"/etc/passwd\"", "  #  include\t\"/proc/self/environ\"",
                                "#embed \"/etc/passwd\"", "%:include \"../solutions/gd_1d.cpp\"", "#include \"notes.txt\""})
    EXPECT_NE(refusal(bad).find("is not allowed"), std::string::npos) << bad;
}

TEST(Includes, LineNumbersSurviveContinuedLines) {
  EXPECT_NE(refusal("#define A \\\n  1\n\n#include \"/etc/passwd\"\n").find("gd_1d.cpp:4:"), std::string::npos);
}

}  // namespace
}  // namespace gdlab::build
