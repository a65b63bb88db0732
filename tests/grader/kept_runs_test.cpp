// declared::KeptRuns: what the instructor's programs returned, kept on disk so that the next
// check or grade reads it instead of running them again in the sandbox.
#include "declared/kept_runs.hpp"

#include <fmt/format.h>
#include <gtest/gtest.h>

#include <fstream>

#include "build/hash.hpp"
#include "support.hpp"

namespace gdlab {
namespace {

namespace fs = std::filesystem;
using test_support::TempDir;

const std::string key = "/cache/gd_1d-0123/program\n{\"entry\":\"gradient_descent_1d\"}\n5 1073741824 1048576";

TEST(KeptRuns, AResultReadsBackWholeUnderItsOwnKeyOnly) {
  TempDir dir;
  const declared::KeptRuns kept(dir.path / "answer-runs");
  // What a harness sends: doubles that need all 17 digits, and the words it uses for NaN and inf.
  const nlohmann::json returned = {
      {"path", {{0.1 + 0.2}, {1e-300}, {"nan"}, {"-inf"}}}, {"steps", 3}, {"converged", false}};
  EXPECT_EQ(kept.find(key), std::nullopt) << "nothing kept yet";
  kept.keep(key, returned);
  const auto found = kept.find(key);
  ASSERT_TRUE(found);
  EXPECT_EQ(*found, returned);
  EXPECT_EQ((*found)["path"][0][0].get<double>(), 0.1 + 0.2) << "every bit of a double comes back";
  EXPECT_EQ(kept.find(key + " "), std::nullopt) << "another request or limit is another run";
  // Expected values: the folder is its owner's alone.
  EXPECT_EQ(fs::status(dir.path / "answer-runs").permissions() & fs::perms::all, fs::perms::owner_all);
}

TEST(KeptRuns, AFileOfAnotherKeyOrADamagedOneIsNoResult) {
  TempDir dir;
  const declared::KeptRuns kept(dir.path);
  const fs::path file = dir.path / fmt::format("{:016x}.json", build::fnv1a(key));
  // Two keys whose 64-bit names collide: the file says which one it holds.
  std::ofstream(file) << nlohmann::json{{"key", "another"}, {"returned", {{"steps", 1}}}}.dump();
  EXPECT_EQ(kept.find(key), std::nullopt);
  std::ofstream(file) << "{\"key\": \"cut short";
  EXPECT_EQ(kept.find(key), std::nullopt);
  std::ofstream(file) << nlohmann::json{{"key", key}}.dump();
  EXPECT_EQ(kept.find(key), std::nullopt) << "a file without a result";
}

TEST(KeptRuns, AFolderThatCannotBeWrittenOnlyMeansNothingIsKept) {
  TempDir dir;
  std::ofstream(dir.path / "a-file");
  const declared::KeptRuns kept(dir.path / "a-file" / "answer-runs");  // under a file: never a folder
  kept.keep(key, {{"steps", 1}});
  EXPECT_EQ(kept.find(key), std::nullopt);
}

}  // namespace
}  // namespace gdlab
