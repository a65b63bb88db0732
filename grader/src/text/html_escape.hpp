// Text put into HTML or SVG: the feedback page, its charts, the class page.
#pragma once

#include <string>
#include <string_view>

namespace gdlab::text {

// printable(), then the five XML/HTML specials as entities: safe in text and in attributes.
std::string html_escape(std::string_view raw);

}  // namespace gdlab::text
