// Hostile and broken submissions: each of tests/corpus/hostile/* gets the verdict and the
// words in its expected.txt within a stated time, leaves no process behind and changes nothing
// outside its scratch folder, and the grader carries on.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <fmt/format.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <sys/wait.h>
#include <sstream>

#include "build/pch.hpp"
#include "commands/check.hpp"
#include "corpus_paths.hpp"
#include "sandbox/landlock.hpp"
#include "spec/loader.hpp"
#include "support.hpp"
#include "submission/grade.hpp"

namespace gdlab::grading {
namespace {
namespace fs = std::filesystem;

const fs::path corpus = fs::path(GDLAB_SOURCE_DIR) / "tests/corpus/hostile";

// Size and time of every file under `root` (but `skip`): what a submission might have changed.
// Walked a folder at a time: another test's build folder may vanish while it is read, and a
// recursive_directory_iterator that fails to enter one ends the whole walk, silently (the
// programs not yet reached would then look removed). A folder that goes held nothing from before.
std::map<std::string, std::pair<std::uintmax_t, fs::file_time_type>> snapshot(const fs::path& root,
                                                                              const fs::path& skip = {}) {
  std::map<std::string, std::pair<std::uintmax_t, fs::file_time_type>> files;
  std::vector<fs::path> folders = {root};
  while (!folders.empty()) {
    const fs::path folder = folders.back();
    folders.pop_back();
    std::error_code ec;
    for (fs::directory_iterator it(folder, fs::directory_options::skip_permission_denied, ec), end; !ec && it != end;
         it.increment(ec)) {
      if (it->path() == skip || it->path().filename() == ".git") continue;
      std::error_code entry_ec;
      const auto type = it->symlink_status(entry_ec).type();
      if (type == fs::file_type::directory) folders.push_back(it->path());
      if (type != fs::file_type::regular) continue;
      const auto size = it->file_size(entry_ec);
      const auto time = it->last_write_time(entry_ec);
      if (!entry_ec) files[it->path().string()] = {size, time};
    }
  }
  return files;
}

// Files that existed before and are gone or changed (new files elsewhere are other tests').
std::vector<std::string> changed(const auto& before, const auto& after) {
  std::vector<std::string> out;
  for (const auto& [path, stamp] : before) {
    const auto it = after.find(path);
    if (it == after.end() || it->second != stamp) out.push_back(path);
  }
  return out;
}

// The finished programs of the build cache (other tests' builds come and go beside them).
template <class Snapshot>
Snapshot programs(Snapshot files) {
  std::erase_if(files, [](const auto& f) {
    return fs::path(f.first).filename() != "program" || f.first.find(".build-") != std::string::npos;
  });
  return files;
}

// The compiler's limits for this corpus: low, so that the compile-time bombs end soon.
build::Toolchain corpus_toolchain() {
  auto t = build::Toolchain::installed();
  t.time_limit_seconds = 10;
  t.memory_limit_bytes = 1L << 30;
  return t;
}

// The worst case the corpus may take: the test's limit (2 s) plus the CPU limit's grace (1 s)
// for a run; the compiler's limit for a build; a second of slack for a loaded machine.
constexpr double worst_run_seconds = 4.0;
constexpr double worst_build_seconds = 10.0 + 1.0;

// The instructor's side of the problem (its harness, solution and mistake files) is built once,
// like the precompiled header, so that a case's time is its own build and run: a wrong result,
// graded once, builds them all into the toolchain's cache (later cases find them there).
void build_the_answers(const spec::Spec& spec, const build::Toolchain& toolchain) {
  const fs::path wrong = fs::temp_directory_path() / "gdlab-hostile-answers";
  fs::remove_all(wrong);
  test_corpus::copy_sources(fs::path(GDLAB_SOURCE_DIR) / "tests/corpus/buggy/gd1d_sign_error/exercises",
                            wrong / "exercises");
  submission::grade(spec, wrong, toolchain);
  fs::remove_all(wrong);
}

class Hostile : public ::testing::TestWithParam<std::string> {};

TEST_P(Hostile, GetsItsVerdictLeavesNothingBehindAndChangesNothing) {
  std::ifstream expected(corpus / GetParam() / "expected.txt");
  std::string verdict, words;
  std::getline(expected, verdict);
  std::getline(expected, words);
  const auto spec = spec::load_spec((corpus / "spec.yaml").string());
  ASSERT_TRUE(spec.spec) << spec.errors.front().to_string();
  const fs::path source = GDLAB_SOURCE_DIR;
  const auto toolchain = corpus_toolchain();
  // The precompiled header is the toolchain's, made once: not part of a case's time.
  build::precompiled_header(toolchain);
  build_the_answers(*spec.spec, toolchain);
  const auto repository_before = snapshot(source, source / "build");
  const auto cache_before = snapshot(toolchain.cache);

  // The case as a student would hand it in, with this checkout's real paths written in.
  const fs::path submission = fs::temp_directory_path() / ("gdlab-hostile-" + GetParam());
  fs::remove_all(submission);
  test_corpus::copy_sources(corpus / GetParam() / "exercises", submission / "exercises");
  const Report r = submission::grade(*spec.spec, submission, toolchain);
  fs::remove_all(submission);
  ASSERT_EQ(r.problems.size(), 1u);
  ASSERT_EQ(r.problems[0].tests.size(), 1u) << r.problems[0].diagnostics;
  const TestResult& t = r.problems[0].tests[0];
  EXPECT_EQ(to_string(t.verdict), verdict) << t.message << "\n" << r.problems[0].diagnostics << t.output;
  std::string said = t.message + " | " + r.problems[0].diagnostics;
  for (const auto& c : t.checks) said += " | " + c.message;
  EXPECT_NE(said.find(words), std::string::npos) << "wanted '" << words << "' in: " << said;
  if (verdict != "passed") {
    EXPECT_EQ(t.score(), 0);
  }
  EXPECT_EQ(t.leftover_processes, 0) << "processes of the submission were still alive after the test";
  EXPECT_LT(t.seconds, worst_run_seconds);
  EXPECT_LT(r.seconds, worst_build_seconds + worst_run_seconds);
  EXPECT_THAT(changed(repository_before, snapshot(source, source / "build")), ::testing::IsEmpty());
  EXPECT_THAT(changed(programs(cache_before), programs(snapshot(toolchain.cache))), ::testing::IsEmpty());
  for (const auto& planted :
       {source / "HACKED", source / "build" / "HACKED", fs::path("/tmp/HACKED"), fs::path("/tmp/results.json")})
    EXPECT_FALSE(fs::exists(planted)) << planted;
}

std::vector<std::string> cases() {
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(corpus))
    if (e.is_directory()) names.push_back(e.path().filename());
  std::sort(names.begin(), names.end());
  return names;
}

INSTANTIATE_TEST_SUITE_P(Corpus, Hostile, ::testing::ValuesIn(cases()), [](const auto& info) { return info.param; });

// One hostile problem costs that problem's points and nothing else: the rest of the
// submission is graded as usual.
TEST(HostileSubmission, TheOtherProblemsAreStillGraded) {
  const fs::path folder = fs::temp_directory_path() / "gdlab-hostile-rest";
  test_support::solved_submission(folder);
  fs::copy_file(corpus / "fork_bomb/exercises/gd_1d.cpp", folder / "exercises/gd_1d.cpp",
                fs::copy_options::overwrite_existing);
  const auto spec = spec::load_spec((fs::path(GDLAB_SOURCE_DIR) / "grader/specs/gradient_descent.yaml").string());
  ASSERT_TRUE(spec.spec);
  const Report r = submission::grade(*spec.spec, folder, build::Toolchain::installed());
  int hostile = 0, others = 0;
  for (const auto& p : r.problems)
    for (const auto& t : p.tests) {
      if (p.id == "gd_1d") {
        EXPECT_EQ(t.verdict, Verdict::forbidden) << t.name << ": " << t.message;
        ++hostile;
      } else {
        EXPECT_EQ(t.verdict, Verdict::passed) << p.id << ": " << t.name << ": " << t.message;
        ++others;
      }
      EXPECT_EQ(t.leftover_processes, 0);
    }
  EXPECT_GT(hostile, 0);
  EXPECT_GT(others, 0);
  fs::remove_all(folder);
}

// A giant source file is refused unread, with its size: no compiler time is spent on it.
TEST(HostileBuild, GiantSourceIsRefusedBeforeCompiling) {
  const std::string giant = "// padding\n" + std::string(3 << 20, ' ') + "\nint main() {}\n";
  const auto built = build::build_problem(corpus_toolchain(), "gd_1d", giant, "exercises/gd_1d.cpp");
  EXPECT_FALSE(built.ok);
  EXPECT_NE(built.diagnostics.find("exercises/gd_1d.cpp is 3.0 MB, larger than the limit of 1 MB"), std::string::npos)
      << built.diagnostics;
}

// `command` run through the shell: its exit code and what it printed (stdout and stderr).
std::pair<int, std::string> shell(const std::string& command) {
  std::unique_ptr<FILE, int (*)(FILE*)> pipe(popen((command + " 2>&1").c_str(), "r"), pclose);
  std::string said;
  char buffer[4096];
  while (const auto n = fread(buffer, 1, sizeof buffer, pipe.get())) said.append(buffer, n);
  const int status = pclose(pipe.release());
  return {WIFEXITED(status) ? WEXITSTATUS(status) : -1, said};
}

// Where neither namespaces nor Landlock can keep a submission from the repository (a container
// on an old kernel), hidden tests and whole classes are graded only when the instructor says so.
TEST(Unconfined, HiddenTestsAndClassesAreRefusedUnlessTheInstructorSaysSo) {
  const fs::path solved = fs::temp_directory_path() / "gdlab-unconfined-test";
  fs::create_directories(solved / "exercises");
  fs::copy_file(test_support::solution_path("gd_1d.cpp"), solved / "exercises/gd_1d.cpp",
                fs::copy_options::overwrite_existing);
  const std::string bare = "GDLAB_SANDBOX=process GDLAB_LANDLOCK=off " GDLAB_CLI " ";
  const std::string check = bare + "check --problem gd_1d --submission " + solved.string();
  const auto refused = shell(check);
  EXPECT_EQ(refused.first, 2);
  EXPECT_THAT(refused.second, ::testing::HasSubstr("hidden tests are not graded here: this machine allows neither "
                                                   "namespaces nor Landlock"));
  EXPECT_THAT(refused.second, ::testing::Not(::testing::HasSubstr("Score:")));
  const auto visible = shell(check + " --visible-only");
  EXPECT_EQ(visible.first, 0) << visible.second;
  const auto unsafe = shell(check + " --unsafe-no-sandbox");
  EXPECT_EQ(unsafe.first, 0) << unsafe.second;
  EXPECT_THAT(unsafe.second, ::testing::HasSubstr("Score: 9 / 9"));
  const auto batch = shell(bare + "grade " + solved.string() + " --out " + (solved / "grades").string());
  EXPECT_EQ(batch.first, 2);
  EXPECT_THAT(batch.second, ::testing::HasSubstr("not grading here"));
  EXPECT_FALSE(fs::exists(solved / "grades"));
  // With Landlock (where the kernel has it) the same check grades everything.
  const auto landlocked =
      shell("GDLAB_SANDBOX=process " GDLAB_CLI " check --problem gd_1d --submission " + solved.string());
  if (sandbox::landlock_abi() > 0) {
    EXPECT_EQ(landlocked.first, 0) << landlocked.second;
    EXPECT_THAT(landlocked.second, ::testing::HasSubstr("Score: 9 / 9"));
  }
  fs::remove_all(solved);
}

// The exit codes of gdlab check: 0 all passed, 1 not all passed, 2 bad input.
TEST(CheckCommand, ExitCodesMeanWhatTheySay) {
  std::ostringstream out, err;
  const std::string spec = (corpus / "spec.yaml").string();
  EXPECT_EQ(commands::check({.submission = GDLAB_SOURCE_DIR, .spec = spec}, out, err), 1);  // the stubs
  EXPECT_NE(out.str().find("Score: 0 / 1"), std::string::npos) << out.str();

  const fs::path solved = fs::temp_directory_path() / "gdlab-check-exit-test";
  fs::create_directories(solved / "exercises");
  fs::copy_file(test_support::solution_path("gd_1d.cpp"), solved / "exercises/gd_1d.cpp",
                fs::copy_options::overwrite_existing);
  EXPECT_EQ(commands::check({.submission = solved.string(), .spec = spec}, out, err), 0) << err.str();
  fs::remove_all(solved);

  EXPECT_EQ(commands::check({.spec = (corpus / "no-such-spec.yaml").string()}, out, err), 2);
  EXPECT_EQ(commands::check({.spec = spec, .problem = "gd_9d"}, out, err), 2);
  EXPECT_EQ(commands::check({.spec = spec, .format = "pdf"}, out, err), 2);
  EXPECT_NE(err.str().find("no problem 'gd_9d'"), std::string::npos) << err.str();
}

// A --submission that is no folder, or holds none of the spec's files, is a mistyped path, not
// a failing student: exit 2 and nothing graded. A submission missing some files is graded, and
// those problems are missing (never "does not compile") in the text, Gradescope and Markdown.
TEST(CheckCommand, ABadSubmissionIsAnErrorAndAMissingFileIsMissing) {
  test_support::TempDir dir;
  const std::string spec = (corpus / "spec.yaml").string();  // gd_1d only
  fs::create_directories(dir.path / "empty");
  dir.write("a-file", "not a folder\n");
  dir.write("elsewhere/exercises/gd_2d.cpp", "// a file of no problem of this spec\n");
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"no-such-folder",
       "--submission {}/no-such-folder does not exist: give the folder that holds exercises/ (your repository's top "
       "folder); nothing was graded"},
      {"empty",
       "--submission {}/empty holds none of the exercise files (exercises/gd_1d.cpp): give the folder that holds "
       "exercises/ (your repository's top folder); nothing was graded"},
      {"a-file", "--submission {}/a-file is not a folder: give the folder that holds exercises/"},
      {"elsewhere", "holds none of the exercise files (exercises/gd_1d.cpp)"},
  };
  for (const auto& [name, says] : cases) {
    std::ostringstream out, err;
    EXPECT_EQ(commands::check({.submission = (dir.path / name).string(), .spec = spec}, out, err), 2) << name;
    EXPECT_NE(err.str().find(fmt::format(fmt::runtime(says), dir.path.string())), std::string::npos) << err.str();
    EXPECT_EQ(out.str(), "") << name << ": something was graded";
  }

  // Only gd_1d handed in, graded against the shipped spec: gd_1d scores, the rest are missing.
  const fs::path partial = dir.path / "partial";
  dir.write("partial/exercises/gd_1d.cpp", test_support::read_file(test_support::solution_path("gd_1d.cpp")));
  const std::string missing = "missing: exercises/momentum.cpp (not found in the submission)";
  std::ostringstream text, err;
  const fs::path json_file = dir.path / "results.json", md_file = dir.path / "feedback.md";
  EXPECT_EQ(
      commands::check({.submission = partial.string(), .out = json_file.string(), .visible_only = true}, text, err), 1)
      << err.str();
  EXPECT_NE(text.str().find(missing), std::string::npos) << text.str();
  EXPECT_NE(text.str().find("  missing\n"), std::string::npos) << text.str();  // a test line's verdict
  const auto results = nlohmann::json::parse(test_support::read_file(json_file));
  EXPECT_GT(results.at("score").get<double>(), 0);  // gd_1d's points
  EXPECT_NE(results.at("output").get<std::string>().find("momentum: " + missing), std::string::npos);
  bool said = false;
  for (const auto& t : results.at("tests"))
    if (t.at("name").get<std::string>().rfind("momentum:", 0) == 0) {
      EXPECT_EQ(t.at("output"), missing);
      EXPECT_EQ(t.at("tags").at(1), "missing");
      said = true;
    }
  EXPECT_TRUE(said) << results.dump(1);
  std::ostringstream again;
  EXPECT_EQ(
      commands::check({.submission = partial.string(), .out = md_file.string(), .visible_only = true}, again, err), 1);
  const std::string md = test_support::read_file(md_file);
  EXPECT_NE(md.find(missing), std::string::npos) << md;
  EXPECT_NE(md.find("| missing |"), std::string::npos) << md;
  for (const std::string& report : {text.str(), results.dump(), md})
    EXPECT_EQ(report.find("does not compile"), std::string::npos) << report;
}

TEST(CheckCommand, WritesTheChosenFormatToTheFile) {
  const fs::path file = fs::temp_directory_path() / "gdlab-check-report.xml";
  std::ostringstream out, err;
  commands::check({.submission = GDLAB_SOURCE_DIR,
                   .spec = (corpus / "spec.yaml").string(),
                   .format = "junit",
                   .out = file.string()},
                  out, err);
  std::ifstream in(file);
  std::stringstream xml;
  xml << in.rdbuf();
  EXPECT_NE(xml.str().find("<testsuites"), std::string::npos);
  EXPECT_NE(out.str().find("Score:"), std::string::npos);  // the student still sees the summary
  fs::remove(file);
}

}  // namespace
}  // namespace gdlab::grading
