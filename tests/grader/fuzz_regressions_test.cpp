// Every input kept in tests/fuzz_regressions/ (what the fuzzers in fuzz/ found, and a few
// nasty ones written by hand), replayed through the calls the fuzzers make, under the normal
// build: the contracts hold, and where a file has a NAME.expect beside it, one of the messages
// contains that text (so a fix that is undone shows up here, not only under the sanitizers).
#include <gtest/gtest.h>

#include <algorithm>
#include <exception>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <variant>

#include "frame_input.hpp"  // fuzz/: how frame_fuzz turns an input into channels
#include "grading/frame.hpp"
#include "grading/outcome.hpp"
#include "grading/repeat.hpp"
#include "spec/loader.hpp"
#include "support.hpp"

namespace gdlab {
namespace {
using test_support::read_file;

namespace fs = std::filesystem;

const fs::path kDir = fs::path(GDLAB_SOURCE_DIR) / "tests/fuzz_regressions";

// The inputs in one folder, sorted; NAME.expect files are what the inputs expect, not inputs.
std::vector<std::string> inputs(const std::string& folder) {
  std::vector<std::string> files;
  if (!fs::is_directory(kDir / folder)) return files;  // EachFolderHasInputs fails then
  for (const auto& entry : fs::directory_iterator(kDir / folder))
    if (entry.is_regular_file() && entry.path().extension() != ".expect") files.push_back(entry.path().string());
  std::sort(files.begin(), files.end());
  return files;
}

// The text NAME.expect holds, without its last newline; empty when there is no such file.
std::string expected(const std::string& input) {
  std::string text = read_file(input + ".expect");
  while (!text.empty() && text.back() == '\n') text.pop_back();
  return text;
}

std::string test_name(const ::testing::TestParamInfo<std::string>& info) {
  std::string name = fs::path(info.param).filename().string();
  std::replace_if(
      name.begin(), name.end(), [](char c) { return !std::isalnum(static_cast<unsigned char>(c)); }, '_');
  return name;
}

// ---- Specs: load_spec returns a spec or errors, never both, never neither, never throws. ----

class FuzzRegressionSpec : public ::testing::TestWithParam<std::string> {};

TEST_P(FuzzRegressionSpec, LoadsOrListsErrorsWithoutThrowing) {
  const std::string file = GetParam();
  spec::LoadResult loaded;
  ASSERT_NO_THROW(loaded = spec::load_spec(file));
  EXPECT_EQ(loaded.spec.has_value(), loaded.errors.empty());
  std::string all;
  for (const auto& e : loaded.errors) all += e.to_string() + "\n";
  EXPECT_TRUE(std::is_sorted(loaded.errors.begin(), loaded.errors.end(), [](const auto& a, const auto& b) {
    return a.line != b.line ? a.line < b.line : a.column < b.column;
  })) << all;
  if (const auto want = expected(file); !want.empty()) {
    EXPECT_NE(all.find(want), std::string::npos) << "wanted an error with: " << want << "\ngot:\n" << all;
  }
}

INSTANTIATE_TEST_SUITE_P(Files, FuzzRegressionSpec, ::testing::ValuesIn(inputs("spec")), test_name);

// ---- Frames: parse_frame and called_twice never throw; outcome_from_json throws only
// std::exceptions. ----

class FuzzRegressionFrame : public ::testing::TestWithParam<std::string> {};

TEST_P(FuzzRegressionFrame, IsAResultOrAProtocolError) {
  const std::string file = GetParam();
  std::string messages;  // every FrameError and exception, for the .expect text
  for (const auto& channel : fuzz::frame_channels(read_file(file))) {
    std::variant<nlohmann::json, grading::FrameError> frame;
    ASSERT_NO_THROW(frame = grading::parse_frame(channel));
    if (const auto* error = std::get_if<grading::FrameError>(&frame)) {
      EXPECT_FALSE(error->message.empty());
      messages += error->message + "\n";
      continue;
    }
    const auto& payload = std::get<nlohmann::json>(frame);
    ASSERT_TRUE(payload.is_object());
    if (payload.contains("error")) {  // grade.cpp reads both as text
      EXPECT_TRUE(payload.at("error").is_string());
      EXPECT_TRUE(payload.at("message").is_string());
    }
    if (!payload.contains("ok")) continue;
    EXPECT_NO_THROW((void)grading::called_twice(payload));  // compares the two calls' results
    try {
      (void)grading::outcome_from_json(payload.at("ok"));
    } catch (const std::exception& e) {  // a protocol error: what grade.cpp catches
      messages += std::string(e.what()) + "\n";
    } catch (...) {
      ADD_FAILURE() << "outcome_from_json threw something that is not a std::exception";
    }
  }
  if (const auto want = expected(file); !want.empty()) {
    EXPECT_NE(messages.find(want), std::string::npos) << "wanted a message with: " << want << "\ngot:\n" << messages;
  }
}

INSTANTIATE_TEST_SUITE_P(Files, FuzzRegressionFrame, ::testing::ValuesIn(inputs("frame")), test_name);

// The folders are read, not listed: an empty or missing one would pass without testing anything.
TEST(FuzzRegressions, EachFolderHasInputs) {
  EXPECT_FALSE(inputs("spec").empty());
  EXPECT_FALSE(inputs("frame").empty());
}

}  // namespace
}  // namespace gdlab
