// State kept between calls: the harness calls the entry twice with the same inputs in one
// process, and a second result that differs from the first (or a second call that throws)
// fails the test, whatever the first result was worth.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "grading/verdict.hpp"

namespace gdlab::grading {

// Where two results first differ ("path[3][0]: 0.6 the first time, 1.2 the second"), or
// nothing. Numbers agree within 1e-12 + 1e-9 x their size (threads may add in another order);
// "nan", "inf" and "-inf" stand for themselves. Never throws, whatever the JSON.
std::optional<std::string> first_difference(const nlohmann::json& first, const nlohmann::json& second);

// The "called_twice" check of a result frame's payload ({"ok", "again"} or {"ok", "again_error"}).
CheckResult called_twice(const nlohmann::json& payload);

}  // namespace gdlab::grading
