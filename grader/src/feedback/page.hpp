// The frame every feedback page shares: one self-contained HTML file (inline CSS and SVG,
// no script, no network, system fonts), readable on a phone.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "feedback/svg.hpp"

namespace gdlab::feedback {

std::string page_start(std::string_view title);  // doctype, head with viewport and styles, <main>
std::string page_end();

// A figure: the SVGs one under the other at the page's width, a caption and the notes.
std::string figure(const std::vector<svg::Figure>& pictures, std::string_view caption);

// `text` made printable and cut to at most `limit` bytes on a character boundary, saying
// how much was left out.
std::string clip(std::string_view text, std::size_t limit);

// The colours of the pages: the student's, the reference's, and one per run of `gdlab lab`
// (Okabe-Ito, told apart by colour-blind readers too).
inline constexpr std::string_view student_colour = "#d55e00";
inline constexpr std::string_view reference_colour = "#0072b2";
std::string run_colour(std::size_t i);

}  // namespace gdlab::feedback
