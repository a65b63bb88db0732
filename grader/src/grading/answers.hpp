// Where a problem's expected values and named mistakes come from: its declaration (a reference
// optimiser, the instructor's solution, its mistake files and families, or the values pinned for
// a student repository). src/declared/ sits above this folder and implements this interface.
#pragma once

#include <string>
#include <vector>

#include "grading/outcome.hpp"
#include "grading/reference.hpp"
#include "grading/verdict.hpp"
#include "spec/spec.hpp"

namespace gdlab::grading {

class Answers {
 public:
  virtual ~Answers() = default;
  // What the test's entry should return on its inputs. Throws std::runtime_error when the
  // expected values cannot be had (the instructor's side is wrong or missing).
  virtual Expected expected(const std::string& entry, const spec::Test& test) = 0;
  // The named mistakes the student's result matches.
  virtual std::vector<Diagnosis> diagnose(const std::string& entry, const spec::Test& test, const Outcome& student) = 0;
  virtual bool knows_mistakes(const std::string& entry) = 0;
  // The named mistakes (ids) whose own result fails one of the test's checks, or that return
  // nothing on it: a student who passed the test does not have them. Empty where the mistakes'
  // results on this test are not known here.
  virtual std::vector<std::string> refuted_by(const std::string& entry, const spec::Test& test) = 0;
};

}  // namespace gdlab::grading
