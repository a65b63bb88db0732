// Students on macOS or Windows: the student repository carries a dev container (Debian 12)
// that satisfies the devcontainer.json schema, and ./gdlab on a host that is not Linux says so
// in one line instead of failing in CMake.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "commands/assign.hpp"
#include "shell.hpp"
#include "support.hpp"

namespace gdlab::testing {
namespace {
using test_support::read_file;
using test_support::TempDir;
namespace fs = std::filesystem;
using test_shell::quoted;
using test_shell::run;

const fs::path source_dir = GDLAB_SOURCE_DIR;
const fs::path devcontainer_schema = source_dir / "tests/schemas/devcontainer.schema.json";

// The student repository, written once for the tests of this file.
const fs::path& student_repo() {
  static TempDir dir;
  static const fs::path repo = [] {
    const fs::path r = dir.path / "student";
    std::ostringstream out, err;
    if (commands::assign({.root = source_dir, .out = r}, out, err) != 0) ADD_FAILURE() << err.str();
    return r;
  }();
  return repo;
}

TEST(DevContainer, TheStudentRepositoryCarriesOneThatTheSchemaAccepts) {
  if (!test_shell::have_json_validator()) FAIL() << "perl's JSON::Validator not found: install libjson-validator-perl";
  const fs::path file = student_repo() / ".devcontainer/devcontainer.json";
  ASSERT_TRUE(fs::exists(file));
  const auto r = test_shell::validate_json(devcontainer_schema, file);
  EXPECT_EQ(r.status, 0) << r.out;
  const auto j = nlohmann::json::parse(read_file(file));
  const std::string image = j.at("image");
  EXPECT_TRUE(image.ends_with(":bookworm") || image == "debian:12") << image << " is not Debian 12";
  // It builds on creation, with the repository's own bootstrap.
  EXPECT_NE(j.at("postCreateCommand").get<std::string>().find("./gdlab"), std::string::npos);
}

// The schema is not a formality: what a devcontainer.json must not be, it refuses.
TEST(DevContainer, TheSchemaRefusesWhatThePublishedOneRefuses) {
  if (!test_shell::have_json_validator()) FAIL() << "perl's JSON::Validator not found: install libjson-validator-perl";
  TempDir dir;
  const auto good = nlohmann::json::parse(read_file(source_dir / ".devcontainer/devcontainer.json"));
  const std::vector<std::pair<std::string, nlohmann::json>> bad = {
      {"no image, build or compose file",
       [&] {
         auto j = good;
         j.erase("image");
         return j;
       }()},
      {"an image and a build",
       [&] {
         auto j = good;
         j["build"] = {{"dockerfile", "Dockerfile"}};
         return j;
       }()},
      {"a command that is a number",
       [&] {
         auto j = good;
         j["postCreateCommand"] = 1;
         return j;
       }()},
      {"an unknown key",
       [&] {
         auto j = good;
         j["postCreateComand"] = "./gdlab --help";
         return j;
       }()},
      {"memory without a unit it knows",
       [&] {
         auto j = good;
         j["hostRequirements"]["memory"] = "4GiB";
         return j;
       }()},
  };
  for (const auto& [why, json] : bad) {
    const fs::path file = dir.path / "devcontainer.json";
    std::ofstream(file) << json.dump(2);
    EXPECT_NE(test_shell::validate_json(devcontainer_schema, file).status, 0) << why;
  }
}

// A PATH shim stands for macOS's and Windows' uname; the script must stop before building.
TEST(NonLinuxHost, GdlabSaysSoInOneLineAndStops) {
  TempDir dir;
  for (const std::string system : {"Darwin", "MINGW64_NT-10.0-19045", "CYGWIN_NT-10.0"}) {
    const fs::path shim = dir.path / system;
    fs::create_directories(shim);
    std::ofstream(shim / "uname") << "#!/bin/sh\necho " << system << "\n";
    fs::permissions(shim / "uname", fs::perms::owner_all);
    // stderr alone: the one line the student reads.
    const auto r = run("{ cd " + quoted(student_repo().string()) + " && PATH=" + quoted(shim.string()) +
                       ":\"$PATH\" ./gdlab check 2>&1 >/dev/null; }");
    EXPECT_NE(r.status, 0) << system;
    EXPECT_EQ(std::count(r.out.begin(), r.out.end(), '\n'), 1) << r.out;
    for (const char* words :
         {system.c_str(), "not Linux", "dev container", "Codespace", ".devcontainer/devcontainer.json"})
      EXPECT_NE(r.out.find(words), std::string::npos) << "wanted '" << words << "' in: " << r.out;
    EXPECT_FALSE(fs::exists(student_repo() / "build")) << "it went on to build on " << system;
  }
}

}  // namespace
}  // namespace gdlab::testing
