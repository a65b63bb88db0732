// spec → build → run → check, for one submission: each problem built with its toolchain and its
// tests graded against its answers, whether the problem is built in (problems/) or declared in
// the spec (declared/); or, for `gdlab check`, its kept results read back (grading/result_store.hpp).
#pragma once

#include <filesystem>
#include <optional>
#include <string>

#include "build/compile.hpp"
#include "grading/result_store.hpp"
#include "grading/verdict.hpp"
#include "spec/spec.hpp"

namespace gdlab::submission {

struct GradeOptions {
  std::optional<std::string> only_problem;  // grade just this problem
  bool include_hidden = true;               // false: visible tests only (what students see)
  grading::ResultStore* kept = nullptr;     // `gdlab check`'s kept results: read, and kept when repeatable
};

// Why `submission` cannot be graded at all against `spec`, or "": it does not exist, is not a
// folder, or holds none of the spec's source files (a mistyped path, an empty folder). A folder
// holding some of them is graded, the problems of the others missing (Verdict::missing).
std::string nothing_to_grade(const std::filesystem::path& submission, const spec::Spec& spec);

// `submission` is the folder holding the problems' sources (the spec's `source` paths are
// relative to it).
grading::Report grade(const spec::Spec& spec, const std::filesystem::path& submission,
                      const build::Toolchain& toolchain, const GradeOptions& options = {});

}  // namespace gdlab::submission
