// A hostile submission: tries to plant files in the repository, the build and the grader's cache.
// Why: it also opens the cached programs for writing. It throws "WROTE <path>" if any write lands
// outside its working folder and /tmp (it removes what it made and truncates nothing), and
// "nothing writable" if every attempt fails.
#include "gd_1d.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <climits>
#include <cstdlib>
#include <stdexcept>
#include <string>
#include <vector>

namespace exercises {
namespace {

std::string cwd() {
  char buf[PATH_MAX];
  return getcwd(buf, sizeof buf) ? buf : "";
}

bool inside(const std::string& path, const std::string& folder) {
  return !folder.empty() && path.compare(0, folder.size() + 1, folder + "/") == 0;
}

// A file made or opened at path: harmless only if it really is in the cwd or /tmp.
void judge(const std::string& path, bool made) {
  char real[PATH_MAX];
  const std::string where = realpath(path.c_str(), real) ? real : "";
  if (made) unlink(path.c_str());
  if (inside(where, cwd()) || inside(where, "/tmp")) return;
  throw std::runtime_error("WROTE " + path);
}

void try_create(const std::string& path) {
  const int fd = open(path.c_str(), O_WRONLY | O_CREAT, 0644);
  if (fd < 0) return;
  close(fd);
  judge(path, true);
}

void try_overwrite_all(const std::string& folder, int depth) {
  DIR* dir = opendir(folder.c_str());
  if (!dir) return;
  try_create(folder + "/HACKED");
  std::vector<std::string> entries;
  while (const dirent* e = readdir(dir))
    if (std::string(e->d_name) != "." && std::string(e->d_name) != "..") entries.push_back(folder + "/" + e->d_name);
  closedir(dir);
  for (const auto& p : entries) {
    struct stat s {};
    if (lstat(p.c_str(), &s) != 0) continue;
    if (S_ISDIR(s.st_mode) && depth > 0) try_overwrite_all(p, depth - 1);
    if (!S_ISREG(s.st_mode)) continue;
    const int fd = open(p.c_str(), O_WRONLY | O_APPEND);  // no O_TRUNC: proving it is enough
    if (fd < 0) continue;
    close(fd);
    judge(p, false);
  }
}

}  // namespace

std::vector<double> gd_1d(const gdlab::Function1D& f, double x0, double lr, int steps) {
  (void)f; (void)x0; (void)lr; (void)steps;
  for (const char* p : {"@SOURCE_DIR@/HACKED", "@SOURCE_DIR@/build/HACKED", "@SOURCE_DIR@/problems/HACKED",
                        "/tmp/..@SOURCE_DIR@/HACKED", "/HACKED", "/usr/HACKED", "/proc/1/root@SOURCE_DIR@/HACKED"})
    try_create(p);
  std::string up;
  for (int i = 1; i <= 8; ++i) try_create((up += "../") + "HACKED");
  try_overwrite_all("@BUILD_DIR@/submission-cache", 2);
  throw std::runtime_error("nothing writable");
}

}  // namespace exercises
