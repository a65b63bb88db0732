#include "feedback/page.hpp"

#include <fmt/format.h>

#include <array>

#include "text/html_escape.hpp"
#include "text/printable.hpp"
#include "text/utf8.hpp"

namespace gdlab::feedback {
namespace {

constexpr std::string_view kStyle = R"(
:root{color-scheme:light}
*{box-sizing:border-box}
body{margin:0;background:#f6f6f4;color:#1f2328;font:16px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif}
main{max-width:60rem;margin:0 auto;padding:1rem}
h1{font-size:1.5rem;margin:.5rem 0}
h2{font-size:1.2rem;margin:0 0 .5rem}
section{background:#fff;border:1px solid #ddd;border-radius:8px;padding:1rem;margin:1rem 0}
.score{font-size:1.25rem;font-weight:600}
.full{color:#1a7f37}.partial{color:#9c4a00}
ul.tests{list-style:none;padding:0;margin:0}
ul.tests>li{border-top:1px solid #eee;padding:.5rem 0}
.mark{display:inline-block;width:1.3em;font-weight:700}
.passed .mark{color:#1a7f37}.failed .mark{color:#cf222e}.error .mark{color:#8250df}.not_implemented .mark{color:#9a6700}
.points{color:#555;white-space:nowrap}
.verdict{color:#555;font-style:italic}
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#f6f8fa;border-radius:6px;padding:.5rem;margin:.3rem 0;font-size:.85rem}
.diagnosis{border-left:4px solid #d55e00;background:#fff4ec;padding:.4rem .7rem;margin:.4rem 0}
.note{color:#555;font-size:.9rem}
figure{margin:.6rem 0}
.pictures>svg{display:block;width:100%;height:auto;margin:.4rem 0;background:#fff;border:1px solid #eee}
figcaption{font-size:.9rem;color:#444}
table{border-collapse:collapse;width:100%;font-size:.95rem}
td,th{text-align:left;padding:.25rem .5rem;border-bottom:1px solid #eee}
.swatch{display:inline-block;width:1.6em;height:.35em;vertical-align:middle;border-radius:2px}
a{color:#0a58ca}
:focus-visible{outline:3px solid #0a58ca;outline-offset:2px}
.sr-only{position:absolute;width:1px;height:1px;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
details.points{margin:.3rem 0}details.points summary{cursor:pointer;color:#0a58ca}
table.points{font-size:.85rem;font-variant-numeric:tabular-nums;margin:.3rem 0}
table.points caption{text-align:left;color:#444;padding:.2rem 0}
@media (max-width:30rem){main{padding:.4rem}section{padding:.6rem}}
)";

}  // namespace

std::string page_start(std::string_view title) {
  return fmt::format(
      "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n"
      "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
      "<title>{}</title>\n<style>{}</style>\n</head>\n<body>\n<main>\n",
      text::html_escape(title), kStyle);
}

std::string page_end() { return "</main>\n</body>\n</html>\n"; }

std::string figure(const std::vector<svg::Figure>& pictures, std::string_view caption) {
  std::string out = "<figure>\n<div class=\"pictures\">\n";
  for (const auto& p : pictures) out += p.svg + "\n";
  out += fmt::format("</div>\n<figcaption>{}</figcaption>\n", text::html_escape(caption));
  for (const auto& p : pictures)
    for (const auto& n : p.notes) out += fmt::format("<p class=\"note\">{}</p>\n", text::html_escape(n));
  for (const auto& p : pictures)
    if (!p.table.empty())
      out += "<details class=\"points\"><summary>The plotted points as a table</summary>\n" + p.table + "</details>\n";
  return out + "</figure>\n";
}

std::string clip(std::string_view text, std::size_t limit) {
  std::string s = text::printable(text);
  if (s.size() <= limit) return s;
  const std::size_t cut = text::utf8_boundary(s, limit);
  return fmt::format("{}\n… ({} more bytes not shown)", s.substr(0, cut), s.size() - cut);
}

std::string run_colour(std::size_t i) {
  static constexpr std::array<std::string_view, 7> palette = {"#0072b2", "#e69f00", "#009e73", "#d55e00",
                                                              "#cc79a7", "#56b4e9", "#000000"};
  return std::string(palette[i % palette.size()]);
}

}  // namespace gdlab::feedback
