#include "text/numpy_format.hpp"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

namespace gdlab::text {
namespace {

// numpy's default print options.
constexpr int kPrecision = 8;
constexpr std::size_t kLineWidth = 75;
constexpr Eigen::Index kThreshold = 1000;  // arrays above this size are summarised
constexpr Eigen::Index kEdgeItems = 3;     // items shown at each end of a summary

// Shortest round-trip digits when `precision` is empty, else the exact binary value
// correctly rounded (ties to even), which is what Dragon4 does at its cutoff.
std::string chars(double x, std::chars_format fmt, std::optional<int> precision = {}) {
  char buf[512];  // fits any double in fixed notation
  const auto r = precision ? std::to_chars(buf, buf + sizeof buf, x, fmt, *precision)
                           : std::to_chars(buf, buf + sizeof buf, x, fmt);
  return std::string(buf, r.ptr);
}

// End of the mantissa: the 'e' in scientific notation, else the end of the string.
std::size_t mantissa_end(const std::string& s) { return std::min(s.find('e'), s.size()); }

std::size_t fraction_digits(const std::string& s) {
  const auto dot = s.find('.');
  return dot == std::string::npos ? 0 : mantissa_end(s) - dot - 1;
}

// Dragon4 with unique=True and precision=8 (floatmode 'maxprec'): the shortest digits
// that round-trip, unless they need more than 8 digits after the point; then the exact
// value rounded to 8. Trailing zeros are trimmed (numpy's trim='.').
std::string maxprec(double x, std::chars_format fmt) {
  std::string s = chars(x, fmt);
  if (fraction_digits(s) <= kPrecision) return s;
  s = chars(x, fmt, kPrecision);
  const std::size_t end = mantissa_end(s);
  std::size_t keep = end;
  while (s[keep - 1] == '0') --keep;  // stops at the '.' at the latest
  return s.erase(keep, end - keep);
}

// A number split as numpy splits it: integer part (with sign), fraction digits, and
// for scientific notation the exponent.
struct Parts {
  std::string int_part, frac;
  int exp = 0;
};

Parts split(const std::string& s) {
  const std::size_t end = mantissa_end(s), dot = std::min(s.find('.'), end);
  Parts p;
  p.int_part = s.substr(0, dot);
  if (dot < end) p.frac = s.substr(dot + 1, end - dot - 1);
  if (end < s.size()) p.exp = std::stoi(s.substr(end + 1));  // "+05", "-123"
  return p;
}

// numpy writes at least two exponent digits ("1e-05"), three from 1e100.
std::size_t exp_digits(int exp) { return std::max<std::size_t>(2, std::to_string(std::abs(exp)).size()); }

// FloatingFormat: one layout shared by all elements, so the columns line up.
struct FloatFormat {
  bool scientific = false;
  int precision = kPrecision;  // scientific: digits after the mantissa's point
  std::size_t pad_left = 0, pad_right = 0, exp_size = 0;

