// The live lab for everyone: axe-core finds no WCAG 2.1 A/AA violation with each figure run
// (the solutions, then a buggy momentum); Figure 6.3's four panels share one row at 1280 pixels
// and their axis text renders at 12 pixels or more; each panel's chart says its run in words.
// And the lab from the keyboard alone (CDP key events, nothing clicked, no script changing a
// control): Tab reaches the surface of Figure 6.2 with a visible focus ring on the way, arrow
// keys move the start and the figure runs again, the live region says what the run found,
// the step slider follows Home, End and the arrows, a new rate typed in runs on Enter, and the
// exercise chosen with the arrow keys runs.
#include <gtest/gtest.h>

#include <cmath>
#include <filesystem>
#include <string>

#include "axe.hpp"
#include "browser_support.hpp"
#include "cdp.hpp"
#include "support.hpp"

namespace gdlab {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
using test_browser::LabServer;
using test_browser::TempDir;
const fs::path source_dir = GDLAB_SOURCE_DIR;

// The exercises the lab runs: gd_1d and gd_2d solved, momentum with its velocity reset each step.
struct Lab {
  TempDir dir;
  std::unique_ptr<LabServer> server;
  std::unique_ptr<test_cdp::Browser> browser;
  Lab() {
    fs::create_directories(dir.path / "exercises");
    for (const char* file : {"gd_1d.cpp", "gd_2d.cpp"})
      fs::copy_file(test_support::solution_path(file), dir.path / "exercises" / file);
    fs::copy_file(source_dir / "tests/corpus/buggy/momentum_velocity_reset_each_step/exercises/momentum.cpp",
                  dir.path / "exercises/momentum.cpp");
    fs::permissions(dir.path / "exercises", fs::perms::all);
    server = std::make_unique<LabServer>(dir.path);
    browser = std::make_unique<test_cdp::Browser>(test_browser::chromium(), (dir.path / "profile").string(),
                                                  (dir.path / "chromium.log").string());
    browser->attach_to_page();
    browser->viewport(1280, 900);
    browser->call("Page.navigate", {{"url", server->url}});
  }
  bool all_done(double seconds) {
    return browser->wait_for(
        "['#fig1', '#fig2', '#fig3'].every(s => document.querySelector(s).dataset.state === 'done')", seconds);
  }
};

bool missing_browser() {
  if (!test_browser::chromium().empty()) return false;
  ADD_FAILURE() << "chromium is not installed: apt-get install chromium (./gdlab test installs it)";
  return true;
}

void expect_no_violations(test_cdp::Browser& b, const std::string& name) {
  const json found = test_axe::violations(b);
  const auto shot = test_axe::screenshot(b, name);
  std::cout << "[ axe      ] " << name << ": " << found.size() << " rules violated, " << test_axe::count(found)
            << " elements; screenshot " << shot.string() << "\n";
  EXPECT_TRUE(found.empty()) << name << " breaks WCAG 2.1 A/AA rules:\n" << test_axe::said(found);
}

// Figure 6.3 at 1280 pixels: four panels in one row, axis text at 12 pixels or more.
void expect_figure_3_in_one_row(test_cdp::Browser& b) {
  const json panels = b.eval(R"([...document.querySelectorAll('#fig3 .panel')].map(p => {
    const svg = p.querySelector('svg'), r = svg.getBoundingClientRect();
    const label = svg.querySelector('.axis-label').getBoundingClientRect();
    return {top: Math.round(r.top), text: r.width / svg.viewBox.baseVal.width * 14, label: label.height};
  }))");
  ASSERT_EQ(panels.size(), 4u) << panels;
  for (const auto& p : panels) {
    EXPECT_EQ(p["top"], panels[0]["top"]) << "Figure 6.3's panels wrap: " << panels;
    EXPECT_GE(p["text"].get<double>(), 12.0) << "axis text too small to read: " << panels;
  }
}

// Each panel's chart says, in words, its rate, both regimes and where the paths part (as the run found).
void expect_runs_in_words(test_cdp::Browser& b, const std::string& fig) {
  const json runs = b.eval(
      "(f => f.data.runs.map((r, i) => ({alt: f.querySelectorAll('.panel svg')[i]"
      ".getAttribute('aria-label'), lr: r.lr, leaves: r.leaves_at, you: r.student.regime, "
      "ref: r.reference.regime})))(document.querySelector('" +
      fig + "'))");
  for (const auto& r : runs) {
    const std::string alt = r["alt"];
    EXPECT_NE(alt.find("it " + r["you"].get<std::string>()), std::string::npos) << alt;
    EXPECT_NE(alt.find("it " + r["ref"].get<std::string>()), std::string::npos) << alt;
    if (!r["leaves"].is_null())
      EXPECT_NE(alt.find("leaves the reference at step " + r["leaves"].dump()), std::string::npos) << alt;
    else EXPECT_NE(alt.find("follows the reference at every step"), std::string::npos) << alt;
  }
}

TEST(Accessibility, TheLabPassesAxeWithEachFigureRun) {
  if (missing_browser()) return;
  Lab lab;
  auto& b = *lab.browser;
  ASSERT_TRUE(lab.all_done(240)) << b.eval("document.body.innerText").dump();
  expect_no_violations(b, "lab-solutions");
  expect_figure_3_in_one_row(b);
  for (const char* fig : {"#fig1", "#fig2", "#fig3"}) expect_runs_in_words(b, fig);
  b.eval(
      "(s => { s.value = 'momentum'; s.dispatchEvent(new Event('change')); })"
      "(document.querySelector('#fig2 select[name=problem]'))");
  ASSERT_TRUE(
      b.wait_for("(d => d.dataset.state === 'done' && d.data.problem === 'momentum')"
                 "(document.querySelector('#fig2'))",
                 120));
  expect_no_violations(b, "lab-buggy-momentum");
  expect_runs_in_words(b, "#fig2");
}

