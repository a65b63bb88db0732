#include "text/points.hpp"

#include <fmt/format.h>

namespace gdlab::text {

std::string points(double x) {
  auto s = fmt::format("{:.2f}", x);
  while (s.back() == '0') s.pop_back();
  if (s.back() == '.') s.pop_back();
  return s == "-0" ? "0" : s;
}

}  // namespace gdlab::text
