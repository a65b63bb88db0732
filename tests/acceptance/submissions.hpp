// What the acceptance matrix grades, made from the shipped spec and the corpus alone, so that a
// problem added to the spec (with its solution and its buggy submissions) flows through every
// path without a change here: the solutions, the stubs, and two submissions that each hold one
// buggy corpus entry of every problem. Each comes with the score every test must get.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "spec/spec.hpp"

namespace gdlab::acceptance {

// A test's points, by "problem: test name" (the name every report gives it).
using Scores = std::map<std::string, double>;

std::string key(const spec::Problem& p, const spec::Test& t);

struct Submission {
  std::string name;                               // solutions, stubs, buggy-1, buggy-2
  std::map<std::string, std::string> files = {};  // exercises/<file>.cpp -> its text
  Scores expected = {};                           // every test of the spec
  std::vector<std::string> corpus_entries = {};   // the buggy entries it holds
};

// The shipped spec, loaded once.
const spec::Spec& shipped();

std::vector<Submission> submissions();

// The submission as a student's folder: DIR/exercises/<file>.cpp.
void write(const Submission& s, const std::filesystem::path& dir);

// The scores of the visible tests only: what the student repository grades.
Scores visible_only(const Scores& scores);

// Where two score lists part: "p: t: expected 2, got 0" a line, or "" when they agree.
std::string differences(const Scores& expected, const Scores& got);

}  // namespace gdlab::acceptance
