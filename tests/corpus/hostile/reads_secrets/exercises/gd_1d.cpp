// A hostile submission: looks for the solution, the specs and other secrets on disk.
// Why: by absolute paths, through /proc/1 and by walking up from its working folder; it throws
// "LEAKED <path>" if any of them can be opened for reading, "nothing readable" if not.
#include "gd_1d.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace exercises {

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  (void)f; (void)x0; (void)lr; (void)steps;
  std::vector<std::string> paths = {
      "/work/main/solutions/gd_1d.cpp",          "/work/main/grader/specs/gradient_descent.yaml",
      "/work/main/tests/corpus/hostile/spec.yaml", "/work/main/tests/corpus/hostile/throws/expected.txt",
      "/root",                                   "/etc/shadow",
  };
  if (getpid() != 1)  // in a PID namespace, process 1 is the sandbox's init: the grader's environment
    for (const char* p : {"/proc/1/environ", "/proc/1/root/work/main/solutions/gd_1d.cpp",
                          "/proc/1/cwd/solutions/gd_1d.cpp", "/proc/1/root/etc/shadow"})
      paths.push_back(p);
  std::string up;
  for (int i = 1; i <= 8; ++i) {
    up += "../";
    for (const char* p : {"solutions/gd_1d.cpp", "grader/specs/gradient_descent.yaml",
                          "tests/corpus/hostile/spec.yaml", "main/solutions/gd_1d.cpp"})
      paths.push_back(up + p);
  }
  for (const auto& p : paths) {
    const int fd = open(p.c_str(), O_RDONLY);
    if (fd >= 0) {
      close(fd);
      throw std::runtime_error("LEAKED " + p);
    }
  }
  throw std::runtime_error("nothing readable");
}

}  // namespace exercises
