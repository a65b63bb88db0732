// Landlock, the kernel's unprivileged file-access control (Linux 5.13 and later): the file
// system layer of the fallback where namespaces are refused (Docker, Kubernetes, Gradescope).
// It needs no privilege and no namespace: the program may read the system's libraries, its
// program and the paths it is given, write its working folder, and open nothing else.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace gdlab::sandbox {

// The Landlock ABI version this kernel offers, 0 when it has none (or it is disabled).
// GDLAB_LANDLOCK=off makes it 0, to test what happens on a kernel without it.
int landlock_abi();

// A ruleset built in the grader (it allocates) and applied in the child (it may not).
class Ruleset {
 public:
  Ruleset() = default;
  // Read (and execute) below `read_only` and the system's folders; read and write below
  // `writable`. An error names the path or step that failed.
  static Ruleset build(const std::vector<std::filesystem::path>& read_only,
                       const std::vector<std::filesystem::path>& writable, std::string& error);
  Ruleset(Ruleset&& other) noexcept;
  Ruleset& operator=(Ruleset&& other) noexcept;
  ~Ruleset();
  bool valid() const { return fd_ >= 0; }
  // In the child: no_new_privs, then the ruleset on itself. Async-signal-safe.
  bool apply() const;

 private:
  int fd_ = -1;
};

}  // namespace gdlab::sandbox
