// The page `gdlab lab --serve` shows: Figures 6.1, 6.2 and 6.3 of the chapter with their
// controls. Self-contained (inline CSS and script, no network but its own server's API); the
// pictures come drawn from the server, by the feedback page's SVG and contour code.
#pragma once

#include <string>

namespace gdlab::live {

std::string lab_page();

}  // namespace gdlab::live
