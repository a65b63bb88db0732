// The system-call filter a sandboxed program runs under. Built once in the grader with
// libseccomp and handed to the child as a ready BPF program: the child of a threaded grader
// may not allocate between fork and exec, so it only copies and loads.
#pragma once

#include <linux/filter.h>

#include <vector>

namespace gdlab::sandbox {

enum class Policy {
  submission,  // no new processes, no network, signals to itself only
  compiler,    // the compiler driver forks cc1plus, as and ld: only no network
};

struct Filter {
  std::vector<sock_filter> program;
  std::vector<std::size_t> self_pid_slots;  // instructions whose constant is "my pid"
};

// The filter for `policy`; throws std::runtime_error when libseccomp cannot build it.
const Filter& filter_for(Policy policy);

// In the child, right before execve: writes its own pid into the slots and loads the
// filter (no_new_privs is set first, so this works unprivileged). Async-signal-safe.
bool load_filter(const Filter& filter, sock_filter* scratch);

}  // namespace gdlab::sandbox
