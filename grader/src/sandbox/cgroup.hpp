// A memory cgroup for one run, where the kernel lets the grader make one (root, or a delegated
// cgroup v2 subtree): the limit is then on the memory the program uses, not on the address
// space it reserves (thread stacks, sanitizers, mmap without touching), its peak is read back,
// and an out-of-memory kill is known for what it is. Elsewhere: RLIMIT_AS, and a rule.
#pragma once

#include <memory>
#include <optional>
#include <string>

namespace gdlab::sandbox {

enum class MemoryAccounting {
  address_space,  // RLIMIT_AS: what it reserves; a failed allocation is a std::bad_alloc
  cgroup_v1,      // the v1 memory controller (memory.limit_in_bytes, oom_control)
  cgroup_v2,      // the v2 memory controller (memory.max, memory.events, memory.peak)
};

// Which one runs here, found out once by making and removing a cgroup (GDLAB_CGROUP=off:
// address_space, to test the fallback). `why` says why there is no cgroup, when there is none.
MemoryAccounting memory_accounting();
const std::string& memory_accounting_note();

// What the report says bounds memory.
std::string describe(MemoryAccounting accounting);

class MemoryCgroup {
 public:
  // A fresh cgroup limited to `limit_bytes` (no swap), or nullopt where none can be made.
  static std::optional<MemoryCgroup> make(long limit_bytes);
  MemoryCgroup(MemoryCgroup&&) noexcept;
  MemoryCgroup& operator=(MemoryCgroup&&) = delete;
  ~MemoryCgroup();  // removed, once its processes are gone

  // In the child, before exec: moves the calling process in. Async-signal-safe.
  bool join() const;
  long peak_bytes() const;  // the most it used; 0 if unknown
  bool oom_killed() const;  // the kernel killed something in it for memory

 private:
  MemoryCgroup(MemoryAccounting version, std::string path, int procs_fd)
      : version_(version), path_(std::move(path)), procs_fd_(procs_fd) {}
  MemoryAccounting version_;
  std::string path_;
  int procs_fd_ = -1;
};

}  // namespace gdlab::sandbox
