// The documentation: README.md, docs/*.md and the other Markdown files of the repository.
// Every relative link reaches a file, and a heading of it when it names one (GitHub's anchors);
// every count the docs state about the repository (buggy submissions, malformed specs, the
// spec's tests and points) is the count now, so a moved file or a new case cannot leave a
// stale number behind; the spec format's table of checks is the grader's.
#include <gtest/gtest.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "spec/check_kinds.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path kSource = GDLAB_SOURCE_DIR;

std::string read(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

bool is_fence(const std::string& line) {
  const auto start = line.find_first_not_of(' ');
  return start != std::string::npos && line.compare(start, 3, "```") == 0;
}

// The repository's Markdown files; git's folder and the build trees (build/, build-*/ at the
// top) left out.
std::vector<fs::path> markdown_files() {
  std::vector<fs::path> files;
  for (auto it = fs::recursive_directory_iterator(kSource); it != fs::recursive_directory_iterator(); ++it) {
    const std::string name = it->path().filename().string();
    if (it->is_directory() && (name == ".git" || (it.depth() == 0 && name.starts_with("build")))) {
      it.disable_recursion_pending();
      continue;
    }
    if (it->is_regular_file() && it->path().extension() == ".md") files.push_back(it->path());
  }
  return files;
}

std::string repo_path(const fs::path& file) { return fs::relative(file, kSource).string(); }

// GitHub's anchor for a heading: lower case, spaces to hyphens, ASCII punctuation other than
// '-' and '_' dropped (non-ASCII bytes are kept, as GitHub keeps letters of other scripts).
std::string anchor_of(const std::string& heading) {
  std::string anchor;
  for (unsigned char c : heading) {
    if (c >= 0x80 || std::isalnum(c) || c == '-' || c == '_') anchor += static_cast<char>(std::tolower(c));
    else if (c == ' ') anchor += '-';
  }
  return anchor;
}

// Every anchor a Markdown file's headings make; a repeated one gets -1, -2, ... as on GitHub.
std::set<std::string> anchors_of(const fs::path& file) {
  std::set<std::string> anchors;
  std::map<std::string, int> seen;
  bool fenced = false;
  for (const auto& line : lines_of(read(file))) {
    if (is_fence(line)) fenced = !fenced;
    if (fenced || !line.starts_with('#')) continue;
    const auto text = line.find_first_not_of('#');
    if (text == std::string::npos || line[text] != ' ') continue;
    const std::string base = anchor_of(line.substr(text + 1));
    const int n = seen[base]++;
    anchors.insert(n == 0 ? base : base + "-" + std::to_string(n));
  }
  return anchors;
}

struct Link {
  std::size_t line;
  std::string target;
};

// The links of a file's text, outside code blocks and inline code.
std::vector<Link> links_of(const fs::path& file) {
  static const std::regex link(R"(\]\(([^()\s]+)(\s+"[^"]*")?\))");
  static const std::regex code_span("`[^`]*`");
  std::vector<Link> links;
  bool fenced = false;
  const auto lines = lines_of(read(file));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (is_fence(lines[i])) fenced = !fenced;
    if (fenced) continue;
    const std::string prose = std::regex_replace(lines[i], code_span, "``");
    for (std::sregex_iterator m(prose.begin(), prose.end(), link), end; m != end; ++m)
      links.push_back({i + 1, (*m)[1].str()});
  }
  return links;
}

TEST(Docs, TheReaderDocumentsAreThere) {
  // The README's table of readers points at these; a test of links alone would pass without them.
  for (const char* doc :
       {"students.md", "instructors.md", "cluster.md", "sandbox.md", "run-and-lab.md", "development.md"})
    EXPECT_TRUE(fs::is_regular_file(kSource / "docs" / doc)) << doc;
  const std::string readme = read(kSource / "README.md");
  // CI and the project's hook read the two commands from the README.
  EXPECT_NE(readme.find("./gdlab demo"), std::string::npos);
  EXPECT_NE(readme.find("./gdlab test"), std::string::npos);
}

