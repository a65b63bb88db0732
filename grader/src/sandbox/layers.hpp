// Which isolation layers this machine allows, found out once at run time: namespaces need a
// kernel and a container runtime that permit them (Docker's default profile does not).
#pragma once

#include <string>
#include <vector>

namespace gdlab::sandbox {

enum class Isolation {
  namespaces_as_root,   // PID, network, mount, IPC, UTS namespaces; the program runs as a spare uid
  user_namespaces,      // the same inside a user namespace, for a grader that is not root
  process_only,         // no namespaces: process group, rlimits, seccomp and nothing else
};

// GDLAB_SANDBOX=process forces process_only (to test the fallback); otherwise the strongest
// that works here, probed by running /bin/true once.
Isolation isolation();

// What the report prints: every layer that was active.
std::vector<std::string> layer_names(Isolation isolation);

}  // namespace gdlab::sandbox
