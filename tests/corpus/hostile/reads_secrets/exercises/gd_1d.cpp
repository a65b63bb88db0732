// A hostile submission: looks for the solution, the specs and other secrets on disk.
// Why: by absolute paths (the test writes the real repository's and build folder's in place of
// @SOURCE_DIR@ and @BUILD_DIR@), through /proc/1 and by walking up from its working folder; and
// it lists home folders, where only the folders leading to its own program may show. It throws
// "LEAKED <path>" if any of them can be read, "nothing readable" if not.
#include "gd_1d.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <limits.h>
#include <unistd.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace exercises {
namespace {

const std::string source_dir = "@SOURCE_DIR@", build_dir = "@BUILD_DIR@";

std::string own(const char* link) {
  char buf[PATH_MAX] = {};
  const auto n = readlink(link, buf, sizeof buf - 1);
  return n > 0 ? std::string(buf, static_cast<std::size_t>(n)) : "";
}

// `path` is a folder on the way to the program or its working folder: the sandbox's scaffold.
bool on_own_way(const std::string& path) {
  char buf[PATH_MAX] = {};
  const std::string cwd = getcwd(buf, sizeof buf) ? buf : "", exe = own("/proc/self/exe");
  for (const auto& mine : {cwd, exe})
    if (!mine.empty() && mine.compare(0, path.size(), path) == 0 &&
        (mine.size() == path.size() || mine[path.size()] == '/'))
      return true;
  return false;
}

// Anything in `folder` but the scaffold is a leak.
void list(const std::string& folder) {
  DIR* d = opendir(folder.c_str());
  if (!d) return;
  while (const dirent* e = readdir(d)) {
    const std::string name = e->d_name;
    if (name == "." || name == "..") continue;
    const std::string path = folder == "/" ? "/" + name : folder + "/" + name;
    if (!on_own_way(path)) {
      closedir(d);
      throw std::runtime_error("LEAKED " + path + " (listed)");
    }
  }
  closedir(d);
}

}  // namespace

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  (void)f; (void)x0; (void)lr; (void)steps;
  std::vector<std::string> paths = {
      source_dir + "/problems/gd_1d/gd_1d.cpp", source_dir + "/grader/specs/gradient_descent.yaml",
      source_dir + "/tests/corpus/hostile/spec.yaml", source_dir + "/tests/corpus/hostile/throws/expected.txt",
      source_dir + "/README.md", build_dir + "/CMakeCache.txt", "/etc/shadow",
  };
  if (getpid() != 1)  // in a PID namespace, process 1 is the sandbox's init: the grader's environment
    for (const std::string p : {std::string("/proc/1/environ"), "/proc/1/root" + source_dir + "/problems/gd_1d/gd_1d.cpp",
                                std::string("/proc/1/cwd/problems/gd_1d/gd_1d.cpp"), std::string("/proc/1/root/etc/shadow")})
      paths.push_back(p);
  std::string up;
  for (int i = 1; i <= 8; ++i) {
    up += "../";
    for (const char* p : {"problems/gd_1d/gd_1d.cpp", "grader/specs/gradient_descent.yaml",
                          "tests/corpus/hostile/spec.yaml", "main/problems/gd_1d/gd_1d.cpp"})
      paths.push_back(up + p);
  }
  for (const auto& p : paths) {
    const int fd = open(p.c_str(), O_RDONLY);
    if (fd >= 0) {
      close(fd);
      throw std::runtime_error("LEAKED " + p);
    }
  }
  for (const char* folder : {"/root", "/home"}) list(folder);
  list(source_dir);
  throw std::runtime_error("nothing readable");
}

}  // namespace exercises