TEST(Docs, EveryRelativeLinkReachesItsFileAndHeading) {
  std::size_t checked = 0;
  for (const auto& file : markdown_files()) {
    for (const auto& [line, target] : links_of(file)) {
      if (target.starts_with("http://") || target.starts_with("https://") || target.starts_with("mailto:")) continue;
      const auto hash = target.find('#');
      const std::string path = target.substr(0, hash);
      const std::string anchor = hash == std::string::npos ? "" : target.substr(hash + 1);
      const fs::path reached = path.empty() ? file : (file.parent_path() / path).lexically_normal();
      const std::string where = repo_path(file) + ":" + std::to_string(line) + ": " + target;
      ++checked;
      if (!fs::exists(reached)) {
        ADD_FAILURE() << where << ": no such file";
        continue;
      }
      if (!anchor.empty()) {
        ASSERT_EQ(reached.extension(), ".md") << where << ": an anchor in a file that is not Markdown";
        EXPECT_TRUE(anchors_of(reached).contains(anchor)) << where << ": no heading makes #" << anchor;
      }
    }
  }
  EXPECT_GT(checked, 50u) << "the docs link to each other: a scan that finds few links is broken";
}

TEST(Docs, AnchorsAreMadeAsGitHubMakesThem) {
  EXPECT_EQ(anchor_of("The chapter's figures, live: `./gdlab lab --serve`"),
            "the-chapters-figures-live-gdlab-lab---serve");
  EXPECT_EQ(anchor_of("Solutions, `./gdlab assign`, the spec, `./gdlab validate`"),
            "solutions-gdlab-assign-the-spec-gdlab-validate");
  EXPECT_EQ(anchor_of("Git clones and deadlines: `--deadline`"), "git-clones-and-deadlines---deadline");
}

std::size_t count_entries(const fs::path& folder, const std::function<bool(const fs::directory_entry&)>& counts) {
  std::size_t n = 0;
  for (const auto& entry : fs::directory_iterator(folder))
    if (counts(entry)) ++n;
  return n;
}

struct ShippedSpec {
  std::size_t problems = 0, tests = 0;
  double points = 0;
};

// The shipped spec's counts, read from its YAML and its problems' folders (a problem named by id
// alone has its tests in problems/<id>/problem.yaml): problems, tests, and the points (a test
// without its own takes the defaults').
ShippedSpec shipped_spec() {
  const YAML::Node spec = YAML::LoadFile((kSource / "grader/specs/gradient_descent.yaml").string());
  const double default_points = spec["defaults"]["points"] ? spec["defaults"]["points"].as<double>() : 1;
  ShippedSpec counts;
  for (const auto& problem : spec["problems"]) {
    ++counts.problems;
    const fs::path folder = kSource / "problems" / problem["id"].as<std::string>() / "problem.yaml";
    const YAML::Node tests =
        problem["tests"] || !fs::exists(folder) ? problem["tests"] : YAML::LoadFile(folder.string())["tests"];
    for (const auto& test : tests) {
      ++counts.tests;
      counts.points += test["points"] ? test["points"].as<double>() : default_points;
    }
  }
  return counts;
}

// The README draws grader/layers.txt: the first fenced block after the sentence that names the
// file holds its layers, line for line.
TEST(Docs, TheReadmesLayersAreLayersTxt) {
  std::vector<std::string> layers;
  for (const auto& line : lines_of(read(kSource / "grader/layers.txt")))
    if (!line.empty() && line[0] != '#') layers.push_back(line);
  ASSERT_GE(layers.size(), 5u);
  const auto readme = lines_of(read(kSource / "README.md"));
  auto at = std::find_if(readme.begin(), readme.end(),
                         [](const std::string& l) { return l.find("`grader/layers.txt`") != std::string::npos; });
  ASSERT_NE(at, readme.end()) << "README.md no longer says where the layers are";
  at = std::find_if(at, readme.end(), is_fence);
  ASSERT_NE(at, readme.end());
  const auto end = std::find_if(at + 1, readme.end(), is_fence);
  EXPECT_EQ(std::vector<std::string>(at + 1, end), layers) << "README.md's layers differ from grader/layers.txt";
}

