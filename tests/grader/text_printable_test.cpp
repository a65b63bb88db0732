// text::printable: what every report does first to a string a student's program printed.
#include <gtest/gtest.h>

#include <string>

#include "text/printable.hpp"

namespace gdlab::text {
namespace {

TEST(TextPrintable, KeepsTextAndReplacesWhatNoConsumerAccepts) {
  EXPECT_EQ(printable("grüße\tok\n"), "grüße\tok\n");
  EXPECT_EQ(printable("a\r\nb\rc"), "a\nb\nc");
  EXPECT_EQ(printable(std::string("x\0y", 3)), "x\xEF\xBF\xBDy");
  EXPECT_EQ(printable("\x1b[1m"), "\xEF\xBF\xBD[1m");
  EXPECT_EQ(printable("\xc0\xaf"), "\xEF\xBF\xBD\xEF\xBF\xBD");     // overlong '/'
  EXPECT_EQ(printable("\xef\xbf\xbe"), "\xEF\xBF\xBD");             // U+FFFE, not XML
  const std::string bad = "\xEF\xBF\xBD";                           // U+FFFD, once per byte that does not decode
  EXPECT_EQ(printable("\xf4\x90\x80\x80"), bad + bad + bad + bad);  // past U+10FFFF
}

}  // namespace
}  // namespace gdlab::text
