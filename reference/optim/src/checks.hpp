// Parameter checks shared by the optimisers' check() methods.
#pragma once

#include <fmt/format.h>

#include <cmath>
#include <stdexcept>
#include <string_view>

namespace gdlab::optim::detail {

inline void require(bool ok, std::string_view field, std::string_view expected, double got) {
  if (!ok) throw std::invalid_argument(fmt::format("{} must be {}, got {}", field, expected, got));
}

inline void require_in_unit(std::string_view field, double v) {  // [0, 1)
  require(v >= 0 && v < 1, field, "in [0, 1)", v);
}

inline void require_positive(std::string_view field, double v) {
  require(v > 0 && std::isfinite(v), field, "positive", v);
}

}  // namespace gdlab::optim::detail
