#include "feedback/describe.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <set>

#include "feedback/regime.hpp"
#include "text/html_escape.hpp"

namespace gdlab::feedback {
namespace {

constexpr double kApart = 1e-6;          // of the reference's extent: two paths told apart
constexpr std::size_t kRows = 100;       // rows of a points table, about
constexpr std::size_t kCoordinates = 2;  // columns per path in a table (a plane); more: the loss alone

std::string number(double v) {
  if (std::isnan(v)) return "not a number";
  if (std::isinf(v)) return v > 0 ? "infinity" : "minus infinity";
  return fmt::format("{:.4g}", v == 0 ? 0.0 : v);
}

std::string point(const std::vector<double>& p) {
  if (p.size() == 1) return number(p[0]);
  std::string out = "(";
  for (std::size_t i = 0; i < p.size(); ++i) out += (i ? ", " : "") + number(p[i]);
  return out + ")";
}

// The regime of Figure 6.3 when it can be said: the losses and a path of one dimension.
std::optional<Regime> regime_of(const Rows& rows, const std::vector<double>& loss, std::optional<double> optimum) {
  if (rows.empty() || loss.size() != rows.size()) return std::nullopt;
  Path path;
  for (const auto& r : rows) {
    if (r.size() != rows.front().size()) return std::nullopt;
    path.push_back(Eigen::Map<const Vector>(r.data(), static_cast<Index>(r.size())));
  }
  return classify_regime(loss, path, optimum);
}

// "starts at (3.5, 1.1) and after 80 steps ends at (0.0009, 0): it converges fast"
std::string one_path(const Rows& rows, const std::vector<double>& loss, std::optional<double> optimum) {
  std::string out = fmt::format("starts at {} and after {} step{} ends at {}", point(rows.front()), rows.size() - 1,
                                rows.size() == 2 ? "" : "s", point(rows.back()));
  if (const auto r = regime_of(rows, loss, optimum)) out += ": it " + to_string(*r);
  return out;
}

std::optional<std::size_t> parts(const Compared& c) {
  return c.parts_known ? c.parts_at : first_apart(c.student, c.reference);
}

std::string parting(const Compared& c, std::string_view verb) {
  const auto k = parts(c);
  if (!k) return fmt::format(" Yours {} the reference at every step.", verb == "leaves" ? "follows" : "matches");
  const bool only_one = *k >= c.student.size() || *k >= c.reference.size();
  return fmt::format(" Yours {} the reference at step {}{}.", verb, *k,
                     !only_one                ? ""
                     : *k >= c.student.size() ? " (where only the reference has an iterate)"
                                              : " (where only yours has an iterate)");
}

// The steps a table shows: all of them, or evenly spaced ones with the first, the last and `always`.
std::vector<std::size_t> shown_steps(std::size_t steps, std::optional<std::size_t> always) {
  std::set<std::size_t> out;
  const std::size_t stride = steps <= kRows ? 1 : (steps + kRows - 1) / kRows;
  for (std::size_t k = 0; k < steps; k += stride) out.insert(k);
  if (steps > 0) out.insert(steps - 1);
  if (always && *always < steps) out.insert(*always);
  return {out.begin(), out.end()};
}

std::string cell(const Rows& rows, std::size_t k, std::size_t i) {
  if (k >= rows.size() || i >= rows[k].size()) return "<td>&#8212;</td>";
  return "<td>" + text::html_escape(number(rows[k][i])) + "</td>";
}

std::string cell(const std::vector<double>& values, std::size_t k) {
  return k < values.size() ? "<td>" + text::html_escape(number(values[k])) + "</td>" : "<td>&#8212;</td>";
}

std::size_t coordinates(const Rows& a, const Rows& b) {
  std::size_t n = 0;
  for (const auto* rows : {&a, &b})
    if (!rows->empty()) n = std::max(n, rows->front().size());
  return n <= kCoordinates ? n : 0;
}

std::string coordinate_name(std::size_t i, std::size_t n) {
  if (n == 1) return "x";
  return i == 0 ? "x" : "y";
}

}  // namespace

std::optional<std::size_t> first_apart(const Rows& student, const Rows& reference) {
  double extent = 0;
  for (const auto& r : reference)
    for (double v : r)
      if (std::isfinite(v)) extent = std::max(extent, std::abs(v));
  const double tolerance = kApart * std::max(extent, 1.0);
  const std::size_t n = std::min(student.size(), reference.size());
  for (std::size_t k = 0; k < n; ++k) {
    if (student[k].size() != reference[k].size()) return k;
    for (std::size_t i = 0; i < student[k].size(); ++i) {
      const double a = student[k][i], b = reference[k][i];
      if (std::isfinite(a) != std::isfinite(b)) return k;
      if (std::isfinite(a) && std::abs(a - b) > tolerance) return k;
    }
  }
  if (student.size() != reference.size()) return n;
  return std::nullopt;
}

std::string paths_in_words(const Compared& c) {
  std::string out = c.reference.empty()
                        ? "There is no reference path."
                        : "The reference " + one_path(c.reference, c.reference_loss, c.optimum_loss) + ".";
  if (c.student.empty()) return out + " Your code returned no path.";
  out += " Yours " + one_path(c.student, c.student_loss, c.optimum_loss) + ".";
  if (!c.reference.empty()) out += parting(c, "leaves");
  return out;
}

std::string losses_in_words(const Compared& c) {
  const auto story = [](const std::vector<double>& loss) {
    return fmt::format("from {} to {} over {} step{}", number(loss.front()), number(loss.back()), loss.size() - 1,
                       loss.size() == 2 ? "" : "s");
  };
  std::string out = "Loss against step.";
  if (!c.reference_loss.empty()) out += " The reference's goes " + story(c.reference_loss) + ".";
  if (c.student_loss.empty()) return out + " There are no losses of yours.";
  out += " Yours goes " + story(c.student_loss) + ".";
  if (!c.reference.empty() && !c.student.empty()) out += parting(c, "leaves");
  return out;
}

std::string points_table(const Compared& c, std::string_view caption) {
  const std::size_t steps =
      std::max({c.student.size(), c.reference.size(), c.student_loss.size(), c.reference_loss.size()});
  if (steps == 0) return "";
  const auto parting = parts(c);
  const auto rows = shown_steps(steps, parting);
  const std::size_t n = coordinates(c.student, c.reference);
  // Paths that never part are one set of columns: the page stays small, the numbers the same.
  const bool one = !parting && !c.student.empty() && c.student.size() == c.reference.size();
  std::vector<std::pair<std::string, const Rows*>> paths = {{one ? "both" : "reference", &c.reference}};
  if (!one) paths.push_back({"yours", &c.student});
  std::string head = "<th scope=\"col\">step</th>";
  for (const auto& path : paths)
    for (std::size_t i = 0; i < n; ++i)
      head += fmt::format("<th scope=\"col\">{} {}</th>", path.first, coordinate_name(i, n));
  const bool losses = !c.student_loss.empty() || !c.reference_loss.empty();
  if (losses)
    head += one ? "<th scope=\"col\">both loss</th>"
                : "<th scope=\"col\">reference loss</th><th scope=\"col\">your loss</th>";
  std::string body;
  for (std::size_t k : rows) {
    body += fmt::format("<tr><th scope=\"row\">{}</th>", k);
    for (const auto& path : paths)
      for (std::size_t i = 0; i < n; ++i) body += cell(*path.second, k, i);
    if (losses) body += one ? cell(c.reference_loss, k) : cell(c.reference_loss, k) + cell(c.student_loss, k);
    body += "</tr>\n";
  }
  std::string more =
      rows.size() < steps
          ? fmt::format(" ({} of {} steps: evenly spaced, the last and where the paths part)", rows.size(), steps)
          : "";
  if (one) more += "; yours and the reference's agree at every step: 'both' gives them once";
  return fmt::format(
      "<table class=\"points\"><caption>{}{}</caption>\n<thead><tr>{}</tr></thead>\n<tbody>\n{}</tbody></table>\n",
      text::html_escape(caption), text::html_escape(more), head, body);
}

}  // namespace gdlab::feedback
