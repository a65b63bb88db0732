// The harness side of the result channel. The grader starts the harness with the test's
// inputs on stdin (JSON) and reads one framed result from file descriptor 3:
//
//   GDLAB-RESULT 1 <payload bytes>\n<payload JSON>\nGDLAB-END\n
//
// The payload is {"ok": {...outcome...}, "again": {...}} (the entry called a second time with
// the same inputs in the same process, its output silenced) or {"ok": ..., "again_error":
// "what the second call threw"}, or {"not_implemented": "name"} or
// {"error": "bad_alloc" | "exception", "message": "..."}, or, when the seccomp filter trapped
// a call, {"error": "forbidden", "message": "network" | "process" | "other"}. Exit code 71:
// the submission closed file descriptor 3 (both constants: result_channel.hpp).
// Expected values never come here.
#pragma once

#include <functional>
#include <nlohmann/json.hpp>
#include <string>

#include "gdlab/core.hpp"

namespace gdlab::harness {

using Json = nlohmann::json;

// Numbers as JSON; non-finite ones as the strings "nan", "inf", "-inf".
Json number(double v);
Json vector(const Vector& v);
Json path(const Path& p);
Json path(const std::vector<double>& xs);  // a 1-D path written as its x's
Json numbers(const std::vector<double>& xs);

// A path as points: one of vectors as it is, a 1-D one (its x's) one number a point.
Path as_path(const Path& p);
Path as_path(const std::vector<double>& xs);
// A path given as its coordinates: point k is (coordinates[0][k], coordinates[1][k], ...), as
// long as the shortest of them (their lengths are sent apart, so a longer one is seen).
Path zipped(const std::vector<const std::vector<double>*>& coordinates);

double as_number(const Json& j);
Vector as_vector(const Json& j);
Matrix as_matrix(const Json& j);
std::vector<double> as_numbers(const Json& j);
int as_whole(const Json& j);

// Objectives and datasets by name, the grader's catalog (gdlab::core only).
Objective objective(const Json& name);
Function1D function_1d(const Json& name);
Dataset dataset(const Json& name);

// Read the inputs, call `run` (which calls the student), write the frame. Returns main's code.
int serve(const std::function<Json(const Json& entry, const Json& inputs)>& run);

}  // namespace gdlab::harness
