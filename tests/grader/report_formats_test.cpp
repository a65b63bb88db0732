// The table of `gdlab check`'s report formats (commands/report_formats.hpp): every format in it
// is accepted by --format and --out-format exactly as the table says, each extension picks its
// format, the messages, the help and the instructors' docs name every one, each name renders
// what it says, and each is written where the table says (stdout, --out, GitHub's files).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <optional>
#include <regex>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "commands/check_output.hpp"
#include "commands/report_formats.hpp"
#include "feedback/html.hpp"
#include "feedback/prairielearn.hpp"
#include "report/classroom.hpp"
#include "report/github.hpp"
#include "report/gradescope.hpp"
#include "report/junit.hpp"
#include "report/markdown.hpp"
#include "report/text.hpp"
#include "shell.hpp"
#include "support.hpp"

namespace gdlab::commands {
namespace {

const ReportFormat& default_format() { return *find_report_format(default_report_format); }

Output plan(std::string_view format, std::optional<std::string> out = {}, std::optional<std::string> out_format = {}) {
  CheckArgs a;
  a.format = std::string(format), a.out = std::move(out), a.out_format = std::move(out_format);
  return plan_output(a);
}

bool contains_word(const std::string& text, std::string_view word) {
  return std::regex_search(text, std::regex("(^|[^a-z])" + std::string(word) + "($|[^a-z])"));
}

TEST(ReportFormats, EveryNameIsAcceptedWhereTheTableSays) {
  ASSERT_FALSE(report_formats().empty());
  EXPECT_EQ(CheckArgs{}.format, report_formats().front().name);  // the default comes first
  for (const auto& f : report_formats()) {
    SCOPED_TRACE(std::string(f.name));
    const auto alone = plan(f.name);  // printed on stdout, a file format too (as before)
    EXPECT_TRUE(alone.error.empty()) << alone.error;
    EXPECT_EQ(alone.log, &f);
    EXPECT_EQ(alone.file, nullptr);

    const auto as_out_format = plan(default_report_format, "report.out", std::string(f.name));
    if (f.is_file) {
      EXPECT_TRUE(as_out_format.error.empty()) << as_out_format.error;
      EXPECT_EQ(as_out_format.file, &f);
      EXPECT_EQ(as_out_format.log, &default_format());
    } else {
      EXPECT_FALSE(as_out_format.error.empty()) << "a log only, yet --out-format took it";
    }

    const auto with_out = plan(f.name, "report.out", std::string(default_report_format));
    if (f.is_log) {  // stdout gets it, --out the file
      EXPECT_EQ(with_out.log, &f);
      EXPECT_EQ(with_out.file, &default_format());
    } else if (&f != &default_format()) {  // the older spelling: --format names the file's format
      EXPECT_FALSE(with_out.error.empty()) << "--format and --out-format disagree, yet it was taken";
      const auto older = plan(f.name, "report.out");
      EXPECT_EQ(older.log, &default_format());
      EXPECT_EQ(older.file, &f);
    }
  }
  EXPECT_EQ(find_report_format("pdf"), nullptr);
  EXPECT_FALSE(plan("pdf").error.empty());
}

TEST(ReportFormats, EachExtensionPicksItsFormat) {
  int extensions = 0;
  for (const auto& f : report_formats())
    for (auto ext : f.extensions) {
      if (ext.empty()) continue;
      ++extensions;
      const std::string path = "out.d/report" + std::string(ext);
      SCOPED_TRACE(path);
      EXPECT_TRUE(f.is_file);
      EXPECT_EQ(report_format_for_file(path), &f);
      const auto o = plan(default_report_format, path);
      EXPECT_TRUE(o.error.empty()) << o.error;
      EXPECT_EQ(o.file, &f);
    }
  EXPECT_GT(extensions, 0);
  EXPECT_EQ(report_format_for_file("report"), nullptr);
  EXPECT_EQ(report_format_for_file("report.pdf"), nullptr);
  EXPECT_EQ(report_format_for_file("out.json/report"), nullptr);  // the folder's name says nothing
  EXPECT_FALSE(plan(default_report_format, "report").error.empty());
}

TEST(ReportFormats, TheMessagesNameEveryFormatTheyAllow) {
  const auto bad_format = plan("pdf").error;
  const auto bad_out_format = plan(default_report_format, "r.out", "pdf").error;
  const auto no_extension = plan(default_report_format, "report").error;
  for (const auto& f : report_formats()) {
    SCOPED_TRACE(std::string(f.name));
    EXPECT_TRUE(contains_word(bad_format, f.name)) << bad_format;
    EXPECT_EQ(contains_word(bad_out_format, f.name), f.is_file) << bad_out_format;
    EXPECT_EQ(contains_word(no_extension, f.name), f.is_file) << no_extension;
    if (!f.extensions[0].empty()) {
      EXPECT_NE(no_extension.find(f.extensions[0]), std::string::npos) << no_extension;
    }
  }
}

// The description of `option` in `gdlab check --help`: its line and those indented below it.
std::string option_help(const std::string& help, const std::string& option) {
  std::istringstream in(help);
  std::string found;
  bool inside = false;
  for (std::string line; std::getline(in, line);) {
    const auto start = line.find_first_not_of(' ');
    if (start != std::string::npos && line[start] == '-')
      inside = line.compare(start, option.size() + 1, option + " ") == 0;
    if (inside) found += line + "\n";
  }
  return found;
}

TEST(ReportFormats, TheHelpListsEveryName) {
  const auto run = test_shell::run(std::string(GDLAB_CLI) + " check --help", false);
  ASSERT_EQ(run.status, 0) << run.out;
  const auto format = option_help(run.out, "--format"), out_format = option_help(run.out, "--out-format");
  ASSERT_FALSE(format.empty()) << run.out;
  ASSERT_FALSE(out_format.empty()) << run.out;
  for (const auto& f : report_formats()) {
    SCOPED_TRACE(std::string(f.name));
    if (f.is_log) {
      EXPECT_TRUE(contains_word(format, f.name)) << format;
    }
    if (f.is_file) {
      EXPECT_TRUE(contains_word(out_format, f.name)) << out_format;
    }
    if (!f.extensions[0].empty()) {
      EXPECT_NE(out_format.find(std::string(f.extensions[0]) + " " + std::string(f.name)), std::string::npos)
          << out_format;
    }
  }
}

TEST(ReportFormats, TheInstructorsDocNamesEveryFormatAndExtension) {
  const auto doc = test_support::read_file(std::filesystem::path(GDLAB_SOURCE_DIR) / "docs/instructors.md");
  const auto start = doc.find("\n## Report formats");
  ASSERT_NE(start, std::string::npos);
  const auto section = doc.substr(start, doc.find("\n## ", start + 1) - start);
  for (const auto& f : report_formats()) {
    EXPECT_NE(section.find("`" + std::string(f.name) + "`"), std::string::npos) << f.name;
    for (auto ext : f.extensions)
      if (!ext.empty()) {
        EXPECT_NE(section.find("`" + std::string(ext) + "`"), std::string::npos) << ext;
      }
  }
}

// One problem, a test passed and a test failed.
grading::Report small_report() {
  grading::ProblemResult p{.id = "p1", .title = "A step", .source = "exercises/p1.cpp"};
  p.tests.push_back({.problem = "p1", .name = "passes", .verdict = grading::Verdict::passed, .max_score = 2});
  p.tests.push_back({.problem = "p1", .name = "fails", .verdict = grading::Verdict::failed, .max_score = 1});
  return {.assignment = "week 1", .problems = {p}};
}

// Each name is wired to its own renderer (a new format needs a line here, and a test of its own).
TEST(ReportFormats, EachNameRendersItsOwnFormat) {
  const grading::Report r = small_report();
  const report::Sources none;
  const auto text = [&] {
    std::ostringstream out;
    report::write_text(r, out, false);
    return out.str();
  };
  const auto html = [&] {
    std::ostringstream out;
    feedback::write_html(r, out);
    return out.str();
  };
  // github's and classroom's logs begin with a random token: their annotations end them.
  const auto ends_with_annotations = [&](const std::string& s) { return s.ends_with(report::github_annotations(r)); };
  const std::map<std::string, std::function<bool(const std::string&)>> is = {
      {"text", [&](const std::string& s) { return s == text(); }},
      {"github", ends_with_annotations},
      {"classroom", ends_with_annotations},
      {"gradescope", [&](const std::string& s) { return s == report::to_gradescope(r).dump(2) + "\n"; }},
      {"junit", [&](const std::string& s) { return s == report::to_junit(r); }},
      {"html", [&](const std::string& s) { return s == html(); }},
      {"prairielearn", [&](const std::string& s) { return s == feedback::to_prairielearn(r).dump() + "\n"; }},
      {"markdown", [&](const std::string& s) { return s == report::to_markdown(r); }},
  };
  EXPECT_EQ(is.size(), report_formats().size());
  for (const auto& f : report_formats()) {
    ASSERT_TRUE(is.count(std::string(f.name))) << f.name << ": say here what it renders";
    EXPECT_TRUE(is.at(std::string(f.name))(f.render({.report = r, .sources = none}))) << f.name;
  }
}

TEST(ReportFormats, OnlyTheTextLogSaysWhichResultsWereKept) {
  grading::Report r;
  r.problems = {{.id = "p1", .title = "", .source = "exercises/p1.cpp"}};
  r.from_last_check = {"p1"};
  const report::Sources none;
  for (const auto& f : report_formats()) {
    const bool says = f.render({.report = r, .sources = none, .log = true}).find("unchanged since the last check") !=
                      std::string::npos;
    EXPECT_EQ(says, &f == &default_format()) << f.name;
    EXPECT_EQ(f.render({.report = r, .sources = none}).find("unchanged since the last check"), std::string::npos)
        << f.name << " as a file";
  }
}

// Sets an environment variable for one scope, then puts back what was there.
class ScopedEnv {
 public:
  ScopedEnv(const char* name, const std::string& value) : name_(name) {
    if (const char* was = std::getenv(name)) was_ = was;
    ::setenv(name, value.c_str(), 1);
  }
  ~ScopedEnv() { was_ ? ::setenv(name_, was_->c_str(), 1) : ::unsetenv(name_); }
  ScopedEnv(const ScopedEnv&) = delete;
  ScopedEnv& operator=(const ScopedEnv&) = delete;

