#include "feedback/prairielearn.hpp"

#include <fmt/format.h>

#include <sstream>

#include "feedback/plots.hpp"
#include "report/explain.hpp"
#include "report/text.hpp"
#include "text/base64.hpp"
#include "text/points.hpp"
#include "text/printable.hpp"

namespace gdlab::feedback {
namespace {

using grading::Verdict;
using nlohmann::json;
using report::clip;
using report::reasons;
using report::write_text;

// How much text a test and the whole report may carry; halved until the file fits.
struct Budget {
  std::size_t message = 8192, output = 4096, report = 65536;
  Budget halved() const { return {message / 2, output / 2, report / 2}; }
};

bool visible(const grading::TestResult& t) { return t.visibility.empty() || t.visibility == "visible"; }

// Each problem that did not build, with what the compiler said, or whose file is missing.
std::vector<std::string> build_errors(const grading::Report& r) {
  std::vector<std::string> errors;
  for (const auto& p : r.problems)
    for (const auto& t : p.tests)
      if (t.verdict == Verdict::missing) {
        errors.push_back(text::printable(grading::missing_line(p)));
        break;
      } else if (t.verdict == Verdict::compile_error) {
        errors.push_back(clip(text::printable(fmt::format("{} does not build:\n{}", p.source, p.diagnostics)), 16384));
        break;
      }
  return errors;
}

// The text report a student may see: hidden tests left out, the isolation layers named.
std::string visible_report(const grading::Report& r, std::size_t bytes) {
  grading::Report shown = r;
  for (auto& p : shown.problems) std::erase_if(p.tests, [](const auto& t) { return !visible(t); });
  std::ostringstream out;
  write_text(shown, out, false);
  if (!r.layers.empty()) out << fmt::format("\nIsolation: {}\n", fmt::join(r.layers, ", "));
  return clip(text::printable(out.str()), bytes);
}

json test_json(const grading::ProblemResult& p, const grading::TestResult& t, int hidden_number, const Budget& b) {
  json j = {{"description", text::printable(p.title)}, {"points", t.score()}, {"max_points", t.max_score}};
  if (!visible(t)) {  // it counts, but says nothing of its inputs or expected values
    j["name"] = fmt::format("{}: hidden test {}", text::printable(p.id), hidden_number);
    j["message"] = grading::describe(t.verdict);
    return j;
  }
  j["name"] = text::printable(fmt::format("{}: {}", p.id, t.name));
  std::string message = grading::describe(t.verdict);
  if (const auto why = reasons(t); !why.empty()) message += "\n" + why;
  j["message"] = clip(message, b.message);
  if (!t.output.empty()) j["output"] = clip(text::printable(t.output), b.output);
  return j;
}

json graded(const grading::Report& r, const Budget& b) {
  json tests = json::array();
  for (const auto& p : r.problems) {
    int hidden = 0;
    for (const auto& t : p.tests) tests.push_back(test_json(p, t, visible(t) ? 0 : ++hidden, b));
  }
  const double max = r.max_score();
  return {{"gradable", true},
          {"score", max > 0 ? r.score() / max : 0.0},
          {"message", fmt::format("{}: {} / {} points", text::printable(r.assignment.empty() ? "gdlab" : r.assignment),
                                  text::points(r.score()), text::points(max))},
          {"output", visible_report(r, b.report)},
          {"tests", std::move(tests)}};
}

// The test whose pictures a problem shows, as on the feedback page.
const grading::TestResult* plotted(const grading::ProblemResult& p) {
  for (const auto& t : p.tests)
    if (visible(t) && t.verdict == Verdict::failed && t.plot) return &t;
  for (const auto& t : p.tests)
    if (visible(t) && t.plot) return &t;
  return nullptr;
}

json images_of(const grading::TestResult& t, std::string& notes) {
  json images = json::array();
  const auto figures = plot_figures(*t.plot);
  const bool has_loss = !t.plot->student_loss.empty() || !t.plot->reference_loss.empty();
  for (std::size_t i = 0; i < figures.size(); ++i) {
    const bool loss = has_loss && i + 1 == figures.size();
    const std::string label = loss ? fmt::format("Loss against step{}", figures[i].log_scale ? " (log scale)" : "")
                                   : "Your iterates (orange, dashed) and the reference's (blue)";
    images.push_back({{"label", label}, {"url", "data:image/svg+xml;base64," + text::base64(figures[i].svg)}});
    for (const auto& n : figures[i].notes) notes += "\n" + n;
  }
  return images;
}

// Pictures, problem by problem, while the file stays under the limit.
void add_images(json& results, const grading::Report& r) {
  std::size_t size = results.dump().size(), index = 0;
  for (const auto& p : r.problems) {
    const auto* t = plotted(p);
    const std::size_t first = index;
    index += p.tests.size();
    if (!t) continue;
    std::string notes;
    json images = images_of(*t, notes);
    const std::size_t cost = images.dump().size() + notes.size() + 32;
    if (size + cost > prairielearn_max_bytes) continue;
    auto& test = results["tests"][first + static_cast<std::size_t>(t - p.tests.data())];
    test["images"] = std::move(images);
    test["message"] = test["message"].get<std::string>() + notes;
    size += cost;
  }
}

}  // namespace

json to_prairielearn(const grading::Report& r) {
  if (auto errors = build_errors(r); !errors.empty())
    return {
        {"gradable", false},
        {"score", 0.0},
        {"format_errors", std::move(errors)},
        {"message", "Your code does not build or a file is missing, so it was not graded and no attempt was used."}};
  Budget budget;
  json results = graded(r, budget);
  while (results.dump().size() > prairielearn_max_bytes / 2 && budget.output > 64)
    results = graded(r, budget = budget.halved());
  add_images(results, r);
  return results;
}

}  // namespace gdlab::feedback
