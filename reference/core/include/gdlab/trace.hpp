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

// What a trace's iterates are: theta itself, or (Nesterov, when asked) the look-ahead point
// theta - alpha beta v where the gradient is taken.
enum class TracedPoint { theta, lookahead };

// "theta", "lookahead": as `gdlab run` prints it.
inline const char* to_string(TracedPoint p) {
  switch (p) {
    case TracedPoint::theta: return "theta";
    case TracedPoint::lookahead: return "lookahead";
  }
  return "theta";
}

// Entry k of every series belongs to iterate k: iterates[0] is the start theta_0, and
// loss[k], grad_norm[k] are L and |grad L| at iterates[k]. So a run of T steps keeps T + 1.
struct Trace {
  TracedPoint point = TracedPoint::theta;  // what iterates[k] is
  std::vector<Vector> iterates;
  std::vector<double> loss;
  std::vector<double> grad_norm;
};

}  // namespace gdlab
