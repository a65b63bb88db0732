// Which isolation layers this machine allows, found out once at run time: namespaces need a
// kernel and a container runtime that permit them (Docker's default profile does not).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace gdlab::sandbox {

enum class Isolation {
  namespaces_as_root,  // PID, network, mount, IPC, UTS namespaces; the program runs as a spare uid
  user_namespaces,     // the same inside a user namespace, for a grader that is not root
  process_only,        // no namespaces (containers): process group, rlimits, seccomp, and as
                       // root a spare uid, and Landlock where the kernel has it
};

// GDLAB_SANDBOX=process forces process_only (to test the fallback); otherwise the strongest
// that works here, probed by running /bin/true once.
Isolation isolation();

// What the report prints: every layer that was active.
std::vector<std::string> layer_names(Isolation isolation);

// Whether programs run as a spare uid rather than the grader's: wherever the grader is root.
bool runs_as_spare_uid(Isolation isolation);

// Whether a program is kept away from the files it may not read (the repository, solutions,
// specs, other students' results): a private file system, or Landlock. Where neither is
// possible, hidden tests are graded only with --unsafe-no-sandbox.
bool confines_files(Isolation isolation);

// Why the files are not confined here, for the refusal; empty where they are.
std::string unconfined_reason(Isolation isolation);
// What to do about it.
std::string unconfined_advice();

}  // namespace gdlab::sandbox

namespace gdlab::sandbox {

// Whether a program run under `isolation` can get to `path` (as its uid, through every folder
// on the way, where no private file system binds it in): where it may work in a folder made there.
bool reaches(const std::filesystem::path& path, Isolation isolation);

// Whether it can also read `path`, and everything in it when it is a folder: as a spare uid,
// only what others may read (a bound folder keeps its own mode).
bool can_read(const std::filesystem::path& path, Isolation isolation);

// A path the program can read as the uid it runs as: `path` itself, or, where it sits in a
// folder other users cannot enter (a clone in /root, mode 0700) or is closed to others itself
// (a bundle that setup.sh closed), a copy of it made in `into` (which the program can reach).
std::filesystem::path reachable(const std::filesystem::path& path, const std::filesystem::path& into,
                                Isolation isolation);

}  // namespace gdlab::sandbox
