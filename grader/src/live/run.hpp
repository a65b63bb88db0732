// Running what the page asks for, exactly as `gdlab check` runs a test: the problem's file
// built by build_problem (a cached program while the file is unchanged, rebuilt once edited),
// then one sandboxed run_test per rate, with the limits of the spec's own test.
#pragma once

#include <condition_variable>
#include <filesystem>
#include <functional>
#include <mutex>
#include <nlohmann/json.hpp>
#include <optional>
#include <vector>

#include "build/compile.hpp"
#include "live/problems.hpp"
#include "live/request.hpp"

namespace gdlab::live {

struct Session {
  std::vector<LabProblem> problems;
  std::filesystem::path submission;  // the folder holding exercises/
  build::Toolchain toolchain;
};

// {"build": {"ok", "cached", "diagnostics"}, "runs": [one per rate: verdict, message, check,
// diagnoses, output, svg, frame, notes, student and reference {points, value, slope, regime},
// leaves_at]}. `slope` is f'(x) in 1-D and |grad L| in 2-D, computed here from the catalog's
// objective, never taken from the student.
nlohmann::json run_request(const Session& session, const RunRequest& request);

// One run at a time per server, and at most `max_waiting` waiting: a click storm gets "busy"
// answers instead of a fork storm.
class RunQueue {
 public:
  explicit RunQueue(int max_waiting) : max_waiting_(max_waiting) {}
  // The job's result when its turn came; nullopt when the queue was full.
  std::optional<nlohmann::json> run(const std::function<nlohmann::json()>& job);

 private:
  std::mutex mutex_;
  std::condition_variable turn_;
  int max_waiting_, waiting_ = 0;
  bool busy_ = false;
};

}  // namespace gdlab::live
