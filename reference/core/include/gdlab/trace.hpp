// What happened during a run, one entry per iterate.
#pragma once

#include <string>
#include <vector>

#include "gdlab/types.hpp"

namespace gdlab {

// Which series to keep. Recording costs memory (and, for grad_norm, maybe one more gradient).
struct TraceSeries {
  bool iterates = false;
  bool loss = false;
  bool grad_norm = false;

  static TraceSeries all() { return {true, true, true}; }
  static TraceSeries none() { return {}; }
};

// Entry k of every series belongs to iterate k: iterates[0] is the start theta_0, and
// loss[k], grad_norm[k] are L and |grad L| at iterates[k]. So a run of T steps keeps T + 1.
struct Trace {
  std::string point = "theta";  // what iterates[k] is: "theta", or "lookahead" for Nesterov
  std::vector<Vector> iterates;
  std::vector<double> loss;
  std::vector<double> grad_norm;
};

}  // namespace gdlab
