#include "grading/difference_words.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "grading/mistakes.hpp"

namespace gdlab::grading {

std::string ratio_text(double r) {
  if (!std::isfinite(r)) return fmt::format("{}", r);
  const double a = std::abs(r);
  if (a >= 1e6) return fmt::format("{:.2g}", r);
  if (a >= 100) return fmt::format("{:.0f}", r);
  const double off = std::abs(a - 1);
  const int digits = off > 0 && off < 0.05 ? std::min(12, 2 + static_cast<int>(std::ceil(-std::log10(off)))) : 2;
  std::string text = fmt::format("{:.{}g}", r, digits);
  if (text.find_first_of(".e") == std::string::npos && a < 10) text += ".0";
  return text;
}

namespace difference {

bool same(double a, double b) { return close(a, b, exact_rtol); }
bool same(const Vector& a, const Vector& b) { return a.size() == b.size() && close(a, b, exact_rtol); }

std::string small(double x) { return fmt::format("{:.2g}", x); }

std::string show(const Vector& v) {
  constexpr Index shown = 4;  // a student's vector may be long: a few entries say enough
  if (v.size() == 1) return fmt::format("{:.6g}", v(0));
  std::string s = "(";
  for (Index i = 0; i < std::min(v.size(), shown); ++i) s += fmt::format("{}{:.6g}", i ? ", " : "", v(i));
  return s + (v.size() > shown ? ", ...)" : ")");
}

std::string compared(double got, double want, const std::string& expected) {
  if (!std::isfinite(got) || !std::isfinite(want)) return fmt::format("is {:.6g}, expected {:.6g}", got, want);
  if (want == 0) return fmt::format("is {:.3g} where 0 was expected", got);
  if (got == 0) return fmt::format("is 0 where {:.3g} was expected", want);
  const double off = std::abs(got - want);
  if (off < 1e-3 * std::abs(want))
    return fmt::format("is off by {} (a relative {})", small(off), small(off / std::abs(want)));
  const double r = got / want;
  const std::string size = ratio_text(std::abs(r));
  const std::string times = size == "1.0" ? "the same size as" : size == "0.5" ? "half" : size + " times";
  return fmt::format("is {} {}{}", times, expected, r < 0 ? ", with the opposite sign" : "");
}

}  // namespace difference

}  // namespace gdlab::grading
