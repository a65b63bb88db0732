// The Gradescope bundle: `gdlab export gradescope` is unpacked into a temporary folder that
// stands for /autograder (GDLAB_AUTOGRADER_ROOT), and its run_autograder runs as Gradescope
// runs it, as root, with namespaces refused (GDLAB_SANDBOX=process, as in Gradescope's
// containers), on the solutions, the stubs, a compile error, hostile submissions and a broken
// grader. Every results.json must satisfy Gradescope's schema; hidden tests and the total must
// not be shown before the due date; the submission must neither read the autograder's sources
// nor write its results; the solutions and mistake files stay home, their results travel. setup.sh cannot run here
// (Ubuntu's apt, a full build): the bundle's build/release/bin/gdlab is this checkout's gdlab, the binary setup.sh
// would have built.
#include <gtest/gtest.h>

#include <fmt/format.h>
#include <nlohmann/json.hpp>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <regex>
#include <set>
#include <sstream>

#include "batch/archive.hpp"
#include "commands/export.hpp"
#include "commands/gradescope.hpp"
#include "corpus_paths.hpp"
#include "declared/material.hpp"
#include "report/gradescope.hpp"
#include "text/points.hpp"
#include "shell.hpp"
#include "spec/loader.hpp"
#include "support.hpp"

namespace gdlab::testing {
namespace {
using test_support::read_file;
using test_support::TempDir;
using test_support::write_file;
namespace fs = std::filesystem;
using test_shell::quoted;

const fs::path source_dir = GDLAB_SOURCE_DIR;
const fs::path schema = source_dir / "tests/schemas/gradescope.schema.json";

// The bundle's files, by path: exported once for all the tests of this file.
const std::map<std::string, std::string>& bundle(bool unsafe = false) {
  static TempDir dir;
  static std::map<bool, std::map<std::string, std::string>> made;
  if (!made.contains(unsafe)) {
    const fs::path zip = dir.path / (unsafe ? "unsafe.zip" : "autograder.zip");
    std::ostringstream out, err;
    EXPECT_EQ(commands::export_bundle(
                  {.platform = "gradescope", .out = zip, .root = source_dir, .unsafe_no_sandbox = unsafe}, out, err),
              0)
        << err.str();
    // Larger than a student's upload may be: the pinned results of every test (tens of MB).
    const batch::ArchiveLimits limits{.total_bytes = 1ULL << 30, .file_bytes = 256ULL << 20};
    auto contents = batch::read_archive(
        zip, [](const std::string&) { return true; }, limits);
    EXPECT_EQ(contents.error, "");
    made[unsafe] = std::move(contents.kept);
  }
  return made.at(unsafe);
}

// A fresh /autograder: the bundle in source/, run_autograder beside it, the submission and its
// metadata, as Gradescope lays them out.
struct Autograder {
  TempDir dir;
  fs::path root = dir.path / "autograder";

  explicit Autograder(const std::map<std::string, std::string>& submission, bool unsafe = false) {
    fs::create_directories(root / "submission");
    fs::permissions(dir.path, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec |
                                  fs::perms::others_read | fs::perms::others_exec);
    for (const auto& [path, bytes] : bundle(unsafe)) write_file(root / "source" / path, bytes);
    fs::create_directories(root / "source/build/release/bin");
    fs::create_symlink(GDLAB_CLI, root / "source/build/release/bin/gdlab");
    write_file(root / "run_autograder", bundle(unsafe).at("run_autograder"));
    for (const auto& [path, bytes] : submission) write_file(root / "submission" / path, bytes);
    write_file(
        root / "submission_metadata.json",
        R"({"id": 123456, "users": [{"email": "amy@uni.edu", "id": 1234, "name": "Amy"}],)"
        R"( "assignment": {"due_date": "2026-12-01T23:59:59.000000+01:00", "title": "gd"}, "previous_submissions": []})");
  }

