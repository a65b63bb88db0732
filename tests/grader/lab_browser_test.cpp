// `gdlab lab --serve` in headless Chromium, driven over the DevTools protocol with real
// clicks and keys: a click on Figure 6.2's surface starts both paths there; a buggy momentum
// (its velocity reset at every step) is marked where it leaves the reference, at step 2; the
// step slider of Figure 6.1 moves the tangent and the readout; Figure 6.3 names four regimes.
// Release build only (as the feedback page's browser test): the sanitizers add nothing here.
#include <gtest/gtest.h>
#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "browser_support.hpp"
#include "cdp.hpp"
#include "support.hpp"

namespace gdlab {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;
const fs::path source_dir = GDLAB_SOURCE_DIR;

using test_browser::chromium;
using test_browser::LabServer;
using test_browser::TempDir;

const char* kFig2Point = R"((x, y) => {
  const fig = document.querySelector('#fig2'), svg = fig.querySelector('.panel svg'), f = fig.data.runs[0].frame;
  svg.scrollIntoView({block: 'center'});
  const px = f.left + (x - f.x0) / (f.x1 - f.x0) * (f.right - f.left);
  const py = f.bottom - (y - f.y0) / (f.y1 - f.y0) * (f.bottom - f.top);
  const p = new DOMPoint(px, py).matrixTransform(svg.getScreenCTM());
  return [p.x, p.y];
})";

// Figure 6.2: a real click at (-2, 1.5) on the valley starts both paths there.
void click_on_figure_2(test_cdp::Browser& b) {
  const json at = b.eval("(" + std::string(kFig2Point) + ")(-2, 1.5)");
  b.click(at[0].get<double>(), at[1].get<double>());
  ASSERT_TRUE(
      b.wait_for("(d => d.dataset.state === 'done' && d.data.runs[0].reference.points[0][0] < 0)"
                 "(document.querySelector('#fig2'))",
                 60));
  const json start = b.eval("document.querySelector('#fig2').data.runs[0].student.points[0]");
  const json frame = b.eval("document.querySelector('#fig2').data.runs[0].frame");
  const double unit = (frame["x1"].get<double>() - frame["x0"].get<double>()) / 548;  // a pixel, in data
  EXPECT_NEAR(start[0].get<double>(), -2, 3 * unit);
  EXPECT_NEAR(start[1].get<double>(), 1.5, 3 * unit);
  for (const char* cls : {"student-path", "reference-path", "contour"})
    EXPECT_EQ(b.eval(std::string("document.querySelectorAll('#fig2 path.") + cls + "').length > 0"), true) << cls;
  EXPECT_EQ(b.eval("document.querySelector('#fig2 .verdict').textContent"), "your path matches the reference");
}

// The buggy momentum: marked on the plot at step 2, on its own iterate 2.
void buggy_momentum_on_figure_2(test_cdp::Browser& b) {
  b.eval(
      "(s => { s.value = 'momentum'; s.dispatchEvent(new Event('change')); })"
      "(document.querySelector('#fig2 select[name=problem]'))");
  ASSERT_TRUE(
      b.wait_for("(d => d.dataset.state === 'done' && d.data.problem === 'momentum')"
                 "(document.querySelector('#fig2'))",
                 60));
  EXPECT_EQ(b.eval("document.querySelector('#fig2 .leaves-reference').getAttribute('data-step')"), "2");
  EXPECT_EQ(b.eval("document.querySelector('#fig2 .leaves').textContent"), "your path leaves the reference at step 2");
  const json offset = b.eval(R"((() => {
    const fig = document.querySelector('#fig2'), f = fig.data.runs[0].frame, p = fig.data.runs[0].student.points[2];
    const c = fig.querySelector('.leaves-reference circle');
    return [+c.getAttribute('cx') - (f.left + (p[0] - f.x0) / (f.x1 - f.x0) * (f.right - f.left)),
            +c.getAttribute('cy') - (f.bottom - (p[1] - f.y0) / (f.y1 - f.y0) * (f.bottom - f.top))];
  })())");
  EXPECT_LT(std::hypot(offset[0].get<double>(), offset[1].get<double>()), 0.2) << offset;
}