 private:
  const char* name_;
  std::optional<std::string> was_;
};

// github's and classroom's logs begin and end with a random token: the same log but for it.
std::string without_token(const std::string& log) {
  return std::regex_replace(log, std::regex("gdlab-[0-9a-f]{32}"), "TOKEN");
}

// The files under `folder`, at any depth.
std::size_t files_in(const std::filesystem::path& folder) {
  std::size_t n = 0;
  for (const auto& e : std::filesystem::recursive_directory_iterator(folder)) n += e.is_regular_file();
  return n;
}

// What `gdlab check` writes, through write_output: --format NAME alone prints the format on
// stdout; a file format goes to --out (named by --out-format, and by each of its extensions) and
// the default log to stdout; GitHub's job summary and Classroom's step output are written exactly
// for the formats the table says, and no other file is written.
TEST(ReportFormats, EachFormatIsWrittenWhereTheTableSays) {
  test_support::TempDir dir;
  const grading::Report r = small_report();
  const report::Sources none;
  const auto log_of = [&](const ReportFormat& f) { return f.render({.report = r, .sources = none, .log = true}); };
  for (const auto& f : report_formats()) {
    SCOPED_TRACE(std::string(f.name));
    const auto github = dir.path / f.name / "github", files = dir.path / f.name / "files";
    std::filesystem::create_directories(github), std::filesystem::create_directories(files);
    const ScopedEnv s("GITHUB_STEP_SUMMARY", (github / "summary").string());
    const ScopedEnv o("GITHUB_OUTPUT", (github / "output").string());
    const auto alone = plan(f.name);
    ASSERT_EQ(alone.error, "");
    std::ostringstream out, err;
    ASSERT_TRUE(write_output(alone, r, none, std::nullopt, out, err, false)) << err.str();
    EXPECT_EQ(without_token(out.str()), without_token(log_of(f)));
    EXPECT_EQ(err.str(), "");
    EXPECT_EQ(std::filesystem::exists(github / "summary"), f.github_actions);
    if (f.github_actions) {
      EXPECT_EQ(test_support::read_file(github / "summary"), report::github_summary(r));
    }
    EXPECT_EQ(std::filesystem::exists(github / "output"), f.classroom_payload);
    if (f.classroom_payload) {
      EXPECT_EQ(test_support::read_file(github / "output"), "result=" + report::classroom_output(r) + "\n");
    }
    EXPECT_EQ(files_in(dir.path / f.name), std::size_t{f.github_actions} + f.classroom_payload);
    if (!f.is_file) continue;
    std::vector<std::pair<std::string, std::optional<std::string>>> outs = {{"report.out", std::string(f.name)}};
    for (auto ext : f.extensions)
      if (!ext.empty()) outs.push_back({"report" + std::string(ext), std::nullopt});
    for (const auto& [name, out_format] : outs) {
      SCOPED_TRACE(name);
      const auto path = (files / name).string();
      const auto with_out = plan(default_report_format, path, out_format);
      ASSERT_EQ(with_out.error, "");
      std::ostringstream terminal, said;
      ASSERT_TRUE(write_output(with_out, r, none, path, terminal, said, false));
      EXPECT_EQ(test_support::read_file(path), f.render({.report = r, .sources = none}));
      EXPECT_EQ(terminal.str(), log_of(default_format())) << "the terminal gets the default log";
    }
    EXPECT_EQ(files_in(files), outs.size());
  }
}

// Classroom's payload goes to GITHUB_OUTPUT; outside GitHub Actions, a format that has one says
// it was not written, and no other format says anything.
TEST(ReportFormats, OnlyAFormatWithAPayloadMissesGitHubOutput) {
  const ScopedEnv s("GITHUB_STEP_SUMMARY", ""), o("GITHUB_OUTPUT", "");
  const grading::Report r = small_report();
  for (const auto& f : report_formats()) {
    const auto alone = plan(f.name);
    ASSERT_EQ(alone.error, "") << f.name;
    std::ostringstream out, err;
    ASSERT_TRUE(write_output(alone, r, {}, std::nullopt, out, err, false));
    EXPECT_EQ(err.str().find("GITHUB_OUTPUT is not set") != std::string::npos, f.classroom_payload)
        << f.name << ": " << err.str();
  }
}

}  // namespace
}  // namespace gdlab::commands
