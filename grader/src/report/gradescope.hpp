// Gradescope's autograder results.json, as documented at
// https://gradescope-autograders.readthedocs.io/en/latest/specs/
#pragma once

#include <nlohmann/json.hpp>

#include "grading/verdict.hpp"

namespace gdlab::report {

// One Gradescope test per gdlab test, named "problem: test"; the top-level score is the
// report's. Every string is valid UTF-8 (see printable), so dump() never throws.
nlohmann::json to_gradescope(const grading::Report& report);

}  // namespace gdlab::report