TEST(Docs, CountsTheDocsStateAreTheRepositorysCounts) {
  const ShippedSpec spec = shipped_spec();
  ASSERT_GT(spec.tests, spec.problems);
  struct Claim {
    std::regex pattern;  // its first group is the number the docs state
    double actual;
  };
  const std::vector<Claim> claims = {
      {std::regex(R"((\d+) buggy submissions)"),
       static_cast<double>(
           count_entries(kSource / "tests/corpus/buggy", [](const auto& e) { return e.is_directory(); }))},
      {std::regex(R"((\d+) malformed specs)"),
       static_cast<double>(
           count_entries(kSource / "tests/specs/bad", [](const auto& e) { return e.path().extension() == ".yaml"; }))},
      {std::regex(R"(shipped spec's (\d+) tests)"), static_cast<double>(spec.tests)},
      {std::regex(R"(shipped spec's (\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) problems)"),
       static_cast<double>(spec.problems)},
      {std::regex(R"(shipped spec's total is (\d+(?:\.\d+)?))"), spec.points},
  };
  // Small counts may be written in words ("the five built-in problems").
  const std::vector<std::string> words = {"zero",  "one",   "two",  "three", "four",   "five",  "six",
                                          "seven", "eight", "nine", "ten",   "eleven", "twelve"};
  const auto number = [&](const std::string& stated) -> double {
    for (std::size_t n = 0; n < words.size(); ++n)
      if (stated == words[n]) return static_cast<double>(n);
    return std::stod(stated);
  };
  std::size_t stated = 0;
  for (const auto& file : markdown_files()) {
    // Lines joined, so that a claim wrapped over two lines is still read.
    static const std::regex line_break(R"( *\n *)");
    const std::string text = std::regex_replace(read(file), line_break, " ");
    for (const auto& claim : claims)
      for (std::sregex_iterator m(text.begin(), text.end(), claim.pattern), end; m != end; ++m) {
        ++stated;
        EXPECT_EQ(number((*m)[1].str()), claim.actual) << repo_path(file) << ": \"" << m->str() << "\"";
      }
  }
  EXPECT_GT(stated, 3u) << "the docs state these counts: a scan that finds none is broken";
}

// A heading's level: its number of leading '#' (0: not a heading).
std::size_t heading_level(const std::string& line) {
  const auto hashes = line.find_first_not_of('#');
  return hashes != std::string::npos && hashes > 0 && line[hashes] == ' ' ? hashes : 0;
}

// The lines of a Markdown section: from its heading to the next heading of its level or above.
std::vector<std::string> section(const fs::path& file, const std::string& heading) {
  const auto lines = lines_of(read(file));
  const auto at = std::find(lines.begin(), lines.end(), heading);
  if (at == lines.end()) return {};
  const auto end = std::find_if(at + 1, lines.end(), [&](const std::string& l) {
    const auto level = heading_level(l);
    return level > 0 && level <= heading_level(heading);
  });
  return {at, end};
}

std::string check_and_args(const std::string& name, const std::vector<std::string>& args) {
  std::string out = name + "(";
  for (std::size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + args[i];
  return out + ")";
}

// The checks are listed once, in the grader (spec/check_kinds.hpp); the spec format's table
// shows them all, in that order, each with its arguments ("atol, rtol (1e-6 each by default)",
// "against: reference \| optimum": each argument's leading word; "—": none), and the
// instructors' guide names each.
TEST(Docs, TheSpecFormatListsEveryCheckWithItsArguments) {
  std::vector<std::string> grader, readme;
  for (const auto& c : gdlab::spec::check_rules()) grader.push_back(check_and_args(c.name, gdlab::spec::arg_names(c)));
  static const std::regex row(R"(^\| `([a-z_]+)` +\| ((?:[^|\\]|\\.)*)\|)"), word("^ *([a-z_]+)");
  for (const auto& line : section(kSource / "grader/specs/README.md", "## Checks and their arguments")) {
    std::smatch m;
    if (!std::regex_search(line, m, row)) continue;
    std::vector<std::string> args;
    std::istringstream column(m[2].str());
    for (std::string arg; std::getline(column, arg, ',');)
      if (std::smatch w; std::regex_search(arg, w, word)) args.push_back(w[1].str());
    readme.push_back(check_and_args(m[1].str(), args));
  }
  EXPECT_EQ(readme, grader) << "grader/specs/README.md's table of checks differs from spec/check_kinds.hpp's";

  const auto guide = section(kSource / "docs/instructors.md", "### Checks");
  std::string text;
  for (const auto& line : guide) text += line + "\n";
  ASSERT_FALSE(guide.empty()) << "docs/instructors.md has no section ### Checks";
  for (const auto& c : gdlab::spec::check_rules())
    EXPECT_NE(text.find("`" + c.name + "`"), std::string::npos) << "docs/instructors.md's Checks leave out " << c.name;
}

}  // namespace
