// text::html_escape: text from students and specs put into the feedback page, its SVG charts
// and the class page.
#include <gtest/gtest.h>

#include <string>

#include "text/html_escape.hpp"

namespace gdlab::text {
namespace {

TEST(TextHtmlEscape, EscapesTheSpecialsAfterMakingTheTextPrintable) {
  EXPECT_EQ(html_escape("<script>alert('x') & \"y\"</script>"),
            "&lt;script&gt;alert(&#39;x&#39;) &amp; &quot;y&quot;&lt;/script&gt;");
  EXPECT_EQ(html_escape(std::string("a\0b", 3)),
            "a\xEF\xBF\xBD"
            "b");  // printable first
}

}  // namespace
}  // namespace gdlab::text
