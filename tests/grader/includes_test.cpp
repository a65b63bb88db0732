// The #include scan: every spelling that reaches outside the allowed headers is refused with
// its line; the includes an exercise needs pass.
#include <gtest/gtest.h>

#include "build/includes.hpp"

namespace gdlab::build {
namespace {

std::string refusal(const std::string& source) { return forbidden_include(source, "exercises/gd_1d.cpp").value_or(""); }

TEST(Includes, WhatAnExerciseNeedsPasses) {
  EXPECT_EQ(refusal("#include \"gd_1d.hpp\"\n#include <vector>\n#include <Eigen/Dense>\n"
                    "#include \"gdlab/core.hpp\"\n#  include <cmath>\n#include <unistd.h>\n"
                    "// #include \"/etc/passwd\" in a comment\n/* #include \"/etc/passwd\"\n */\n"
                    "const char* s = \"#include </etc/passwd>\";\n"),
            "");
}

TEST(Includes, OutsideReachesAreRefusedWithTheirLine) {
  EXPECT_EQ(refusal("int x;\n#include \"/etc/passwd\"\n")
                .rfind("exercises/gd_1d.cpp:2: #include \"/etc/passwd\" is not allowed", 0),
            0u);
  for (const std::string bad :
       {"#include \"/dev/random\"", "#include </dev/urandom>", "#include \"gd_1d.cpp\"",
        "#include \"../../problems/gd_1d/gd_1d.cpp\"", "#include <../x.hpp>", "#include \"a/../../b.h\"",
        "#include_next <vector>", "#include HEADER", "#define F \"/etc/passwd\"\n#include F",
        "#/**/include \"/etc/passwd\"", "#inc\\\nlude \"/etc/passwd\"", "  #  include\t\"/proc/self/environ\"",
        "#embed \"/etc/passwd\"", "%:include \"../problems/gd_1d/gd_1d.cpp\"", "#include \"notes.txt\""})
    EXPECT_NE(refusal(bad).find("is not allowed"), std::string::npos) << bad;
}

TEST(Includes, LineNumbersSurviveContinuedLines) {
  EXPECT_NE(refusal("#define A \\\n  1\n\n#include \"/etc/passwd\"\n").find("gd_1d.cpp:4:"), std::string::npos);
}

// Line ends as GCC reads them: CRLF and a lone CR end a line, so a directive after either is
// seen (with lone CRs, `#include <vector>\r#include "../x.cpp"` is two directives).
TEST(Includes, EveryKindOfLineEndEndsALine) {
  for (const std::string eol : {"\n", "\r\n", "\r"}) {
    const std::string name = eol == "\n" ? "LF" : eol == "\r" ? "CR" : "CRLF";
    EXPECT_NE(
        refusal("#include <vector>" + eol + "#include \"../x.cpp\"" + eol).find("gd_1d.cpp:2: #include \"../x.cpp\""),
        std::string::npos)
        << name;
    EXPECT_NE(refusal("int a;" + eol + "#inc\\" + eol + "lude \"/etc/passwd\"" + eol).find("gd_1d.cpp:2:"),
              std::string::npos)
        << name << ": a continued line";
    EXPECT_NE(refusal("/* a" + eol + "comment */" + eol + "#include \"/etc/passwd\"").find("gd_1d.cpp:3:"),
              std::string::npos)
        << name << ": no line end at the end";
    EXPECT_EQ(refusal("#include <vector>" + eol + "// #include \"/etc/passwd\"" + eol + "int a;" + eol), "") << name;
  }
  EXPECT_NE(refusal("int a;\n\r#include \"/etc/passwd\"\n").find("gd_1d.cpp:3:"), std::string::npos)
      << "LF then CR: two lines";
}

TEST(Includes, AByteOrderMarkIsNotPartOfTheFirstLine) {
  EXPECT_NE(refusal("\xEF\xBB\xBF#include \"/etc/passwd\"\n").find("gd_1d.cpp:1:"), std::string::npos);
  EXPECT_EQ(refusal("\xEF\xBB\xBF#include <vector>\r\n"), "");
}

// A literal with NULs in it, whole (its length from its type, never counted by hand).
template <std::size_t N>
std::string bytes(const char (&literal)[N]) {
  return std::string(literal, N - 1);
}

// GCC joins a backslash and its line end with blanks (even a NUL) between, and takes form
// feeds, vertical tabs and NULs as blanks around the #.
TEST(Includes, BlanksAsGccReadsThem) {
  for (const std::string& bad : {bytes("#inc\\ \t\nlude \"/etc/passwd\""), bytes("#inc\\\0\nlude \"/etc/passwd\""),
                                 bytes("\f#include \"/etc/passwd\""), bytes("#\vinclude \"/etc/passwd\""),
                                 bytes("#\0include \"/etc/passwd\""), bytes("#include\f\"/etc/passwd\"")})
    EXPECT_NE(refusal(bad).find("is not allowed"), std::string::npos) << bad;
}

// A comment is one space, even across lines, and so does not end a directive.
TEST(Includes, ACommentAcrossLinesStaysInItsDirective) {
  EXPECT_NE(refusal("#/*\n*/include \"/etc/passwd\"\n").find("gd_1d.cpp:1:"), std::string::npos);
  EXPECT_NE(refusal("int a;\n/*\n*/ #include \"/etc/passwd\"\n").find("gd_1d.cpp:2:"), std::string::npos);
  EXPECT_EQ(refusal("int a; /*\n*/ #include \"/etc/passwd\"\n"), "") << "not at the start of a line: not a directive";
}

// What GCC reads as a raw string or a digit separator cannot open a comment that hides a directive.
TEST(Includes, RawStringsAndDigitSeparatorsHideNoDirective) {
  EXPECT_NE(refusal("auto s = R\"a(\" /* )a\";\n#include \"/etc/passwd\"\n// */\n").find("gd_1d.cpp:2:"),
            std::string::npos);
  EXPECT_NE(refusal("#define X 1'2'/*'\n#include \"/etc/passwd\"\n// */\n").find("gd_1d.cpp:2:"), std::string::npos);
  EXPECT_NE(refusal("auto s = R\"a(x)a\\\n\" /* )a\";\n#include \"/etc/passwd\"\n// */\n").find("gd_1d.cpp:3:"),
            std::string::npos)
      << "the continuation stays in the raw string, whose end is further on";
  EXPECT_NE(refusal("#define Q u8R\"x(\n#include \"/etc/passwd\"\n)x\"\n").find("gd_1d.cpp:2:"), std::string::npos)
      << "a raw string in a directive ends with its line";
  EXPECT_NE(refusal("#define Q /*\n*/ R\"x(\n#include \"/etc/passwd\"\n)x\"\n").find("gd_1d.cpp:3:"),
            std::string::npos);
  // Inside a raw string a directive is only text; the lines after it keep their numbers.
  EXPECT_EQ(refusal("const char* s = R\"(\n#include \"/etc/passwd\"\n)\";\nint x = 1'000;\n"), "");
  EXPECT_NE(refusal("const char* s = R\"(\n\n)\";\n#include \"/etc/passwd\"\n").find("gd_1d.cpp:4:"),
            std::string::npos);
  EXPECT_EQ(refusal("#include <vector>\nauto s = fooR\"(\";\nint x = 0x1p-3;\n"), "") << "fooR is no raw prefix";
}

TEST(Includes, AHeaderNameIsReadWhole) {
  EXPECT_EQ(refusal("#include <vector> // <x//y.hpp>\nint a;\n"), "");
  EXPECT_NE(refusal("#include <a//b.hpp>\n#include \"/etc/passwd\"\n").find("gd_1d.cpp:2:"), std::string::npos);
}

}  // namespace
}  // namespace gdlab::build