// Figure 6.1: x^2 from 2.4 at rate 0.1, the chapter's readout; three steps on, x = 2.4 * 0.8^3.
void step_figure_1(test_cdp::Browser& b) {
  const std::string readout = "document.querySelector('#fig1 .readout').textContent";
  const std::string tangent =
      "[...document.querySelector('#fig1 .cursor .tangent').attributes].map(a => a.value).join(' ')";
  const std::string before = b.eval(tangent), text0 = b.eval(readout);
  EXPECT_NE(text0.find("x = 2.4000   f(x) = 5.7600   f\u2032(x) = 4.8000"), std::string::npos) << text0;
  b.eval("document.querySelector('#fig1 .step').focus()");
  for (int i = 0; i < 3; ++i) b.key("ArrowRight", 39);
  EXPECT_EQ(b.eval("document.querySelector('#fig1 .step').value"), "3");
  EXPECT_EQ(b.eval("document.querySelector('#fig1 .step-label').textContent"), "step 3 / 37");
  const std::string after = b.eval(tangent), text3 = b.eval(readout);
  EXPECT_NE(before, after);
  EXPECT_NE(text3.find("x = 1.2288   f(x) = 1.5099   f\u2032(x) = 2.4576"), std::string::npos) << text3;
  EXPECT_EQ(b.eval("document.querySelectorAll('#fig1 .cursor .next-step').length"), 1);
}

TEST(LabInBrowser, ClicksSlidersAndTheStepWhereAPathLeavesTheReference) {
  const std::string browser = chromium();
  ASSERT_FALSE(browser.empty()) << "chromium is not installed: apt-get install chromium (./gdlab test installs it)";
  TempDir dir;
  fs::create_directories(dir.path / "exercises");
  for (const char* file : {"gd_1d.cpp", "gd_2d.cpp"})
    fs::copy_file(test_support::solution_path(file), dir.path / "exercises" / file);
  fs::copy_file(source_dir / "tests/corpus/buggy/momentum_velocity_reset_each_step/exercises/momentum.cpp",
                dir.path / "exercises/momentum.cpp");
  fs::permissions(dir.path / "exercises", fs::perms::all);
  LabServer server(dir.path);
  ASSERT_EQ(server.url.rfind("http://127.0.0.1:", 0), 0u) << server.url;  // never beyond localhost by default

  const fs::path profile = dir.path / "profile", log = dir.path / "chromium.log";
  test_cdp::Browser b(browser, profile.string(), log.string());
  const auto shown_log = [&] {
    std::ifstream in(log);
    std::string text((std::istreambuf_iterator<char>(in)), {});
    return text.substr(text.size() > 3000 ? text.size() - 3000 : 0);
  };
  try {
    b.attach_to_page();
  } catch (const std::exception& e) {
    FAIL() << e.what() << "\n" << shown_log();
  }
  b.call("Page.navigate", {{"url", server.url}});
  const std::string done = "['#fig1', '#fig2', '#fig3'].every(s => document.querySelector(s).dataset.state === 'done')";
  ASSERT_TRUE(b.wait_for(done, 180)) << b.eval("document.body.innerText").dump();

  click_on_figure_2(b);
  if (HasFatalFailure()) return;
  buggy_momentum_on_figure_2(b);
  if (HasFatalFailure()) return;
  step_figure_1(b);
  // Figure 6.3: four panels, the regimes of `gdlab lab`'s table for the valley.
  EXPECT_EQ(b.eval("[...document.querySelectorAll('#fig3 .regime.you')].map(e => e.textContent).join('|')"),
            "you: crawls|you: converges|you: converges fast|you: oscillates");

  EXPECT_EQ(server.stop(), 0);  // SIGTERM stops it cleanly
}

}  // namespace
}  // namespace gdlab
