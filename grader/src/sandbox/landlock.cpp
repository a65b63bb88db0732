#include "sandbox/landlock.hpp"

#include <fcntl.h>
#include <linux/landlock.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <utility>

namespace gdlab::sandbox {
namespace fs = std::filesystem;
namespace {

// Rights newer than the headers of Debian 12 (linux 6.1) knows: ABI 3 and 5.
constexpr __u64 truncate_right = 1ULL << 14;   // LANDLOCK_ACCESS_FS_TRUNCATE
constexpr __u64 ioctl_dev_right = 1ULL << 15;  // LANDLOCK_ACCESS_FS_IOCTL_DEV

constexpr __u64 read_rights = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_READ_FILE | LANDLOCK_ACCESS_FS_READ_DIR;
constexpr __u64 write_rights = LANDLOCK_ACCESS_FS_WRITE_FILE | LANDLOCK_ACCESS_FS_REMOVE_DIR |
                               LANDLOCK_ACCESS_FS_REMOVE_FILE | LANDLOCK_ACCESS_FS_MAKE_DIR |
                               LANDLOCK_ACCESS_FS_MAKE_REG | LANDLOCK_ACCESS_FS_MAKE_SYM |
                               LANDLOCK_ACCESS_FS_MAKE_FIFO | LANDLOCK_ACCESS_FS_MAKE_SOCK | truncate_right;
// Everything a rule can grant on a file (as opposed to a folder): the kernel refuses the rest.
constexpr __u64 file_rights = LANDLOCK_ACCESS_FS_EXECUTE | LANDLOCK_ACCESS_FS_READ_FILE |
                              LANDLOCK_ACCESS_FS_WRITE_FILE | truncate_right | ioctl_dev_right;

// What this ABI can handle: every right it knows is denied unless a rule grants it.
__u64 handled_rights(int abi) {
  __u64 all = (LANDLOCK_ACCESS_FS_MAKE_SYM << 1) - 1;  // ABI 1
  if (abi >= 2) all |= LANDLOCK_ACCESS_FS_REFER;
  if (abi >= 3) all |= truncate_right;
  if (abi >= 5) all |= ioctl_dev_right;
  return all;
}

// The system's programs and libraries, and the few files every program may open.
const std::vector<fs::path>& system_read_only() {
  static const std::vector<fs::path> paths = {
      "/usr",         "/lib",     "/lib64", "/lib32", "/libx32", "/bin", "/sbin", "/etc", "/sys/devices/system/cpu",
      "/dev/urandom", "/dev/zero"};
  return paths;
}
const std::vector<fs::path>& system_writable() {
  static const std::vector<fs::path> paths = {"/dev/null", "/dev/full"};
  return paths;
}

long ruleset_call(const landlock_ruleset_attr* attr, std::size_t size, unsigned flags) {
  return syscall(SYS_landlock_create_ruleset, attr, size, flags);
}

}  // namespace

int landlock_abi() {
  if (const char* off = std::getenv("GDLAB_LANDLOCK"); off && std::string(off) == "off") return 0;
  static const int abi = [] {
    const long v = ruleset_call(nullptr, 0, LANDLOCK_CREATE_RULESET_VERSION);
    return v > 0 ? static_cast<int>(v) : 0;
  }();
  return abi;
}

Ruleset Ruleset::build(const std::vector<fs::path>& read_only, const std::vector<fs::path>& writable,
                       std::string& error) {
  Ruleset r;
  const int abi = landlock_abi();
  if (abi == 0) {
    error = "this kernel has no Landlock";
    return r;
  }
  const __u64 handled = handled_rights(abi);
  landlock_ruleset_attr attr{};
  attr.handled_access_fs = handled;
  r.fd_ = static_cast<int>(ruleset_call(&attr, sizeof attr, 0));
  if (r.fd_ < 0) {
    error = std::string("landlock_create_ruleset: ") + std::strerror(errno);
    return r;
  }
  auto allow = [&](const fs::path& path, __u64 rights) {
    const int fd = ::open(path.c_str(), O_PATH | O_CLOEXEC);
    if (fd < 0) return errno == ENOENT;  // a system folder this machine does not have
    struct stat s {};
    fstat(fd, &s);
    landlock_path_beneath_attr rule{};
    rule.allowed_access = (S_ISDIR(s.st_mode) ? rights : rights & file_rights) & handled;
    rule.parent_fd = fd;
    const long done = syscall(SYS_landlock_add_rule, r.fd_, LANDLOCK_RULE_PATH_BENEATH, &rule, 0);
    ::close(fd);
    return done == 0;
  };
  for (const auto* paths : {&system_read_only(), &read_only})
    for (const auto& p : *paths)
      if (!allow(p, read_rights)) {
        error = "Landlock rule for " + p.string() + ": " + std::strerror(errno);
        return Ruleset();
      }
  for (const auto* paths : {&system_writable(), &writable})
    for (const auto& p : *paths)
      if (!allow(p, read_rights | write_rights)) {
        error = "Landlock rule for " + p.string() + ": " + std::strerror(errno);
        return Ruleset();
      }
  return r;
}

Ruleset::Ruleset(Ruleset&& other) noexcept : fd_(std::exchange(other.fd_, -1)) {}
Ruleset& Ruleset::operator=(Ruleset&& other) noexcept {
  std::swap(fd_, other.fd_);
  return *this;
}
Ruleset::~Ruleset() {
  if (fd_ >= 0) ::close(fd_);
}

bool Ruleset::apply() const {
  if (prctl(PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0) != 0) return false;
  return syscall(SYS_landlock_restrict_self, fd_, 0) == 0;
}

}  // namespace gdlab::sandbox
