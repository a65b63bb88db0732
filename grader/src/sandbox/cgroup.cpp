#include "sandbox/cgroup.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <sstream>
#include <thread>
#include <utility>

#include "text/file.hpp"

namespace gdlab::sandbox {
namespace {

// This process's own cgroup in a hierarchy: "4:memory:/a/b" (v1) or "0::/a/b" (v2).
std::string own_cgroup(const std::string& controller) {
  std::ifstream in("/proc/self/cgroup");
  for (std::string line; std::getline(in, line);) {
    const auto first = line.find(':'), second = line.find(':', first + 1);
    if (first == std::string::npos || second == std::string::npos) continue;
    const std::string names = line.substr(first + 1, second - first - 1);
    if (names == controller) return line.substr(second + 1);
  }
  return "";
}

bool write_text(const std::string& path, const std::string& text) {
  const int fd = ::open(path.c_str(), O_WRONLY | O_CLOEXEC);
  if (fd < 0) return false;
  const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size());
  ::close(fd);
  return ok;
}

std::string read_text(const std::string& path) { return text::read_file(path).value_or(""); }

// "key value" lines (memory.events, memory.oom_control): the value of `key`, or -1.
long field(const std::string& text, const std::string& key) {
  std::istringstream in(text);
  for (std::string k; in >> k;) {
    long v = 0;
    in >> v;
    if (k == key) return v;
  }
  return -1;
}

// The folder new cgroups go in, for each version: under this process's own cgroup.
std::string parent_for(MemoryAccounting version) {
  if (version == MemoryAccounting::cgroup_v1) {
    const std::string own = own_cgroup("memory");
    return own.empty() ? "" : "/sys/fs/cgroup/memory" + (own == "/" ? "" : own);
  }
  const std::string own = own_cgroup("");
  if (own.empty()) return "";
  // cgroup v2 is mounted at /sys/fs/cgroup alone, or at /sys/fs/cgroup/unified beside v1.
  for (const char* mount : {"/sys/fs/cgroup", "/sys/fs/cgroup/unified"}) {
    const std::string dir = std::string(mount) + (own == "/" ? "" : own);
    if (::access((dir + "/cgroup.subtree_control").c_str(), F_OK) == 0) return dir;
  }
  return "";
}

std::string unique_name() {
  static std::atomic<unsigned> next{0};
  return "gdlab-" + std::to_string(::getpid()) + "-" + std::to_string(next++);
}

}  // namespace

std::optional<MemoryCgroup> MemoryCgroup::make(long limit_bytes) {
  const auto version = memory_accounting();
  if (version == MemoryAccounting::address_space) return std::nullopt;
  const std::string parent = parent_for(version);
  if (parent.empty()) return std::nullopt;
  const std::string path = parent + "/" + unique_name();
  if (::mkdir(path.c_str(), 0755) != 0) return std::nullopt;
  const std::string limit = std::to_string(limit_bytes);
  bool limited = false;
  if (version == MemoryAccounting::cgroup_v1) {
    limited = write_text(path + "/memory.limit_in_bytes", limit);
    write_text(path + "/memory.memsw.limit_in_bytes", limit);  // no swap either, where swap is accounted
  } else {
    limited = write_text(path + "/memory.max", limit);
    write_text(path + "/memory.swap.max", "0");
  }
  const int procs = ::open((path + "/cgroup.procs").c_str(), O_WRONLY | O_CLOEXEC);
  if (!limited || procs < 0) {
    if (procs >= 0) ::close(procs);
    ::rmdir(path.c_str());
    return std::nullopt;
  }
  return MemoryCgroup(version, path, procs);
}

MemoryCgroup::MemoryCgroup(MemoryCgroup&& other) noexcept
    : version_(other.version_), path_(std::move(other.path_)), procs_fd_(std::exchange(other.procs_fd_, -1)) {
  other.path_.clear();
}

MemoryCgroup::~MemoryCgroup() {
  if (procs_fd_ >= 0) ::close(procs_fd_);
  if (path_.empty()) return;
  // Its processes were killed and reaped; the kernel may take a moment to let go of the last.
  for (int attempt = 0; attempt < 50 && ::rmdir(path_.c_str()) != 0 && errno == EBUSY; ++attempt)
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
}

bool MemoryCgroup::join() const { return ::write(procs_fd_, "0", 1) == 1; }

long MemoryCgroup::peak_bytes() const {
  const std::string text =
      read_text(path_ + (version_ == MemoryAccounting::cgroup_v1 ? "/memory.max_usage_in_bytes" : "/memory.peak"));
  return std::atol(text.c_str());
}

bool MemoryCgroup::oom_killed() const {
  if (version_ == MemoryAccounting::cgroup_v2) return field(read_text(path_ + "/memory.events"), "oom_kill") > 0;
  const long kills = field(read_text(path_ + "/memory.oom_control"), "oom_kill");  // Linux 4.13+
  return kills >= 0 ? kills > 0 : std::atol(read_text(path_ + "/memory.failcnt").c_str()) > 0;
}

namespace {

std::string& note() {
  static std::string text;
  return text;
}

MemoryAccounting probe() {
  if (const char* off = std::getenv("GDLAB_CGROUP"); off && std::string(off) == "off") {
    note() = "GDLAB_CGROUP=off";
    return MemoryAccounting::address_space;
  }
  for (const auto version : {MemoryAccounting::cgroup_v2, MemoryAccounting::cgroup_v1}) {
    const std::string parent = parent_for(version);
    if (parent.empty()) continue;
    const std::string path = parent + "/" + unique_name();
    if (::mkdir(path.c_str(), 0755) != 0) continue;
    // v2 offers memory files only where the parent delegates the controller.
    const bool usable =
        ::access((path + (version == MemoryAccounting::cgroup_v1 ? "/memory.limit_in_bytes" : "/memory.max")).c_str(),
                 W_OK) == 0;
    ::rmdir(path.c_str());
    if (usable) return version;
  }
  note() = "no memory cgroup can be made here (not root, or no writable memory controller)";
  return MemoryAccounting::address_space;
}

}  // namespace

MemoryAccounting memory_accounting() {
  static const MemoryAccounting found = probe();
  return found;
}

const std::string& memory_accounting_note() {
  memory_accounting();
  return note();
}

std::string describe(MemoryAccounting accounting) {
  switch (accounting) {
    case MemoryAccounting::cgroup_v1:
      return "memory: a cgroup (v1) per run limits the memory used, reads its peak and OOM kills";
    case MemoryAccounting::cgroup_v2:
      return "memory: a cgroup (v2) per run limits the memory used, reads its peak and OOM kills";
    case MemoryAccounting::address_space: break;
  }
  return "memory: the address-space rlimit (" + memory_accounting_note() + ")";
}

}  // namespace gdlab::sandbox
