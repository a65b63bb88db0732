// Gradescope's autograder results.json, as documented at
// https://gradescope-autograders.readthedocs.io/en/latest/specs/
#pragma once

#include <nlohmann/json.hpp>

#include "grading/verdict.hpp"

namespace gdlab::report {

// One Gradescope test per gdlab test, named "problem: test"; the top-level score is the
// report's. Hidden tests are after_published and after_due_date ones after_due_date, so neither
// they nor the total are shown to the student before then; the top-level text then gives the
// score of the visible tests only. Every string is valid UTF-8 (text::printable), so dump() never
// throws.
nlohmann::json to_gradescope(const grading::Report& report);

}  // namespace gdlab::report