  // run_autograder as Gradescope runs it; its results.json, checked against the schema.
  nlohmann::json run(const std::string& env = "") const {
    const auto r = test_shell::run("cd " + quoted(root.string()) + " && GDLAB_SANDBOX=process GDLAB_AUTOGRADER_ROOT=" +
                                   quoted(root.string()) + " " + env + " bash run_autograder");
    EXPECT_EQ(r.status, 0) << r.out;
    const fs::path results = root / "results/results.json";
    EXPECT_TRUE(fs::exists(results)) << r.out;
    const auto valid = test_shell::validate_json(schema, results);
    EXPECT_EQ(valid.status, 0) << valid.out;
    return nlohmann::json::parse(read_file(results));
  }
};

std::map<std::string, std::string> solutions(const std::string& prefix = "") {
  std::map<std::string, std::string> files;
  for (const auto& file : test_support::solution_files(".cpp"))
    files[prefix + file.filename().string()] = read_file(file);
  return files;
}

double max_of(const nlohmann::json& results) {
  double max = 0;
  for (const auto& t : results.at("tests")) max += t.at("max_score").get<double>();
  return max;
}

#define REQUIRE_ROOT_AND_VALIDATOR()                                                               \
  if (geteuid() != 0) GTEST_SKIP() << "Gradescope runs run_autograder as root; so must this test"; \
  if (!test_shell::have_json_validator()) FAIL() << "perl's JSON::Validator not found: install libjson-validator-perl"

// It carries what a problem is graded with but not the answers' sources: each problem's header
// and declaration, and instead of its solution and mistake files their results on every test,
// hidden ones included (root alone reads them in the image); nothing of the repository's tests,
// tools or history.
TEST(GradescopeBundle, CarriesEveryTestsPinnedResultsButNoSolutionMistakeFileTestOrTool) {
  const auto& files = bundle();
  for (const char* top : {"setup.sh", "run_autograder", "CMakeLists.txt", "grader/specs/gradient_descent.yaml"})
    EXPECT_TRUE(files.contains(top)) << top;
  for (const auto& [path, bytes] : files)
    for (const char* banned : {"tests/", "tools/", "bench/", "fuzz/", "build/", "docs/", ".git/"})
      EXPECT_FALSE(path.starts_with(banned)) << path;
  std::size_t withheld = 0;
  for (const auto& problem : test_support::shipped_spec().problems) {
    const auto m = declared::material_for(problem, source_dir);
    const auto relative = [](const fs::path& file) { return fs::relative(file, source_dir).generic_string(); };
    ASSERT_TRUE(m.solution) << problem.id;
    // The folder's header is the one its submissions are compiled against (grader/CMakeLists.txt).
    ASSERT_EQ(m.header.parent_path(), source_dir / "problems" / problem.id);
    for (const auto& file : {source_dir / "exercises" / m.header.filename(), m.header,
                             source_dir / "problems" / problem.id / "problem.yaml"}) {
      ASSERT_TRUE(files.contains(relative(file))) << problem.id << " is graded with " << relative(file);
      EXPECT_EQ(files.at(relative(file)), read_file(file)) << relative(file);
    }
    std::vector<fs::path> answers = {*m.solution};
    for (const auto& mistake : m.mistakes) answers.push_back(mistake.path);
    for (const auto& file : answers) {
      ++withheld;
      EXPECT_FALSE(files.contains(relative(file))) << relative(file) << " computes answers: it stays home";
    }
    const std::string pinned_path = "grader/specs/pinned/" + problem.id + ".json";
    ASSERT_TRUE(files.contains(pinned_path)) << problem.id;
    const auto pinned = nlohmann::json::parse(files.at(pinned_path));
    std::set<std::string> tests, pinned_tests, mistakes, pinned_mistakes;
    for (const auto& t : problem.tests) tests.insert(t.name);
    for (const auto& [name, t] : pinned.at("tests").items()) pinned_tests.insert(name);
    for (const auto& mistake : m.mistakes) mistakes.insert(mistake.id);
    for (const auto& mistake : pinned.at("mistakes")) pinned_mistakes.insert(mistake.at("id").get<std::string>());
    EXPECT_EQ(pinned_tests, tests) << problem.id << ": every test, hidden ones too";
    EXPECT_EQ(pinned_mistakes, mistakes) << problem.id;
  }
  EXPECT_GT(withheld, 100u);
  // The spec it grades with keeps its hidden tests (students never see the bundle).
  EXPECT_EQ(files.at("grader/specs/gradient_descent.yaml"),
            read_file(source_dir / "grader/specs/gradient_descent.yaml"));
}

// PrairieLearn's image is built from a folder holding what the Gradescope zip holds but its two
// scripts; a folder that is not empty is refused before anything is built or written.
TEST(PrairieLearnExport, WritesTheBundlesFilesAsAFolderAndOverwritesNothing) {
  TempDir dir;
  const fs::path folder = dir.path / "pl-image";
  std::ostringstream out, err;
  ASSERT_EQ(commands::export_bundle({.platform = "prairielearn", .out = folder, .root = source_dir}, out, err), 0)
      << err.str();
  std::map<std::string, std::string> written;
  for (const auto& e : fs::recursive_directory_iterator(folder))
    if (e.is_regular_file()) written[fs::relative(e.path(), folder).generic_string()] = read_file(e.path());
  auto expected = bundle();
  expected.erase("setup.sh");
  expected.erase("run_autograder");
  EXPECT_EQ(written.size(), expected.size());
  for (const auto& [path, bytes] : expected) {
    ASSERT_TRUE(written.contains(path)) << path;
    EXPECT_EQ(written.at(path), bytes) << path;
  }
  EXPECT_NE(fs::status(folder / "grader/platforms/prairielearn/setup").permissions() & fs::perms::owner_exec,
            fs::perms::none);
  EXPECT_NE(out.str().find("docker build -f " + folder.string() + "/grader/platforms/prairielearn/Dockerfile"),
            std::string::npos)
      << out.str();

  std::ostringstream again_out, again_err;
  write_file(folder / "note.txt", "mine");
  EXPECT_EQ(
      commands::export_bundle({.platform = "prairielearn", .out = folder, .root = source_dir}, again_out, again_err),
      2);
  EXPECT_NE(again_err.str().find("is not empty"), std::string::npos) << again_err.str();
  EXPECT_EQ(again_err.str().find("mistake file(s)"), std::string::npos) << "it pinned before refusing";
  EXPECT_EQ(read_file(folder / "note.txt"), "mine");

  std::ostringstream bad_out, bad_err;
  EXPECT_EQ(commands::export_bundle({.platform = "moodle", .out = dir.path / "m"}, bad_out, bad_err), 2);
  EXPECT_NE(bad_err.str().find("gradescope and prairielearn"), std::string::npos) << bad_err.str();
}

// setup.sh cannot run here: it is valid bash, and installs every package ./gdlab installs.
TEST(GradescopeBundle, SetupIsBashAndInstallsWhatGdlabInstalls) {
  TempDir dir;
  write_file(dir.path / "setup.sh", bundle().at("setup.sh"));
  const auto syntax = test_shell::run("bash -n " + quoted((dir.path / "setup.sh").string()));
  EXPECT_EQ(syntax.status, 0) << syntax.out;
  const std::string gdlab = read_file(source_dir / "gdlab"), setup = bundle().at("setup.sh");
  const std::regex list(R"(packages=\(([^)]*)\))");
  std::smatch m;
  ASSERT_TRUE(std::regex_search(gdlab, m, list));
  std::set<std::string> named;
  std::istringstream words(std::regex_replace(m[1].str(), std::regex("#[^\n]*"), ""));
  for (std::string w; words >> w;) named.insert(w);
  EXPECT_GE(named.size(), 14u);
  ASSERT_TRUE(std::regex_search(setup, m, list));
  std::set<std::string> installed;
  std::istringstream setup_words(m[1].str());
  for (std::string w; setup_words >> w;) installed.insert(w);
  for (const auto& p : named) EXPECT_TRUE(installed.contains(p)) << p << " is in ./gdlab's list, not in setup.sh's";
}

TEST(GradescopeBundle, TheSolutionsScoreEverythingAndHiddenTestsWaitForTheDueDate) {
  REQUIRE_ROOT_AND_VALIDATOR();
  const Autograder ag(solutions());  // loose files, as a student drags them onto the upload page
  const auto r = ag.run();
  ASSERT_GT(r.at("tests").size(), 0u) << r.dump(2);
  EXPECT_DOUBLE_EQ(r.at("score").get<double>(), max_of(r));
  const auto spec = *spec::load_spec((source_dir / "grader/specs/gradient_descent.yaml").string()).spec;
  std::map<std::string, spec::Visibility> of;
  for (const auto& p : spec.problems)
    for (const auto& t : p.tests) of[p.id + ": " + t.name] = t.visibility;
  double visible_max = 0;
  for (const auto& t : r.at("tests")) {
    const auto v = of.at(t.at("name"));
    EXPECT_EQ(t.at("status"), "passed") << t.at("name");
    EXPECT_EQ(t.at("visibility"), v == spec::Visibility::visible          ? "visible"
                                  : v == spec::Visibility::after_due_date ? "after_due_date"
                                                                          : "after_published")
        << t.at("name");
    if (v == spec::Visibility::visible) visible_max += t.at("max_score").get<double>();
  }
  // The text a student reads now gives the visible tests' score, not the total.
  const std::string output = r.at("output");
  EXPECT_NE(output.find(text::points(visible_max) + " / " + text::points(visible_max)), std::string::npos) << output;
  EXPECT_EQ(output.find("/ " + text::points(max_of(r))), std::string::npos) << output;
  EXPECT_EQ(r.at("extra_data").at("gdlab").at("student"), "amy@uni.edu");  // from submission_metadata.json
}

TEST(GradescopeBundle, TheStubsScoreNothing) {
  REQUIRE_ROOT_AND_VALIDATOR();
  std::map<std::string, std::string> stubs;
  for (const auto& e : fs::directory_iterator(source_dir / "exercises"))
    if (e.path().extension() == ".cpp") stubs["exercises/" + e.path().filename().string()] = read_file(e.path());
  const auto r = Autograder(stubs).run();
  EXPECT_EQ(r.at("score").get<double>(), 0);
  for (const auto& t : r.at("tests")) EXPECT_EQ(t.at("status"), "failed") << t.at("name");
}

TEST(GradescopeBundle, ACompileErrorCostsItsProblemAndShowsTheCompiler) {
  REQUIRE_ROOT_AND_VALIDATOR();
  auto files = solutions("exercises/");
  files["exercises/gd_1d.cpp"] = "#include \"gd_1d.hpp\"\nthis does not compile;\n";
  const auto r = Autograder(files).run();
  EXPECT_NE(r.at("output").get<std::string>().find("gd_1d does not compile"), std::string::npos) << r.at("output");
  double gd_1d = 0, rest = 0, rest_max = 0;
  for (const auto& t : r.at("tests")) {
    const std::string name = t.at("name");
    (name.starts_with("gd_1d:") ? gd_1d : rest) += t.at("score").get<double>();
    if (!name.starts_with("gd_1d:")) rest_max += t.at("max_score").get<double>();
  }
  EXPECT_EQ(gd_1d, 0);
  EXPECT_DOUBLE_EQ(rest, rest_max);
}

// The corpus's text with this checkout's paths and the stand-in for /autograder written in.
std::string probe_for(const fs::path& case_dir, const fs::path& root) {
  std::string text = test_corpus::with_real_paths(read_file(case_dir / "exercises/gd_1d.cpp"));
  const std::string mark = "@AUTOGRADER_ROOT@";
  for (auto at = text.find(mark); at != std::string::npos; at = text.find(mark, at + root.string().size()))
    text.replace(at, mark.size(), root.string());
  return text;
}

// Snapshot of every file under `dir`: size and bytes.
std::map<std::string, std::string> snapshot(const fs::path& dir) {
  std::map<std::string, std::string> files;
  for (const auto& e : fs::recursive_directory_iterator(dir))
    if (e.is_regular_file()) files[e.path().string()] = read_file(e.path());
  return files;
}

// Hostile gd_1d files (the corpus's, and one aimed at /autograder): every gd_1d test gets the
// probe's "nothing" message, and the autograder's files are as they were.
TEST(GradescopeBundle, AHostileSubmissionNeitherReadsTheSourcesNorWritesTheResults) {
  REQUIRE_ROOT_AND_VALIDATOR();
  const std::map<std::string, std::pair<fs::path, std::string>> cases = {
      {"reads_secrets", {source_dir / "tests/corpus/hostile/reads_secrets", "nothing readable"}},
      {"writes_outside", {source_dir / "tests/corpus/hostile/writes_outside", "nothing writable"}},
      {"autograder_probe", {source_dir / "tests/corpus/gradescope/autograder_probe", "nothing reached"}}};
  for (const auto& [name, c] : cases) {
    Autograder ag({});
    write_file(ag.root / "submission/gd_1d.cpp", probe_for(c.first, ag.root));
    const auto before = snapshot(ag.root / "source");
    const auto r = ag.run();
    int gd_1d_tests = 0;
    for (const auto& t : r.at("tests")) {
      if (!t.at("name").get<std::string>().starts_with("gd_1d:")) continue;
      ++gd_1d_tests;
      const std::string out = t.at("output");
      EXPECT_NE(out.find(c.second), std::string::npos) << name << ": " << out;
      for (const char* breach : {"LEAKED", "WROTE"})
        EXPECT_EQ(out.find(breach), std::string::npos) << name << ": " << out;
    }
    EXPECT_GT(gd_1d_tests, 0) << name;
    EXPECT_TRUE(snapshot(ag.root / "source") == before) << name << " changed the autograder's sources";
    EXPECT_EQ(std::distance(fs::directory_iterator(ag.root / "results"), fs::directory_iterator()), 1) << name;
    for (const char* planted : {"HACKED", "source/HACKED", "submission/HACKED"})
      EXPECT_FALSE(fs::exists(ag.root / planted)) << name << " " << planted;
  }
}

// Without Landlock (nor namespaces) the bundle refuses, and says so; exported with
// --unsafe-no-sandbox it grades, and the file modes run_autograder sets still keep the probe out.
TEST(GradescopeBundle, WithoutLandlockItRefusesUnlessExportedUnsafeAndTheModesStillHold) {
  REQUIRE_ROOT_AND_VALIDATOR();
  const auto refused = Autograder(solutions()).run("GDLAB_LANDLOCK=off");
  EXPECT_EQ(refused.at("score").get<double>(), 0);
  EXPECT_NE(refused.at("output").get<std::string>().find("--unsafe-no-sandbox"), std::string::npos)
      << refused.at("output");

  // The control: the same run with run_autograder's chmod lines taken out lets the probe in, so
  // it is those modes that keep it out.
  for (const bool modes : {true, false}) {
    Autograder ag({}, true);
    write_file(ag.root / "submission/gd_1d.cpp",
               probe_for(source_dir / "tests/corpus/gradescope/autograder_probe", ag.root));
    if (!modes) {
      write_file(ag.root / "run_autograder",
                 std::regex_replace(read_file(ag.root / "run_autograder"), std::regex("\nchmod [^\n]*"), "\ntrue"));
      test_shell::run("chmod -R go+rX " + quoted((ag.root / "source").string()));
    }
    const auto r = ag.run("GDLAB_LANDLOCK=off");
    ASSERT_GT(r.at("tests").size(), 0u) << r.dump(2);
    for (const auto& t : r.at("tests")) {
      if (!t.at("name").get<std::string>().starts_with("gd_1d:")) continue;
      const std::string out = t.at("output");
      EXPECT_EQ(out.find("nothing reached") != std::string::npos, modes) << out;
      EXPECT_EQ(out.find("LEAKED " + (ag.root / "source").string()) != std::string::npos, !modes) << out;
    }
  }
}

// The grader itself broken: not built, or failing before it writes anything. run_autograder
// still leaves a results.json that says so.
TEST(GradescopeBundle, ABrokenGraderStillLeavesAResultThatSaysSo) {
  REQUIRE_ROOT_AND_VALIDATOR();
  {
    const Autograder ag(solutions());
    fs::remove(ag.root / "source/build/release/bin/gdlab");
    const auto r = ag.run();
    EXPECT_EQ(r.at("score").get<double>(), 0);
    EXPECT_NE(r.at("output").get<std::string>().find("not built"), std::string::npos) << r.at("output");
  }
  {
    const Autograder ag(solutions());
    const fs::path crash = ag.dir.path / "crash.sh";
    write_file(crash, "#!/bin/sh\nkill -SEGV $$\n");
    fs::permissions(crash, fs::perms::owner_all);
    fs::remove(ag.root / "source/build/release/bin/gdlab");
    fs::create_symlink(crash, ag.root / "source/build/release/bin/gdlab");
    const auto r = ag.run();
    EXPECT_EQ(r.at("score").get<double>(), 0);
    EXPECT_NE(r.at("output").get<std::string>().find("failed (status 139)"), std::string::npos) << r.at("output");
  }
  {  // a spec that does not load: gdlab's own failure result
    const Autograder ag(solutions());
    write_file(ag.root / "source/grader/specs/gradient_descent.yaml", "problems: [\n");
    const auto r = ag.run();
    EXPECT_EQ(r.at("score").get<double>(), 0);
    EXPECT_NE(r.at("output").get<std::string>().find("spec has errors"), std::string::npos) << r.at("output");
  }
  {  // nothing uploaded that gdlab grades
    const Autograder ag(std::map<std::string, std::string>{{"notes.txt", "hello\n"}});
    const auto r = ag.run();
    EXPECT_EQ(r.at("score").get<double>(), 0);
    EXPECT_NE(r.at("output").get<std::string>().find("exercises/gd_1d.cpp"), std::string::npos) << r.at("output");
  }
}

// The mapping alone, on a report made by hand: no test of gdlab's hidden kinds is visible or
// Gradescope-hidden (which would never show it), and the text gives only the visible points.
TEST(GradescopeVisibility, HiddenTestsWaitAndTheTextKeepsTheTotalBack) {
  grading::Report report;
  report.assignment = "hw";
  grading::ProblemResult p{.id = "p", .title = "P", .source = "exercises/p.cpp"};
  const std::vector<std::pair<std::string, double>> tests = {
      {"visible", 2}, {"hidden", 3}, {"after_due_date", 5}, {"", 7}};
  for (const auto& [v, points] : tests) {
    grading::TestResult t;
    t.problem = "p";
    t.name = v.empty() ? "default" : v;
    t.visibility = v;
    t.max_score = points;
    t.verdict = grading::Verdict::passed;
    p.tests.push_back(t);
  }
  report.problems.push_back(p);
  const auto r = report::to_gradescope(report);
  std::map<std::string, std::string> shown;
  for (const auto& t : r.at("tests")) shown[t.at("name")] = t.at("visibility");
  EXPECT_EQ(shown.at("p: visible"), "visible");
  EXPECT_EQ(shown.at("p: default"), "visible");
  EXPECT_EQ(shown.at("p: hidden"), "after_published");
  EXPECT_EQ(shown.at("p: after_due_date"), "after_due_date");
  const std::string output = r.at("output");
  EXPECT_NE(output.find("hw: 9 / 9 on the tests shown now; more tests"), std::string::npos) << output;
  EXPECT_EQ(output.find("17"), std::string::npos) << output;      // the total, 2 + 3 + 5 + 7
  EXPECT_EQ(output.find("2 more"), std::string::npos) << output;  // nor how many are held back
  EXPECT_DOUBLE_EQ(r.at("score").get<double>(), report.score());
}

// What a visible test says of a mistake counts visible tests only: four visible and four hidden
// tests fail, one mistake explains three of the visible ones and all the hidden ones.
TEST(GradescopeVisibility, AVisibleTestsDiagnosisCountsOnlyVisibleTests) {
  grading::ProblemResult p{.id = "p", .title = "P", .source = "exercises/p.cpp"};
  for (const std::string v : {"visible", "hidden"})
    for (int k = 0; k < 4; ++k) {
      grading::TestResult t;
      t.problem = "p";
      t.name = fmt::format("{} {}", v, k);
      t.visibility = v;
      t.max_score = 1;
      t.verdict = grading::Verdict::failed;
      t.checks.push_back({.kind = "trajectory", .passed = false, .message = "the paths part"});
      if (v == "hidden" || k < 3) t.diagnoses.push_back({"ascent", "gradient ascent", "look at the sign"});
      p.tests.push_back(t);
    }
  const auto r = report::to_gradescope(grading::Report{.problems = {p}});
  std::size_t visible = 0, hidden = 0;
  for (const auto& t : r.at("tests")) {
    const std::string output = t.at("output");
    if (output.find("gradient ascent") == std::string::npos) continue;
    if (t.at("visibility") == "visible") {
      ++visible;
      EXPECT_NE(output.find("explains 3 of 4 failed tests"), std::string::npos) << output;
      EXPECT_EQ(output.find("of 8"), std::string::npos) << output;
    } else {
      ++hidden;
      EXPECT_NE(output.find("explains 7 of 8 failed tests"), std::string::npos) << output;
    }
  }
  EXPECT_EQ(visible, 3u);
  EXPECT_EQ(hidden, 4u);
}

TEST(GradescopeStudent, TheEmailIfItIsAnIdElseTheGradescopeUserId) {
  EXPECT_EQ(commands::gradescope_student(nlohmann::json::parse(R"({"users": [{"email": "amy@uni.edu", "id": 7}]})")),
            "amy@uni.edu");
  EXPECT_EQ(commands::gradescope_student(nlohmann::json::parse(R"({"users": [{"email": "a b@x", "id": 7}]})")), "7");
  EXPECT_EQ(commands::gradescope_student(nlohmann::json::parse(R"({"users": []})")), std::nullopt);
}

}  // namespace
}  // namespace gdlab::testing
