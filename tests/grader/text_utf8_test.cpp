// text::utf8_boundary: where a report or a commit's subject may be cut without splitting a
// character.
#include <gtest/gtest.h>

#include <string>

#include "text/utf8.hpp"

namespace gdlab::text {
namespace {

TEST(TextUtf8, CutsOnlyBetweenCharacters) {
  const std::string s = "a\xC3\xA9\xE2\x82\xAC";  // a, é (2 bytes), € (3 bytes)
  EXPECT_EQ(utf8_boundary(s, 0), 0u);
  EXPECT_EQ(utf8_boundary(s, 1), 1u);
  EXPECT_EQ(utf8_boundary(s, 2), 1u);  // inside é
  EXPECT_EQ(utf8_boundary(s, 3), 3u);
  EXPECT_EQ(utf8_boundary(s, 4), 3u);  // inside €
  EXPECT_EQ(utf8_boundary(s, 5), 3u);
  EXPECT_EQ(utf8_boundary(s, 6), 6u);
  EXPECT_EQ(utf8_boundary(s, 100), s.size());
  EXPECT_EQ(utf8_boundary("\x80\x80", 1), 0u);  // no character starts before: nothing is kept
}

}  // namespace
}  // namespace gdlab::text
