#include "feedback/bars.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "feedback/canvas.hpp"
#include "text/html_escape.hpp"

namespace gdlab::feedback::svg {

using detail::num;

Figure bar_chart(const std::vector<Bar>& bars, std::string_view x_label, std::string_view y_label,
                 const Layout& layout) {
  detail::Canvas c("bar-chart", {}, layout.compact);
  std::size_t most = 1;
  for (const auto& b : bars) most = std::max(most, b.count);
  const detail::Scale ys{0, static_cast<double>(most) * 1.12, c.bottom(), c.top()};
  std::string& body = c.body();
  body +=
      fmt::format("<rect class=\"frame\" x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\" fill=\"none\" stroke=\"#888\"/>",
                  num(c.left()), num(c.top()), num(c.right() - c.left()), num(c.bottom() - c.top()));
  std::string marks, labels;
  for (double v : detail::ticks(ys.lo, ys.hi, 5, false)) {
    if (v != std::floor(v)) continue;  // counts are whole
    marks += fmt::format("M{},{}h4", num(c.left() - 4), num(ys(v)));
    labels +=
        fmt::format("<text x=\"{}\" y=\"{}\">{}</text>", num(c.left() - 6), num(ys(v) + 5), detail::tick_label(v));
  }
  body += fmt::format("<path class=\"ticks\" d=\"{}\" stroke=\"#888\"/>", marks);
  body += fmt::format("<g class=\"tick-labels\" text-anchor=\"end\">{}</g>", labels);
  const double slot = (c.right() - c.left()) / static_cast<double>(std::max<std::size_t>(1, bars.size()));
  std::string rects, counts, names;
  for (std::size_t i = 0; i < bars.size(); ++i) {
    const double x = c.left() + slot * static_cast<double>(i), mid = x + slot / 2;
    const double top = ys(static_cast<double>(bars[i].count));
    if (bars[i].count > 0)
      rects += fmt::format("<rect x=\"{}\" y=\"{}\" width=\"{}\" height=\"{}\"/>", num(x + slot * 0.12), num(top),
                           num(slot * 0.76), num(c.bottom() - top));
    counts += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>", num(mid), num(top - 5), bars[i].count);
    names += fmt::format("<text x=\"{}\" y=\"{}\">{}</text>", num(mid), num(c.bottom() + 19),
                         text::html_escape(bars[i].label));
  }
  body += fmt::format("<g class=\"bars\" fill=\"#0072b2\">{}</g>", rects);
  body += fmt::format("<g class=\"counts\" text-anchor=\"middle\">{}</g>", counts);
  body += fmt::format("<g class=\"tick-labels\" text-anchor=\"middle\" font-size=\"12\">{}</g>", names);
  body += fmt::format("<text class=\"axis-label\" x=\"{}\" y=\"{}\" text-anchor=\"middle\">{}</text>",
                      num((c.left() + c.right()) / 2), num(c.bottom() + 40), text::html_escape(x_label));
  body += fmt::format(
      "<text class=\"axis-label\" transform=\"translate(16 {}) rotate(-90)\" text-anchor=\"middle\">{}</text>",
      num((c.top() + c.bottom()) / 2), text::html_escape(y_label));
  Figure fig;
  std::string alt = layout.alt;
  if (alt.empty()) {
    alt = fmt::format("Bar chart of {} by {}:", y_label, x_label);
    for (const auto& b : bars) alt += fmt::format(" {} {};", b.label, b.count);
  }
  fig.svg = c.finish(alt);
  return fig;
}

}  // namespace gdlab::feedback::svg
