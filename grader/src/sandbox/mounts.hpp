// The file system a sandboxed program sees: a read-only skeleton holding the system's
// libraries and tools, its program, the read-only paths it was given and its writable working
// folder, nothing else (no repository, no solutions, no spec, no other student's files).
// Planned in the grader (allocating), carried out in the child (async-signal-safe only).
#pragma once

#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace gdlab::sandbox {

struct MountPlan {
  struct Bind {
    std::string source;  // host path
    std::string target;  // under the new root
    bool writable = false;
    bool device = false;  // /dev nodes keep their device bit
  };
  std::string root;                // an empty host folder the new root is mounted on
  std::vector<std::string> dirs;   // to create under the new root, parents first
  std::vector<std::string> files;  // empty files to bind files onto
  std::vector<Bind> binds;
  std::vector<std::pair<std::string, std::string>> links;  // (link text, where) for merged /usr
  std::string proc, tmp;                                   // where /proc and /tmp go
  std::string tmp_options;                                 // tmpfs options for /tmp
};

// `read_only` host paths (files or folders) appear at the same path, read-only; `writable`
// the same, writable. /usr, /lib*, /bin, /etc/ld.so.cache and a few /dev nodes are always there.
MountPlan plan_mounts(const std::filesystem::path& root, const std::vector<std::filesystem::path>& read_only,
                      const std::vector<std::filesystem::path>& writable, long tmp_bytes);

// In the child, inside its new mount namespace: build the tree and pivot into it. Returns 0,
// or the errno of the step that failed (in `step`, a static string).
int enter_mounts(const MountPlan& plan, const char** step);

}  // namespace gdlab::sandbox
