// Small pieces of text the CI and LMS formats share: why a test did not pass, and text cut to
// a format's size limit without breaking a UTF-8 character.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "grading/verdict.hpp"
#include "text/printable.hpp"
#include "text/utf8.hpp"

namespace gdlab::report {

// `text` cut to at most `bytes` bytes at a character boundary, ending in "…" when cut.
inline std::string clip(std::string_view text, std::size_t bytes) {
  if (text.size() <= bytes) return std::string(text);
  constexpr std::string_view more = "…";
  const std::size_t cut = text::utf8_boundary(text, bytes > more.size() ? bytes - more.size() : 0);
  return std::string(text.substr(0, cut)) + std::string(more);
}

// Why a test did not pass, in lines: its failed checks (expected, got, tolerance), the
// runner's message, and the mistake the grader recognised with its hint (or the note saying
// none matched). Printable; empty for a passed test.
inline std::string reasons(const grading::TestResult& t) {
  if (t.verdict == grading::Verdict::passed) return "";
  std::string text;
  const auto line = [&text](const std::string& s) {
    if (s.empty()) return;
    if (!text.empty()) text += '\n';
    text += s;
  };
  for (const auto& c : t.checks)
    if (!c.passed) line(c.message);
  line(t.message);
  for (const auto& d : t.diagnoses) line("likely mistake: " + d.title + ". Hint: " + d.hint);
  line(t.diagnosis_note);
  return text::printable(text);
}

}  // namespace gdlab::report
