// text::base64: GitHub Classroom's payload and the PrairieLearn pictures' data: URLs.
#include <gtest/gtest.h>

#include <string>

#include "text/base64.hpp"

namespace gdlab::text {
namespace {

TEST(TextBase64, EncodesAsRfc4648) {
  EXPECT_EQ(base64(""), "");  // RFC 4648's test vectors
  EXPECT_EQ(base64("f"), "Zg==");
  EXPECT_EQ(base64("fo"), "Zm8=");
  EXPECT_EQ(base64("foo"), "Zm9v");
  EXPECT_EQ(base64("foob"), "Zm9vYg==");
  EXPECT_EQ(base64("fooba"), "Zm9vYmE=");
  EXPECT_EQ(base64("foobar"), "Zm9vYmFy");
  EXPECT_EQ(base64(std::string("\xff\xfe\xfd\0", 4)), "//79AA==");  // high bytes and NUL: Python's b64encode
}

}  // namespace
}  // namespace gdlab::text
