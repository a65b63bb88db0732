// The sandbox's layers, each seen from inside: what a program can see, who it is, what it may
// start, and that nothing it starts outlives it. CI runs as root, where every layer is on.
#include <gtest/gtest.h>
#include <signal.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "sandbox/landlock.hpp"
#include "sandbox/process.hpp"

namespace gdlab::sandbox {
namespace {
namespace fs = std::filesystem;

struct Folder {
  fs::path path;
  Folder() {
    std::string p = (fs::temp_directory_path() / "gdlab-sandbox-test-XXXXXX").string();
    path = mkdtemp(p.data());
  }
  ~Folder() {
    std::error_code ec;
    fs::remove_all(path, ec);
  }
};

RunResult run_program(const std::vector<std::string>& argv, Isolation isolation, Policy policy = Policy::submission,
                      double seconds = 5) {
  Folder folder;
  Request r;
  r.program = argv.front();
  r.args.assign(argv.begin() + 1, argv.end());
  r.workdir = folder.path;
  r.policy = policy;
  r.limits.wall_seconds = r.limits.cpu_seconds = seconds;
  return run(r, isolation);
}

bool forced_off() {
  const char* forced = std::getenv("GDLAB_SANDBOX");
  return forced && std::string(forced) == "process";
}

// Any process whose command line holds `marker`?
bool alive_with(const std::string& marker) {
  for (const auto& e : fs::directory_iterator("/proc")) {
    std::ifstream in(e.path() / "cmdline");
    std::string cmdline((std::istreambuf_iterator<char>(in)), {});
    for (auto& c : cmdline)
      if (c == '\0') c = ' ';
    if (cmdline.find(marker) != std::string::npos) return true;
  }
  return false;
}

TEST(Sandbox, RootGetsEveryLayer) {
  if (geteuid() != 0 || forced_off()) GTEST_SKIP() << "not root, or GDLAB_SANDBOX=process";
  EXPECT_EQ(isolation(), Isolation::namespaces_as_root)
      << "namespaces could not be made here: the grader fell back to process isolation";
}

TEST(Sandbox, ProgramRunsAsASpareUidAndSeesNoRepository) {
  if (isolation() == Isolation::process_only) GTEST_SKIP() << "no namespaces on this machine";
  const auto id = run_program({"/usr/bin/id", "-u"}, isolation());
  ASSERT_EQ(id.end, End::exited) << id.output << id.launch_error;
  if (geteuid() == 0) {
    EXPECT_NE(std::stol(id.output), 0L) << "the program ran as root";
  }
  const auto ls = run_program({"/usr/bin/ls", GDLAB_SOURCE_DIR "/problems"}, isolation());
  EXPECT_EQ(ls.end, End::exited);
  EXPECT_NE(ls.exit_code, 0);
  EXPECT_NE(ls.output.find("No such file"), std::string::npos) << ls.output;
}

TEST(Sandbox, NothingStartedOutlivesTheRun) {
  if (isolation() == Isolation::process_only) GTEST_SKIP() << "no namespaces on this machine";
  // The compiler's policy allows new processes: a detached one must still die with the run.
  const auto o =
      run_program({"/bin/sh", "-c", "setsid /bin/sleep 31.4159 & /bin/sleep 0.1"}, isolation(), Policy::compiler);
  EXPECT_EQ(o.end, End::exited) << o.output << o.launch_error;
  EXPECT_EQ(o.leftover_processes, 0);
  EXPECT_FALSE(alive_with("31.4159"));
}

TEST(Sandbox, SubmissionsMayNotStartProcessesEvenWithoutNamespaces) {
  for (const auto isolation : {Isolation::process_only, sandbox::isolation()}) {
    const auto o = run_program({"/bin/sh", "-c", "/bin/true; /bin/true"}, isolation);
    EXPECT_EQ(o.end, End::signaled) << o.output << o.launch_error;
    EXPECT_EQ(o.signal, SIGSYS);
  }
}

TEST(Sandbox, TheClockKillsEverything) {
  for (const auto isolation : {Isolation::process_only, sandbox::isolation()}) {
    const auto o = run_program({"/bin/sleep", "27.1828"}, isolation, Policy::submission, 0.3);
    EXPECT_EQ(o.end, End::timed_out);
    EXPECT_LT(o.seconds, 2.0);
    EXPECT_FALSE(alive_with("27.1828"));
  }
}

TEST(Sandbox, ProcessIsolationStillRunsPrograms) {
  const auto o = run_program({"/bin/echo", "hello"}, Isolation::process_only);
  EXPECT_EQ(o.end, End::exited);
  EXPECT_EQ(o.output, "hello\n");
}

// The fallback of containers (no namespaces): as root, the program is still not root.
TEST(SandboxFallback, AsRootTheProgramRunsAsASpareUid) {
  if (geteuid() != 0) GTEST_SKIP() << "not root";
  const auto id = run_program({"/usr/bin/id", "-u"}, Isolation::process_only);
  ASSERT_EQ(id.end, End::exited) << id.output << id.launch_error;
  EXPECT_NE(std::stol(id.output), 0L) << "the program ran as root";
}

// Landlock keeps it to the system, its program, what it is given and its own folder.
TEST(SandboxFallback, LandlockClosesTheRepository) {
  if (landlock_abi() == 0) GTEST_SKIP() << "no Landlock on this kernel";
  const auto readme = run_program({"/bin/cat", GDLAB_SOURCE_DIR "/README.md"}, Isolation::process_only);
  EXPECT_EQ(readme.end, End::exited);
  EXPECT_NE(readme.exit_code, 0);
  EXPECT_NE(readme.output.find("Permission denied"), std::string::npos) << readme.output;
  const auto tmp = run_program({"/usr/bin/touch", "/tmp/gdlab-landlock-test"}, Isolation::process_only);
  EXPECT_NE(tmp.exit_code, 0) << "it wrote outside its folder";
  EXPECT_FALSE(fs::exists("/tmp/gdlab-landlock-test"));
  const auto own = run_program({"/usr/bin/touch", "mine"}, Isolation::process_only);
  EXPECT_EQ(own.exit_code, 0) << own.output << own.launch_error;
}

TEST(SandboxFallback, WhatItIsGivenItMayRead) {
  if (landlock_abi() == 0) GTEST_SKIP() << "no Landlock on this kernel";
  // Outside its folder, where any uid may look (the repository may sit in a closed /root).
  Folder folder, given;
  fs::permissions(given.path, fs::perms::owner_all | fs::perms::others_read | fs::perms::others_exec);
  std::ofstream(given.path / "data.txt") << "gdlab reads this\n";
  std::ofstream(given.path / "other.txt") << "but not this\n";
  Request r;
  r.program = "/bin/cat";
  r.args = {(given.path / "data.txt").string()};
  r.read_only = {given.path / "data.txt"};
  r.workdir = folder.path;
  const auto o = run(r, Isolation::process_only);
  EXPECT_EQ(o.exit_code, 0) << o.output << o.launch_error;
  EXPECT_EQ(o.output, "gdlab reads this\n");
  r.args = {(given.path / "other.txt").string()};
  const auto other = run(r, Isolation::process_only);
  EXPECT_NE(other.exit_code, 0) << "a file beside the one it was given was readable";
}

// A program in a folder others cannot enter (a clone in /root, mode 0700) is run from a copy.
TEST(SandboxFallback, AClosedFolderIsReachedThroughACopy) {
  if (geteuid() != 0) GTEST_SKIP() << "not root";
  Folder closed, scratch;
  fs::permissions(closed.path, fs::perms::owner_all);
  fs::copy_file("/bin/echo", closed.path / "echo");
  const fs::path program = reachable(closed.path / "echo", scratch.path, Isolation::process_only);
  EXPECT_NE(program, closed.path / "echo");
  EXPECT_TRUE(program.string().starts_with(scratch.path.string()));  // its folder becomes its own
  EXPECT_FALSE(reaches(closed.path / "echo", Isolation::process_only));
  EXPECT_EQ(reachable("/bin/echo", scratch.path, Isolation::process_only), fs::path("/bin/echo"));
  Request r;
  r.program = program;
  r.args = {"reached"};
  r.workdir = scratch.path;
  const auto o = run(r, Isolation::process_only);
  EXPECT_EQ(o.output, "reached\n") << o.launch_error;
}

TEST(SandboxFallback, FilesAreConfinedWhereverLandlockOrNamespacesAre) {
  EXPECT_TRUE(confines_files(Isolation::namespaces_as_root));
  EXPECT_EQ(confines_files(Isolation::process_only), landlock_abi() > 0);
  EXPECT_EQ(unconfined_reason(Isolation::process_only).empty(), landlock_abi() > 0);
}

RunResult python(const std::string& code, Isolation isolation, long memory_bytes) {
  Folder folder;
  Request r;
  r.program = "/usr/bin/python3";
  r.args = {"-c", code};
  r.workdir = folder.path;
  r.limits.memory_bytes = memory_bytes;
  r.limits.wall_seconds = r.limits.cpu_seconds = 10;
  return run(r, isolation);
}

// In a memory cgroup the limit is on memory used: touching past it is an OOM kill, read back
// as such with its peak; reserving address space without using it is no offence.
TEST(SandboxMemory, ACgroupLimitsWhatIsUsedNotWhatIsReserved) {
  if (memory_accounting() == MemoryAccounting::address_space)
    GTEST_SKIP() << "no memory cgroup here: " << memory_accounting_note();
  for (const auto isolation : {Isolation::process_only, sandbox::isolation()}) {
    const auto used = python("b = b'x' * (300 << 20)", isolation, 128L << 20);
    EXPECT_TRUE(used.memory_killed) << used.output << used.launch_error;
    EXPECT_EQ(used.memory_accounting, memory_accounting());
    EXPECT_GT(used.peak_memory_bytes, 100L << 20);
    EXPECT_LE(used.peak_memory_bytes, 129L << 20);
    const auto reserved = python("import mmap; m = mmap.mmap(-1, 2 << 30); print('reserved')", isolation, 128L << 20);
    EXPECT_EQ(reserved.end, End::exited) << reserved.output << reserved.launch_error;
    EXPECT_EQ(reserved.output, "reserved\n");
    EXPECT_FALSE(reserved.memory_killed);
  }
}

TEST(SandboxMemory, WithoutACgroupTheAddressSpaceIsLimited) {
  const auto reserved = python("import mmap; m = mmap.mmap(-1, 2 << 30); print('reserved')", isolation(), 128L << 20);
  if (memory_accounting() == MemoryAccounting::address_space) {
    EXPECT_NE(reserved.output, "reserved\n");
    EXPECT_NE(reserved.output.find("Cannot allocate memory"), std::string::npos) << reserved.output;
  }
  const auto layers = layer_names(isolation());
  EXPECT_NE(std::find(layers.begin(), layers.end(), describe(memory_accounting())), layers.end());
  EXPECT_EQ(describe(MemoryAccounting::cgroup_v1).find("memory: a cgroup (v1)"), 0u);
}

// Printing past what is kept is dropped, not punished; only past the cap is it an output limit.
TEST(Sandbox, DebugPrintingIsKeptInPartAndNotPunished) {
  Folder folder;
  Request r;
  r.program = "/bin/sh";  // builtins only: a submission may not start processes
  r.args = {"-c", "i=0; while [ $i -lt 20000 ]; do echo \"step $i of a long debug print\"; i=$((i+1)); done"};
  r.workdir = folder.path;
  r.limits.output_bytes = 4 << 10;
  const auto printed = run(r, isolation());
  EXPECT_EQ(printed.end, End::exited) << printed.launch_error;
  EXPECT_EQ(printed.output.size(), 4u << 10);
  EXPECT_EQ(printed.output.rfind("step 0 of", 0), 0u);
  EXPECT_GT(printed.output_total, 500000L);
  r.limits.output_cap_bytes = 64 << 10;
  const auto flood = run(r, isolation());
  EXPECT_EQ(flood.end, End::output_limit);
}

TEST(Sandbox, ReportsItsLayers) {
  const auto all = layer_names(Isolation::namespaces_as_root);
  const auto few = layer_names(Isolation::process_only);
  EXPECT_GT(all.size(), few.size());
  EXPECT_NE(std::find(all.begin(), all.end(), "PID, network, mount, IPC and UTS namespaces"), all.end());
  EXPECT_EQ(std::find(few.begin(), few.end(), "PID, network, mount, IPC and UTS namespaces"), few.end());
  // The fallback names what it still has: the spare uid as root, Landlock where the kernel has it.
  const auto named = [&](const std::string& start) {
    return std::any_of(few.begin(), few.end(), [&](const std::string& l) { return l.starts_with(start); });
  };
  EXPECT_EQ(named("spare uid"), geteuid() == 0);
  EXPECT_EQ(named("Landlock ABI"), landlock_abi() > 0);
  EXPECT_TRUE(named("memory: "));
}

}  // namespace
}  // namespace gdlab::sandbox
