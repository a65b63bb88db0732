// axe-core (the npm package, installed into the build tree by tests/install_axe_core.sh, the
// ctest fixture Accessibility.InstallAxeCore) run in a page over the DevTools protocol, with
// the WCAG 2.1 A and AA rules; and the page's screenshot kept in the build tree for a reviewer.
#pragma once

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>

#include "cdp.hpp"

namespace gdlab::test_axe {

namespace fs = std::filesystem;
using nlohmann::json;

inline const fs::path build_dir = GDLAB_BUILD_DIR;
inline const fs::path axe_file = build_dir / "npm/node_modules/axe-core/axe.min.js";

// Where the tests leave the pages they checked and their screenshots.
inline fs::path artifacts() {
  const fs::path dir = build_dir / "a11y";
  fs::create_directories(dir);
  return dir;
}

// axe-core's source, or a clear error: the tests never pass without it.
inline std::string axe_source() {
  std::ifstream in(axe_file, std::ios::binary);
  if (!in)
    throw std::runtime_error(
        axe_file.string() +
        " is missing: the set-up (tests/install_axe_core.sh, ctest's Accessibility.InstallAxeCore) "
        "installs axe-core from the npm registry; run it and read what it says");
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

// The page's violations of the WCAG 2.1 A and AA rules: [{id, impact, help, nodes: [...]}].
inline json violations(test_cdp::Browser& b) {
  static const std::string source = axe_source();
  b.eval(source + "\n;true");
  return b.eval(R"((async () => {
    const r = await axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
                                       resultTypes: ['violations']});
    return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map(n => n.target.join(' ') + ' -- ' + (n.failureSummary || '').replace(/\s+/g, ' '))}));
  })())");
}

// One line a violation and one a node (the first five), for a failure message.
inline std::string said(const json& violations) {
  std::string out;
  for (const auto& v : violations) {
    out += "  " + v.value("id", "?") + " (" + v.value("impact", "?") + "): " + v.value("help", "") + "\n";
    std::size_t shown = 0;
    for (const auto& n : v["nodes"])
      if (shown++ < 5) out += "      " + n.get<std::string>() + "\n";
    if (v["nodes"].size() > 5) out += "      ... and " + std::to_string(v["nodes"].size() - 5) + " more\n";
  }
  return out;
}

// The number of elements in violation, summed over the rules.
inline std::size_t count(const json& violations) {
  std::size_t n = 0;
  for (const auto& v : violations) n += v["nodes"].size();
  return n;
}

// The whole page as a PNG in artifacts(); its path.
inline fs::path screenshot(test_cdp::Browser& b, const std::string& name) {
  const fs::path file = artifacts() / (name + ".png");
  std::ofstream(file, std::ios::binary) << b.screenshot();
  return file;
}

}  // namespace gdlab::test_axe