// Tab (or Shift+Tab) until `selector` has the focus, at most `limit` presses; each element
// reached on the way shows a focus ring. False when it never gets there.
bool tab_to(test_cdp::Browser& b, const std::string& selector, bool backwards = false, int limit = 80) {
  for (int i = 0; i < limit; ++i) {
    if (b.eval("document.activeElement && document.activeElement.matches('" + selector + "')") == true) return true;
    b.key("Tab", 9, backwards ? 8 : 0);
    const json ring = b.eval(R"((e => { const s = getComputedStyle(e);
      return {tag: e.tagName + '.' + e.className, visible: s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2}; })
      (document.activeElement))");
    EXPECT_TRUE(ring["visible"].get<bool>()) << "no visible focus on " << ring["tag"];
  }
  return false;
}

bool run_done(test_cdp::Browser& b, const std::string& also) {
  return b.wait_for("(f => f.dataset.state === 'done' && (" + also + "))(document.querySelector('#fig2'))", 120);
}

std::string status_text(test_cdp::Browser& b) { return b.eval("document.querySelector('#fig2 .status').textContent"); }

// Arrow keys on Figure 6.2's surface: four steps left and two up of a fortieth of the window each.
void move_the_start_by_keys(test_cdp::Browser& b) {
  const json before = b.eval("document.querySelector('#fig2').data.runs[0]");
  const json f = before["frame"];
  for (int i = 0; i < 4; ++i) b.key("ArrowLeft", 37);
  for (int i = 0; i < 2; ++i) b.key("ArrowUp", 38);
  const double x =
      before["student"]["points"][0][0].get<double>() - 4 * (f["x1"].get<double>() - f["x0"].get<double>()) / 40;
  const double y =
      before["student"]["points"][0][1].get<double>() + 2 * (f["y1"].get<double>() - f["y0"].get<double>()) / 40;
  ASSERT_TRUE(run_done(b, "Math.abs(f.data.runs[0].student.points[0][0] - (" + std::to_string(x) + ")) < 1e-3"))
      << status_text(b);
  const json start = b.eval("document.querySelector('#fig2').data.runs[0].student.points[0]");
  EXPECT_NEAR(start[0].get<double>(), x, 1e-3 * std::abs(x));
  EXPECT_NEAR(start[1].get<double>(), y, 1e-3 * std::abs(y));
  EXPECT_EQ(b.eval("document.activeElement.matches('#fig2 .surface')"), true) << "the run took the focus away";
  EXPECT_EQ(b.eval("document.querySelector('#fig2 .status').getAttribute('role')"), "status");  // a live region
  EXPECT_NE(status_text(b).find("your path matches the reference"), std::string::npos) << status_text(b);
}

void step_by_keys(test_cdp::Browser& b) {
  ASSERT_TRUE(tab_to(b, "#fig2 .step"));
  const std::string value = "document.querySelector('#fig2 .step').value";
  const std::string max = b.eval("document.querySelector('#fig2 .step').max");
  b.key("End", 35);
  EXPECT_EQ(b.eval(value), max);
  b.key("Home", 36);
  EXPECT_EQ(b.eval(value), "0");
  for (int i = 0; i < 3; ++i) b.key("ArrowRight", 39);
  EXPECT_EQ(b.eval(value), "3");
  EXPECT_EQ(b.eval("document.querySelector('#fig2 .step').getAttribute('aria-valuetext')"), "step 3 of " + max);
}

TEST(Accessibility, TheLabWorksFromTheKeyboardAlone) {
  if (missing_browser()) return;
  Lab lab;
  auto& b = *lab.browser;
  ASSERT_TRUE(lab.all_done(240)) << b.eval("document.body.innerText").dump();
  ASSERT_TRUE(tab_to(b, "#fig2 .surface")) << "Tab never reaches Figure 6.2's surface";
  move_the_start_by_keys(b);
  if (HasFatalFailure()) return;
  step_by_keys(b);
  // A rate typed into the field (Tab selects its text) runs on Enter; the live region says how both runs went.
  ASSERT_TRUE(tab_to(b, "#fig2 input[name=lr]", true));
  b.type("0.3");
  EXPECT_EQ(b.eval("document.activeElement.value"), "0.3");
  b.enter();
  ASSERT_TRUE(run_done(b, "f.data.runs[0].lr === 0.3")) << status_text(b);
  const std::string regime = b.eval("document.querySelector('#fig2').data.runs[0].reference.regime");
  EXPECT_NE(status_text(b).find("Learning rate 0.3:"), std::string::npos) << status_text(b);
  EXPECT_NE(status_text(b).find("the reference " + regime), std::string::npos) << status_text(b);
  // The exercise chosen with the arrow keys: the buggy momentum, and the step where it leaves.
  ASSERT_TRUE(tab_to(b, "#fig2 select[name=problem]", true));
  for (int i = 0; i < 3 && b.eval("document.querySelector('#fig2 select[name=problem]').value") != "momentum"; ++i)
    b.key("ArrowDown", 40);
  ASSERT_TRUE(run_done(b, "f.data.problem === 'momentum'")) << status_text(b);
  const json leaves = b.eval("document.querySelector('#fig2').data.runs[0].leaves_at");
  ASSERT_FALSE(leaves.is_null());
  EXPECT_NE(status_text(b).find("leaves the reference at step " + leaves.dump()), std::string::npos) << status_text(b);
  test_axe::screenshot(b, "lab-keyboard");
}

}  // namespace
}  // namespace gdlab
