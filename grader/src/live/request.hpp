// A run the page asks for, validated before anything is built or run: a bad request is an
// HTTP 400 with this message, and the server goes on. Pure: no I/O.
#pragma once

#include <map>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "live/problems.hpp"

namespace gdlab::live {

// Bounds of a request: a figure's needs with room to spare, small enough that no request can
// keep the queue busy for long (each run is also under its test's time limit).
inline constexpr int kMaxSteps = 5000;
inline constexpr std::size_t kMaxRates = 4;  // Figure 6.3's four
inline constexpr double kMaxRate = 10;
inline constexpr double kMaxCoordinate = 1000;
inline constexpr std::size_t kMaxBody = 16 << 10;

struct RunRequest {
  std::string problem;        // a LabProblem's id
  std::string objective;      // a figure objective's catalog name
  std::vector<double> x0;     // dim numbers
  std::vector<double> rates;  // 1 to kMaxRates, each a run
  int steps = 0;
  std::map<std::string, double> params;  // the problem's other numbers (beta), defaults filled in
};

// {"problem": "gd_2d", "objective": "valley", "x0": [3.5, 1.1], "lr": [0.03] or 0.03,
//  "steps": 80, "params": {"beta": 0.9}}; x0 and params may be left out (the objective's
// start, the spec's values). Returns the request, or what is wrong with it.
std::variant<RunRequest, std::string> parse_run_request(std::string_view body, const std::vector<LabProblem>& problems);

// What a body over kMaxBody gets (as a 413 from the server): the limit, and what to do.
std::string body_too_large();

// The inputs of one run, as a spec test of `p` would give them, at rate `lr`.
std::map<std::string, spec::Value> test_inputs(const LabProblem& p, const RunRequest& r, double lr);

}  // namespace gdlab::live
