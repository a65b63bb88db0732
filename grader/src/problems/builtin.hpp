// The problems built into the grader, each declared once in its own folder,
// grader/problems/<id>/: problem.cpp (its entries with their inputs and allowed checks, the
// reference that computes their expected values, their named mistakes) and harness.cpp (the
// main() that calls the student's functions). CMake finds the folders; the spec schema (through
// install()), the reference and diagnosis (answers.hpp) and the build are driven from this
// registry, and name no problem.
// A problem of the instructor's own needs none of this: it is declared in the spec (declared/).
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "grading/inputs.hpp"
#include "grading/mistakes.hpp"
#include "grading/reference.hpp"
#include "spec/schema.hpp"

namespace gdlab::problems {

struct Entry {
  spec::EntryRule rule;  // its name, its problem (the harness serving it), its inputs and checks
  std::function<grading::Expected(const grading::Inputs&)> reference;
  std::function<std::vector<grading::Mistake>()> mistakes;
};

struct Problem {
  std::string id;
  std::vector<Entry> entries;
};

// Every built-in problem, in the order of grader/problems/ (made by CMake: builtin_problems.cpp).
const std::vector<Problem>& builtin();

// The built-in entry of this name, or null.
const Entry* find_entry(const std::string& name);

// Hands the entries' rules to the spec schema (spec::install_entries), which sits below this
// folder: every program calls it once, before it reads a spec or starts a thread.
void install();

}  // namespace gdlab::problems
