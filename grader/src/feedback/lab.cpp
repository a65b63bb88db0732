#include "feedback/lab.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <ostream>

#include "catalog/objectives.hpp"
#include "catalog/optimizers.hpp"
#include "feedback/page.hpp"
#include "feedback/plots.hpp"
#include "text/html_escape.hpp"
#include "text/numpy_format.hpp"

namespace gdlab::feedback {
namespace {

constexpr std::size_t kMaxRates = 12;
constexpr int kMaxSteps = 1000000;

std::vector<std::vector<double>> rows(const Path& path) {
  std::vector<std::vector<double>> out;
  for (const auto& v : path) out.emplace_back(v.data(), v.data() + v.size());
  return out;
}

std::string rate_label(double lr) { return fmt::format("lr = {:g}", lr); }

std::string regimes_explained() {
  return "<ul class=\"note\">\n"
         "<li><b>diverges</b>: a loss or iterate is not finite, or the final loss is above the start's "
         "(with no known minimum and a negative loss, also when the last step is longer than the first).</li>\n"
         "<li><b>oscillates</b>: along some coordinate the step changes sign on more than half of the "
         "successive pairs of steps (a zigzag), while the loss still falls.</li>\n"
         "<li><b>crawls</b>: less than 90% of the gap to the minimum's loss closed (gap left above 10%).</li>\n"
         "<li><b>converges</b>: 90% to 99% of the gap closed.</li>\n"
         "<li><b>converges fast</b>: more than 99% closed (gap left under 1%).</li>\n"
         "</ul>\n"
         "<p class=\"note\">The first rule that holds names the run; the gap is the loss minus the "
         "minimum's (or 0 when no minimum is known), after the step budget.</p>\n";
}

std::string table(const Lab& lab) {
  std::string out =
      "<table>\n<tr><th></th><th>rate</th><th>final loss</th><th>gap left</th>"
      "<th>regime</th><th>status</th></tr>\n";
  for (std::size_t i = 0; i < lab.runs.size(); ++i) {
    const auto& r = lab.runs[i];
    out += fmt::format(
        "<tr class=\"run\"><td><span class=\"swatch\" style=\"background:{}\"></span></td><td>{:g}</td>"
        "<td>{:.6g}</td><td>{}</td><td class=\"regime\">{}</td><td>{} after {} steps</td></tr>\n",
        run_colour(i), r.lr, r.result.loss, std::isfinite(r.gap_left) ? fmt::format("{:.3g}%", 100 * r.gap_left) : "-",
        text::html_escape(to_string(r.regime)), optim::to_string(r.result.status), r.result.steps);
  }
  return out + "</table>\n";
}

}  // namespace

std::optional<double> optimum_loss(const Objective& o) {
  std::optional<double> best;
  for (const auto& m : o.minima)
    if (m.size() == o.dim) best = std::min(best.value_or(INFINITY), o.value(m));
  return best;
}

Lab run_lab(const LabSetup& setup) {
  if (setup.rates.empty()) throw catalog::BadName("--lr needs at least one rate");
  if (setup.rates.size() > kMaxRates)
    throw catalog::BadName(fmt::format("--lr takes at most {} rates, got {}", kMaxRates, setup.rates.size()));
  for (double lr : setup.rates)
    if (!(lr > 0) || !std::isfinite(lr))
      throw catalog::BadName(fmt::format("--lr must be positive numbers, got {}", lr));
  if (setup.steps < 0 || setup.steps > kMaxSteps)
    throw catalog::BadName(fmt::format("--steps must be in [0, {}], got {}", kMaxSteps, setup.steps));

  Lab lab;
  lab.setup = setup;
  const auto target = catalog::make_objective(catalog::NamedCall::parse(setup.objective));
  lab.objective = target.objective;
  lab.x0 = target.default_start;
  if (!setup.x0.empty()) {
    if (static_cast<Index>(setup.x0.size()) != lab.objective.dim)
      throw catalog::BadName(
          fmt::format("--x0 has {} values but {} takes {}", setup.x0.size(), setup.objective, lab.objective.dim));
    lab.x0 = Eigen::Map<const Vector>(setup.x0.data(), static_cast<Index>(setup.x0.size()));
  }
  if (!lab.x0.allFinite()) throw catalog::BadName("--x0 must be finite");
  lab.optimum_loss = optimum_loss(lab.objective);

  const auto rule_call = catalog::NamedCall::parse(setup.optimizer);
  const auto schedule_call = catalog::NamedCall::parse(setup.schedule);
  for (double lr : setup.rates) {
    auto rule = catalog::make_rule(rule_call);
    lab.optimizer = rule->name();
    optim::Options options;
    options.max_steps = setup.steps;
    LabRun run;
    run.lr = lr;
    run.result = optim::minimize(lab.objective, lab.x0, *rule, catalog::make_schedule(schedule_call, lr), options);
    const auto& trace = run.result.trace;
    run.regime = classify_regime(trace.loss, trace.iterates, lab.optimum_loss);
    run.gap_left = 1 - gap_closed(trace.loss, lab.optimum_loss);
    lab.runs.push_back(std::move(run));
  }
  return lab;
}

std::string summary_line(const LabRun& r) {
  const std::string gap = std::isfinite(r.gap_left) ? fmt::format("{:.3g}%", 100 * r.gap_left) : "-";
  return fmt::format("lr {:<8g} final loss {:<12.6g} gap left {:<10} {}", r.lr, r.result.loss, gap,
                     to_string(r.regime));
}

void write_lab_html(const Lab& lab, std::ostream& out) {
  const auto title = fmt::format("gdlab lab: {} on {}", lab.optimizer, lab.objective.name);
  std::string page = page_start(title);
  page += fmt::format("<h1>{}</h1>\n<p>From {} for {} steps, schedule {}, at {} learning rates.</p>\n",
                      text::html_escape(title), text::html_escape(text::numpy_str(lab.x0)), lab.setup.steps,
                      text::html_escape(lab.setup.schedule), lab.runs.size());
  std::vector<svg::PathSeries> paths;
  std::vector<svg::LineSeries> losses;
  for (std::size_t i = 0; i < lab.runs.size(); ++i) {
    const auto& r = lab.runs[i];
    const auto label = fmt::format("{}: {}", rate_label(r.lr), to_string(r.regime));
    paths.push_back({.label = label,
                     .css_class = fmt::format("lab-path run-{}", i),
                     .colour = run_colour(i),
                     .points = rows(r.result.trace.iterates),
                     .trusted = r.regime != Regime::diverges});
    losses.push_back({.label = label,
                      .css_class = fmt::format("lab-loss run-{}", i),
                      .colour = run_colour(i),
                      .values = r.result.trace.loss});
  }
  std::vector<svg::Figure> pictures;
  const Drawable how = drawable(lab.objective);
  if (how.plane) pictures.push_back(svg::path_plot(paths, *how.plane));
  else if (how.curve) pictures.push_back(svg::curve_plot(paths, how.curve, how.curve_minima));
  pictures.push_back(svg::loss_chart(losses));
  page += "<section>\n" + figure(pictures, "One colour per learning rate, all from the same start.");
  if (!how.plane && !how.curve)
    page += fmt::format("<p class=\"note\">The paths have {} parameters: only the losses are drawn.</p>\n",
                        lab.objective.dim);
  page += "</section>\n<section>\n<h2>Regimes</h2>\n" + table(lab) + regimes_explained() + "</section>\n";
  out << page << page_end();
}

}  // namespace gdlab::feedback
