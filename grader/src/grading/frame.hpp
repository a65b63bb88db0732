// The grader side of the result channel: exactly one well-formed frame, or a protocol error.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <variant>

namespace gdlab::grading {

struct FrameError {
  std::string message;  // what was wrong, for the protocol-error verdict
};

// "GDLAB-RESULT 1 <n>\n<n bytes of JSON object>\nGDLAB-END\n" and nothing else. The object is
// {"ok": ..., "again": ...} (the second call's result) or {"ok": ..., "again_error": text},
// {"not_implemented": ...} or {"error": text, "message": text}. Never throws.
std::variant<nlohmann::json, FrameError> parse_frame(const std::string& channel);

}  // namespace gdlab::grading
