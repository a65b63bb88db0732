// The program cache kept within a size (build/cache_prune.hpp): least recently used first,
// never what was used lately, nothing but programs, kept results and killed builds' folders.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <random>

#include "batch/kept_results.hpp"
#include "build/cache_prune.hpp"
#include "build/compile.hpp"
#include "shell.hpp"
#include "problem_toolchain.hpp"
#include "support.hpp"

namespace gdlab::build {
namespace {
using test_support::TempDir;
using test_support::write_file;
namespace fs = std::filesystem;
using std::chrono::hours;

// A cache entry of `bytes` bytes, last used `age` ago.
fs::path entry(const fs::path& path, std::size_t bytes, hours age, bool folder = true) {
  write_file(folder ? path / "program" : path, std::string(bytes, 'x'));
  fs::last_write_time(path, fs::file_time_type::clock::now() - age);
  return path;
}

CacheLimits limit(std::uintmax_t bytes) {
  CacheLimits limits;
  limits.max_bytes = bytes;
  limits.every = std::chrono::seconds(0);  // each call a pass
  return limits;
}

TEST(CachePrune, RemovesTheLeastRecentlyUsedUntilWhatIsLeftFits) {
  TempDir cache;
  // Oldest first: a kept run of 6 days, 5, 4, 3, 2 days, then a kept result of 30 hours.
  const fs::path run = entry(cache.path / "answer-runs/0123456789abcdef.json", 500, hours(144), false);
  const fs::path a = entry(cache.path / "gd_1d-00000000000000aa", 1000, hours(120));
  const fs::path b = entry(cache.path / "gd_2d-00000000000000bb", 1000, hours(96));
  const fs::path c = entry(cache.path / "momentum-00000000000000cc", 1000, hours(72));
  const fs::path d = entry(cache.path / "my_problem-00000000000000dd", 1000, hours(48));
  const fs::path e = entry(cache.path / "kept-results/0123456789abcdef.json", 1000, hours(30), false);
  const auto pruned = prune_cache(cache.path, limit(2500));
  EXPECT_FALSE(fs::exists(run));
  EXPECT_FALSE(fs::exists(a));
  EXPECT_FALSE(fs::exists(b));
  EXPECT_FALSE(fs::exists(c));
  EXPECT_TRUE(fs::exists(d));
  EXPECT_TRUE(fs::exists(e));
  EXPECT_EQ(pruned.removed, 4u);
  EXPECT_EQ(pruned.freed_bytes, 3500u);
  EXPECT_EQ(pruned.kept_bytes, 2000u);
  // Under the limit now: a second pass removes nothing.
  EXPECT_EQ(prune_cache(cache.path, limit(2500)).removed, 0u);
}

TEST(CachePrune, NeverRemovesWhatWasUsedWithinTheIdleTime) {
  TempDir cache;
  const fs::path fresh = entry(cache.path / "gd_1d-00000000000000aa", 5000, hours(1));
  const fs::path old = entry(cache.path / "gd_1d-00000000000000bb", 10, hours(25));
  const auto pruned = prune_cache(cache.path, limit(0));
  EXPECT_TRUE(fs::exists(fresh)) << "used an hour ago: another gdlab may be about to run it";
  EXPECT_FALSE(fs::exists(old));
  EXPECT_EQ(pruned.kept_bytes, 5000u);
}

TEST(CachePrune, LeavesWhatIsNotAProgramOrAKeptResult) {
  TempDir cache;
  const std::vector<fs::path> others = {
      entry(cache.path / "harness/my_problem-00000000000000aa", 100, hours(200)),  // declared harnesses stay
      entry(cache.path / "gd_1d-notahexnumber0", 100, hours(200)),
      entry(cache.path / "gd_1d-00000000000000aaa", 100, hours(200)),  // 17 digits
      entry(cache.path / "notes.txt", 100, hours(200), false),
      entry(cache.path / "kept-results/0123456789abcdef.json.77.partial", 100, hours(200), false)};
  EXPECT_EQ(prune_cache(cache.path, limit(0)).removed, 0u);
  for (const auto& path : others) EXPECT_TRUE(fs::exists(path)) << path;
}

TEST(CachePrune, AKilledBuildsFolderGoesOnceIdleEvenUnderTheLimit) {
  TempDir cache;
  const fs::path left = entry(cache.path / "gd_1d-00000000000000aa.build-123-456", 100, hours(30));
  const fs::path running = entry(cache.path / "gd_1d-00000000000000bb.build-789-012", 100, hours(0));
  EXPECT_EQ(prune_cache(cache.path, limit(1 << 20)).removed, 1u);
  EXPECT_FALSE(fs::exists(left));
  EXPECT_TRUE(fs::exists(running)) << "a build in progress";
}

TEST(CachePrune, ATouchedEntryCountsAsJustUsed) {
  TempDir cache;
  const fs::path used = entry(cache.path / "gd_1d-00000000000000aa", 100, hours(100));
  touch(used);
  EXPECT_EQ(prune_cache(cache.path, limit(0)).removed, 0u);
  EXPECT_TRUE(fs::exists(used));
}

TEST(CachePrune, TheLimitComesFromGdlabCacheMb) {
  const auto with = [](const char* value) {
    if (value) setenv("GDLAB_CACHE_MB", value, 1);
    else unsetenv("GDLAB_CACHE_MB");
    const auto limits = CacheLimits::from_environment();
    unsetenv("GDLAB_CACHE_MB");
    return limits.max_bytes;
  };
  EXPECT_EQ(CacheLimits{}.max_bytes, std::uintmax_t{512} << 20) << "students.md and instructors.md say 512 MB";
  EXPECT_EQ(with(nullptr), CacheLimits{}.max_bytes);
  EXPECT_EQ(with("3"), std::uintmax_t{3} << 20);
  EXPECT_EQ(with("0"), static_cast<std::uintmax_t>(-1)) << "0 keeps everything";
  EXPECT_EQ(with("lots"), CacheLimits{}.max_bytes) << "not a number: the default, not zero";
}

// A program built long ago and built again (read from the cache) is recently used.
TEST(CachePrune, ACacheHitMarksTheProgramUsed) {
  TempDir cache;
  auto t = test_support::toolchain_of("gd_1d");
  t.cache = cache.path;
  const std::string source = test_support::read_file(test_support::solution_path("gd_1d.cpp"));
  const auto first = build_problem(t, "gd_1d", source, "exercises/gd_1d.cpp");
  ASSERT_TRUE(first.ok) << first.diagnostics;
  const fs::path folder = first.program.parent_path();
  fs::last_write_time(folder, fs::file_time_type::clock::now() - hours(100));
  const auto again = build_problem(t, "gd_1d", source, "exercises/gd_1d.cpp");
  ASSERT_TRUE(again.cached);
  EXPECT_EQ(prune_cache(cache.path, limit(0)).removed, 0u);
  EXPECT_TRUE(fs::exists(again.program));
}

// What `gdlab check` reads back is recently used too.
TEST(CachePrune, AKeptResultReadBackIsMarkedUsed) {
  TempDir cache;
  batch::KeptResults kept(cache.path / "kept-results");
  kept.keep("a key", grading::ProblemResult{});
  const fs::path file = *fs::directory_iterator(cache.path / "kept-results");
  fs::last_write_time(file, fs::file_time_type::clock::now() - hours(100));
  ASSERT_TRUE(kept.find("a key"));
  EXPECT_EQ(prune_cache(cache.path, limit(0)).removed, 0u);
}

// `gdlab check` prunes the cache it built into: an idle program over the limit is gone after it.
TEST(CachePrune, GdlabCheckPrunesItsCache) {
  const fs::path cache = Toolchain::installed().cache;
  fs::remove(cache / ".pruned");  // as if the last pass was long ago
  const fs::path planted =
      entry(cache / fmt::format("zz_planted-00000000{:08x}", std::random_device{}()), 2 << 20, hours(200));
  TempDir submission;
  fs::create_directories(submission.path / "exercises");
  fs::copy_file(test_support::solution_path("gd_1d.cpp"), submission.path / "exercises/gd_1d.cpp");
  const auto r = test_shell::run("GDLAB_CACHE_MB=1 " GDLAB_CLI " check --problem gd_1d --submission " +
                                 test_shell::quoted(submission.path.string()));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_FALSE(fs::exists(planted)) << "over GDLAB_CACHE_MB and unused for 200 hours";
}

// `gdlab grade` prunes its --build-cache once the class is graded, and keeps the class's programs.
TEST(CachePrune, GdlabGradePrunesItsBuildCache) {
  TempDir work;
  const fs::path cache = work.path / "cache";
  const fs::path planted = entry(cache / "gd_1d-00000000deadbeef", 2 << 20, hours(200));
  fs::create_directories(work.path / "class/alice/exercises");
  fs::copy_file(test_support::solution_path("gd_1d.cpp"), work.path / "class/alice/exercises/gd_1d.cpp");
  const auto r = test_shell::run(
      "GDLAB_CACHE_MB=1 " GDLAB_CLI " grade " + test_shell::quoted((work.path / "class").string()) +
      " --spec " GDLAB_SOURCE_DIR "/tests/corpus/hostile/spec.yaml --out " +
      test_shell::quoted((work.path / "out").string()) + " --build-cache " + test_shell::quoted(cache.string()));
  EXPECT_EQ(r.status, 0) << r.out;
  EXPECT_FALSE(fs::exists(planted));
  std::size_t programs = 0;
  for (const auto& e : fs::directory_iterator(cache)) programs += fs::exists(e.path() / "program");
  EXPECT_EQ(programs, 1u) << "alice's gd_1d, used a moment ago, stays";
}

}  // namespace
}  // namespace gdlab::build
