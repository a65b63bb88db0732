// Python's f"{x:.Nf}", which differs from printf for NaN (never "-nan").
#pragma once

#include <fmt/format.h>

#include <cmath>
#include <string>

namespace gdlab::text {

inline std::string py_fixed(double x, int precision) {
  if (std::isnan(x)) return "nan";
  if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
  return fmt::format("{:.{}f}", x, precision);
}

}  // namespace gdlab::text