  std::string operator()(double x) const {
    if (!std::isfinite(x)) {
      const std::string s = std::isnan(x) ? "nan" : x < 0 ? "-inf" : "inf";
      return std::string(pad_left + pad_right + 1 - s.size(), ' ') + s;
    }
    std::string out;
    if (scientific) {
      // min_digits=precision: every mantissa gets exactly `precision` digits.
      const Parts p = split(chars(x, std::chars_format::scientific, precision));
      const std::string e = std::to_string(std::abs(p.exp));
      out = p.int_part + '.' + p.frac + 'e' + (p.exp < 0 ? '-' : '+') + std::string(exp_size - e.size(), '0') + e;
    } else {
      const Parts p = split(maxprec(x, std::chars_format::fixed));
      out = p.int_part + '.' + p.frac + std::string(pad_right - p.frac.size(), ' ');
    }
    const std::size_t int_len = out.find('.');
    return std::string(pad_left - std::min(pad_left, int_len), ' ') + out;
  }
};

// FloatingFormat.fillFormat: the layout is chosen from the finite values only.
FloatFormat fill_format(const std::vector<double>& data) {
  FloatFormat f;
  std::vector<double> finite;
  std::copy_if(data.begin(), data.end(), std::back_inserter(finite), [](double x) { return std::isfinite(x); });

  double max_abs = 0, min_abs = INFINITY;
  for (double x : finite) {
    if (x == 0) continue;
    max_abs = std::max(max_abs, std::abs(x));
    min_abs = std::min(min_abs, std::abs(x));
  }
  f.scientific = max_abs > 0 && (max_abs >= 1e8 || min_abs < 1e-4 || max_abs / min_abs > 1000.);

  // First pass: print every value with trim='.' to find the widths.
  std::size_t frac_len = 0;
  for (double x : finite) {
    const Parts p = split(maxprec(x, f.scientific ? std::chars_format::scientific : std::chars_format::fixed));
    f.pad_left = std::max(f.pad_left, p.int_part.size());
    frac_len = std::max(frac_len, p.frac.size());
    if (f.scientific) f.exp_size = std::max(f.exp_size, exp_digits(p.exp));
  }
  if (f.scientific) {
    f.precision = static_cast<int>(frac_len);
    f.pad_right = f.exp_size + 2 + frac_len;  // only used to width-align inf/nan
  } else {
    f.pad_right = frac_len;
  }

  // inf/nan are right-aligned to the same width; widen the left pad if they don't fit.
  if (finite.size() != data.size()) {
    const bool neg_inf = std::any_of(data.begin(), data.end(), [](double x) { return std::isinf(x) && x < 0; });
    const std::size_t widest = neg_inf ? 4 : 3, offset = f.pad_right + 1;
    if (widest > offset) f.pad_left = std::max(f.pad_left, widest - offset);
  }
  return f;
}

// _formatArray for one axis: words separated by ' ', wrapped so that no line plus its
// closing ']' exceeds the line width; continuation lines are indented by one space.
std::string wrap(const std::vector<std::string>& words) {
  const std::string indent = " ";
  const std::size_t width = kLineWidth - 1;  // room for the ']'
  std::string out, line = indent;
  for (std::size_t i = 0; i < words.size(); ++i) {
    // Never wrap a line that holds only the indent: it would not help.
    if (line.size() + words[i].size() > width && line.size() > indent.size()) {
      line.erase(line.find_last_not_of(' ') + 1);
      out += line + '\n';
      line = indent;
    }
    line += words[i];
    if (i + 1 < words.size()) line += ' ';
  }
  out += line;
  return '[' + out.substr(indent.size()) + ']';  // the '[' takes the first indent's place
}

}  // namespace

std::string numpy_str(const Eigen::VectorXd& a) {
  if (a.size() == 0) return "[]";
  const bool summary = a.size() > kThreshold;
  std::vector<double> shown;
  if (summary) {
    for (Eigen::Index i = 0; i < kEdgeItems; ++i) shown.push_back(a[i]);
    for (Eigen::Index i = a.size() - kEdgeItems; i < a.size(); ++i) shown.push_back(a[i]);
  } else {
    shown.assign(a.data(), a.data() + a.size());
  }

  const FloatFormat format = fill_format(shown);  // summaries: from the shown items only
  std::vector<std::string> words;
  for (double x : shown) words.push_back(format(x));
  if (summary) words.insert(words.begin() + kEdgeItems, "...");
  return wrap(words);
}

std::string numpy_scalar_str(double x) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  // Positional in [1e-4, 1e16) and for zero, with at least one digit after the point;
  // otherwise scientific with trailing zeros and a bare point dropped ("1e-05").
  const double ax = std::abs(x);
  if (ax == 0 || (ax >= 1e-4 && ax < 1e16)) {
    std::string s = chars(x, std::chars_format::fixed);
    return s.find('.') == std::string::npos ? s + ".0" : s;
  }
  return chars(x, std::chars_format::scientific);
}

}  // namespace gdlab::text
