// The student repository's workflows, run as GitHub would run them: the exact `run:` command
// of check.yml and classroom.yml on a submission where every problem fails, with GitHub's
// environment files. stdout must be annotations of the published grammar (at most 10 errors),
// --out a real report, and Classroom's step output the payload its reporter decodes.
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <sys/wait.h>

#include <regex>

#include <nlohmann/json.hpp>

#include "assign/plan.hpp"
#include "ci_support.hpp"
#include "commands/check_output.hpp"
#include "spec/loader.hpp"

namespace gdlab::commands {
namespace {

namespace fs = std::filesystem;
using ci_test::source_dir;

// The `run:` line of a workflow that calls gdlab check, exactly as written there.
std::string check_command(const std::string& workflow) {
  static const std::regex run_line(R"(^\s*run:\s*(\./gdlab check\b.*)$)");
  std::string found;
  for (const auto& line : ci_test::lines(ci_test::read_file(source_dir / "grader/student" / workflow))) {
    std::smatch m;
    if (std::regex_match(line, m, run_line)) {
      EXPECT_TRUE(found.empty()) << workflow << " runs gdlab check twice";
      found = m[1];
    }
  }
  EXPECT_FALSE(found.empty()) << workflow << " does not run ./gdlab check";
  return found;
}

// Every problem fails: one does not compile, the others are known buggy submissions. The
// repository also has what gdlab reads of it beside exercises/: each problem's folder.
fs::path every_problem_fails(const fs::path& root) {
  fs::create_directory_symlink(source_dir / "problems", root / "problems");
  const fs::path buggy = source_dir / "tests/corpus/buggy";
  for (const auto& [file, from] :
       std::vector<std::pair<std::string, std::string>>{{"gd_1d.cpp", "gd1d_compile_error"},
                                                        {"gd_2d.cpp", "gd2d_one_step_too_few"},
                                                        {"momentum.cpp", "momentum_ema_form"},
                                                        {"linreg.cpp", "linreg_missing_factor_2"},
                                                        {"wb_regression.cpp", "wb_sequential_update"}}) {
    fs::create_directories(root / "exercises");
    fs::copy_file(buggy / from / "exercises" / file, root / "exercises" / file);
  }
  return root;
}

struct Step {
  ci_test::TempDir dir;  // the job's working folder; GitHub's environment files live here too
  ci_test::Run run;
  fs::path summary, output;
};

// Runs a workflow's command in the repository `repo` as GitHub's runner would: ./gdlab is the
// built binary, GITHUB_STEP_SUMMARY and GITHUB_OUTPUT are files, stdout is the log.
void run_step(Step& s, const std::string& command, const fs::path& repo) {
  s.summary = s.dir.path / "step_summary.md";
  s.output = s.dir.path / "github_output";
  const std::string line = std::regex_replace(command, std::regex(R"(^\./gdlab)"), ci_test::quote(GDLAB_CLI));
  s.run = ci_test::run(fmt::format("cd {} && GDLAB_ROOT={} GITHUB_STEP_SUMMARY={} GITHUB_OUTPUT={} {}",
                                   ci_test::quote(s.dir.path.string()), ci_test::quote(repo.string()),
                                   ci_test::quote(s.summary.string()), ci_test::quote(s.output.string()), line),
                       false);
}

int problems_in_spec() {
  const auto loaded = spec::load_spec((source_dir / "grader/specs/gradient_descent.yaml").string());
  return loaded.spec ? static_cast<int>(loaded.spec->problems.size()) : -1;
}

TEST(StudentWorkflow, CheckYmlAnnotatesOnStdoutAndUploadsRealJson) {
  REQUIRE_JSON_VALIDATOR();
  ci_test::TempDir repo;
  Step step;
  const std::string command = check_command("check.yml");
  run_step(step, command, every_problem_fails(repo.path));
  EXPECT_EQ(WEXITSTATUS(step.run.status), 1);  // the step fails: not every test passes
  const auto log = ci_test::read_log(step.run.out);
  ci_test::expect_within_limits(log);
  EXPECT_EQ(log.count("error"), problems_in_spec()) << step.run.out.substr(0, 3000);  // one per problem
  bool compiler_line = false;
  for (const auto& a : log.annotations)
    compiler_line |= a.properties.count("file") && a.properties.at("file") == "exercises/gd_1d.cpp" &&
                     a.properties.count("line") && a.properties.count("col");
  EXPECT_TRUE(compiler_line) << "the compile error is not at the compiler's line";
  // The uploaded file is the report the workflow names, and it is JSON of Gradescope's schema.
  const std::string file = std::regex_replace(command, std::regex(R"(.*--out\s+(\S+).*)"), "$1");
  ASSERT_TRUE(fs::exists(step.dir.path / file)) << command;
  const auto valid = ci_test::json_validate(source_dir / "tests/schemas/gradescope.schema.json", step.dir.path / file);
  EXPECT_EQ(valid.status, 0) << valid.out;
  EXPECT_NE(ci_test::read_file(step.summary).find("| **Total** |"), std::string::npos);
}

TEST(StudentWorkflow, ClassroomYmlHandsTheReporterItsPayload) {
  REQUIRE_JSON_VALIDATOR();
  ci_test::TempDir repo;
  Step step;
  run_step(step, check_command("classroom.yml"), every_problem_fails(repo.path));
  const auto log = ci_test::read_log(step.run.out);
  ci_test::expect_within_limits(log);
  EXPECT_EQ(log.count("error"), problems_in_spec());
  for (const auto& a : log.annotations)  // the reporter prints Classroom's notices, gdlab must not
    EXPECT_NE(a.properties.count("title") ? a.properties.at("title") : "", "Autograding complete");
  // The step output `result`, as ${{ steps.gdlab.outputs.result }} hands it to GDLAB_RESULTS.
  const std::string output = ci_test::read_file(step.output);
  // Found by hand: std::regex recurses per character and overflows the stack on 25 KB of base64.
  const auto at = output.rfind("result=", 0) == 0 ? 0 : output.find("\nresult=");
  ASSERT_NE(at, std::string::npos) << output;
  const auto start = output.find('=', at) + 1;
  const auto end = output.find('\n', start);
  ASSERT_NE(end, std::string::npos) << output;
  const std::string base64 = output.substr(start, end - start);
  EXPECT_EQ(base64.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/="),
            std::string::npos);
  ci_test::write_file(step.dir.path / "b64", base64);
  const auto decoded = ci_test::run("base64 -d " + ci_test::quote((step.dir.path / "b64").string()), false);
  ci_test::write_file(step.dir.path / "payload.json", decoded.out);
  const auto valid =
      ci_test::json_validate(source_dir / "tests/schemas/classroom.schema.json", step.dir.path / "payload.json");
  EXPECT_EQ(valid.status, 0) << valid.out;
  // The payload's points are the score the text report printed.
  const auto payload = nlohmann::json::parse(decoded.out);
  double points = 0;
  for (const auto& t : payload["tests"]) points += t["score"].get<double>();
  EXPECT_NE(step.run.out.find(fmt::format("Score: {} / {}", points, payload["max_score"].get<double>())),
            std::string::npos);
  // The workflow wires the same step id and runner name to the reporter.
  const std::string yml = ci_test::read_file(source_dir / "grader/student/classroom.yml");
  EXPECT_NE(yml.find("id: gdlab"), std::string::npos);
  EXPECT_NE(yml.find("GDLAB_RESULTS: \"${{ steps.gdlab.outputs.result }}\""), std::string::npos);
  EXPECT_NE(yml.find("runners: gdlab"), std::string::npos);
  EXPECT_NE(yml.find("uses: classroom-resources/autograding-grading-reporter@v1"), std::string::npos);
}

TEST(StudentWorkflow, AssignShipsOneWorkflow) {
  const auto plain = assign::plan_student_repo(source_dir);
  EXPECT_TRUE(plain.files.count(".github/workflows/check.yml"));
  EXPECT_FALSE(plain.files.count(".github/workflows/classroom.yml"));
  const auto classroom = assign::plan_student_repo(source_dir, true);
  EXPECT_TRUE(classroom.files.count(".github/workflows/classroom.yml"));
  EXPECT_FALSE(classroom.files.count(".github/workflows/check.yml"));  // a push grades once
  EXPECT_EQ(classroom.files.at(".github/workflows/classroom.yml").text,
            ci_test::read_file(source_dir / "grader/student/classroom.yml"));
}

TEST(CheckOutput, LogFormatsGoToStdoutAndTheFileTakesItsOwn) {
  const auto plan = [](std::string format, std::optional<std::string> out, std::optional<std::string> out_format = {}) {
    CheckArgs a;
    a.format = std::move(format), a.out = std::move(out), a.out_format = std::move(out_format);
    return plan_output(a);
  };
  const auto is = [](const Output& o, const std::string& log, const std::string& file) {
    return o.error.empty() && o.log && o.log->name == log && (o.file ? o.file->name : "") == file;
  };
  EXPECT_TRUE(is(plan("github", "report.json"), "github", "gradescope"));  // the bug: now a real report
  EXPECT_TRUE(is(plan("github", "report.xml"), "github", "junit"));
  EXPECT_TRUE(is(plan("classroom", "r.out", "prairielearn"), "classroom", "prairielearn"));
  EXPECT_TRUE(is(plan("text", "page.html"), "text", "html"));
  EXPECT_TRUE(is(plan("html", "feedback.html"), "text", "html"));  // as before: the file's format
  EXPECT_TRUE(is(plan("junit", {}), "junit", ""));                 // as before: to stdout
  EXPECT_TRUE(is(plan("gradescope", "r.json", "gradescope"), "text", "gradescope"));
  EXPECT_FALSE(plan("github", "report").error.empty());  // no extension, no --out-format
  EXPECT_FALSE(plan("pdf", {}).error.empty());
  EXPECT_FALSE(plan("github", "r.json", "pdf").error.empty());
  EXPECT_FALSE(plan("github", {}, "junit").error.empty());
  EXPECT_FALSE(plan("junit", "r.json", "gradescope").error.empty());
}

}  // namespace
}  // namespace gdlab::commands
