// Points as every report, gradebook and page writes them.
#pragma once

#include <string>

namespace gdlab::text {

// Points without noise: 2 -> "2", 2.5 -> "2.5", 1/3 -> "0.33", -0 -> "0".
std::string points(double x);

}  // namespace gdlab::text
