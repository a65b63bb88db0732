// A hostile Gradescope submission: looks for the autograder's files and tries to forge its result.
// Why: in Gradescope's container everything lives in /autograder (the test writes its temporary
// stand-in in place of @AUTOGRADER_ROOT@): the spec with the hidden tests and their expected values
// (grader/specs/pinned/) in source/, the other submissions' scores in submission_metadata.json,
// and results/results.json, which Gradescope reads. It throws "LEAKED <path>" or "WROTE <path>" if any of that works, "nothing reached" if
// nothing does (it removes what it made and truncates nothing).
#include "gd_1d.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <stdexcept>
#include <string>

namespace exercises {
namespace {

const std::string root = "@AUTOGRADER_ROOT@";

void try_read(const std::string& path) {
  const int fd = open(path.c_str(), O_RDONLY);
  if (fd < 0) return;
  close(fd);
  throw std::runtime_error("LEAKED " + path);
}

void try_write(const std::string& path) {
  const bool existed = access(path.c_str(), F_OK) == 0;
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
  if (fd < 0) return;
  close(fd);
  if (!existed) unlink(path.c_str());
  throw std::runtime_error("WROTE " + path);
}

}  // namespace

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  (void)f; (void)x0; (void)lr; (void)steps;
  for (const char* p : {"/source/grader/specs/gradient_descent.yaml", "/source/grader/specs/pinned/gd_1d.json",
                        "/source/setup.sh", "/source/CMakeLists.txt", "/run_autograder", "/submission_metadata.json",
                        "/results/results.json"})
    try_read(root + p);
  for (const char* p : {"/results/results.json", "/results/forged.json", "/source/HACKED", "/HACKED",
                        "/submission/HACKED"})
    try_write(root + p);
  throw std::runtime_error("nothing reached");
}

}  // namespace exercises
