// Per-student variants: a test's `vary:` inputs get each student's own values, so classmates
// get different numbers, and the reference computes each student's expected values from the
// same inputs (nothing changes in grading: the varied spec is graded as any other).
//
// The draw, for input I of test T, student S, assignment A (the spec's `assignment`):
//   seed  = FNV-1a-64 of the bytes  A 0x1f S 0x1f T 0x1f I
//   g     = std::mt19937_64(seed)              (fully specified by the C++ standard)
//   range [low, high]:  u = (g() >> 11) * 2^-53, x = low + u (high - low), rounded to 3
//                       significant digits when the rounded value is still in range and fits
//                       (each item of a list input is the next draw of the same g)
//   whole [low, high]:  low + g() mod (high - low + 1)
//   data {seed: student}: the dataset's seed argument becomes g() mod 1000000
// So the same student always gets the same numbers, on any machine, in any shard.
#pragma once

#include <string>
#include <vector>

#include "spec/spec.hpp"

namespace gdlab::batch {

bool has_variants(const spec::Spec& spec);

// The spec with every variation drawn for `student` (the spec as written when there is none).
spec::Spec for_student(const spec::Spec& spec, const std::string& student);

// One line per varied test of `varied` (a for_student result): "name: x0 = 1.23, lr = 0.137".
std::vector<std::string> describe_variants(const spec::Spec& varied);

}  // namespace gdlab::batch
