// Everything a problem's results depend on in the spec, as one text: two problems with the same
// fingerprint are graded alike (see grading/result_store.hpp). Source lines are left out: moving
// a test in the file changes no result.
#pragma once

#include <string>

#include "spec/spec.hpp"

namespace gdlab::spec {

std::string fingerprint(const Problem& problem);

}  // namespace gdlab::spec
