#include "readers.hpp"

#include <fmt/format.h>

#include <regex>
#include <sstream>
#include <utility>
#include <vector>

#include "shell.hpp"
#include "support.hpp"

namespace gdlab::acceptance {
namespace {

const spec::Problem& problem_named(const std::string& id) {
  for (const auto& p : shipped().problems)
    if (p.id == id) return p;
  throw std::runtime_error("no problem " + id + " in the shipped spec");
}

std::string xml_text(std::string s) {
  for (const auto& [from, to] : {std::pair<std::string, std::string>{"&lt;", "<"},
                                 {"&gt;", ">"},
                                 {"&quot;", "\""},
                                 {"&apos;", "'"},
                                 {"&amp;", "&"}})
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
      s.replace(at, from.size(), to);
  return s;
}

std::string attribute(const std::string& element, const std::string& name) {
  std::smatch m;
  if (!std::regex_search(element, m, std::regex("\\s" + name + "=\"([^\"]*)\""))) return "";
  return xml_text(m[1].str());
}

double points_of(const std::string& problem, const std::string& test) {
  for (const auto& t : problem_named(problem).tests)
    if (t.name == test) return t.points;
  throw std::runtime_error(fmt::format("no test '{}' in problem {}", test, problem));
}

// GitHub's encoding of a workflow command's data: %25 %0D %0A, and in properties also %3A %2C.
std::string unescape_command(std::string s) {
  for (const auto& [from, to] :
       {std::pair<std::string, std::string>{"%0A", "\n"}, {"%0D", "\r"}, {"%3A", ":"}, {"%2C", ","}, {"%25", "%"}})
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
      s.replace(at, from.size(), to);
  return s;
}

}  // namespace

Scores from_gradescope(const nlohmann::json& results) {
  Scores out;
  for (const auto& t : results.at("tests")) out[t.at("name")] = t.at("score").get<double>();
  return out;
}

Scores from_junit(const std::string& xml) {
  Scores out;
  const std::regex testcase("<testcase\\b[^>]*?(/>|>)");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), testcase); it != std::sregex_iterator(); ++it) {
    const std::string element = it->str(), problem = attribute(element, "classname"), name = attribute(element, "name");
    bool failed = false;
    if ((*it)[1] == ">") {
      const auto start = static_cast<std::size_t>(it->position() + it->length());
      const std::string body = xml.substr(start, xml.find("</testcase>", start) - start);
      failed = body.find("<failure") != std::string::npos || body.find("<error") != std::string::npos;
    }
    out[problem + ": " + name] = failed ? 0 : points_of(problem, name);
  }
  return out;
}

// A Markdown table row's cells as a renderer reads them: split at '|' that no backslash escapes,
// each cell's backslash escapes and HTML entities undone.
std::vector<std::string> cells(const std::string& row) {
  std::vector<std::string> out;
  std::string cell;
  for (std::size_t i = 0; i < row.size(); ++i) {
    if (row[i] == '\\' && i + 1 < row.size()) cell += row[++i];
    else if (row[i] == '|') out.push_back(std::exchange(cell, ""));
    else cell += row[i];
  }
  out.push_back(cell);
  for (auto& c : out) c = xml_text(std::regex_replace(c, std::regex("^ +| +$"), ""));
  return out;
}

Scores from_github_summary(const std::string& markdown) {
  Scores out;
  std::istringstream lines(markdown);
  const std::regex points("([0-9.]+) / [0-9.]+");
  for (std::string line; std::getline(lines, line);) {
    const auto c = cells(line);  // "", problem, test, result, points, ""
    std::smatch m;
    if (c.size() == 6 && std::regex_match(c[4], m, points) && c[1] != "**Total**")
      out[c[1] + ": " + c[2]] = std::stod(m[1]);
  }
  return out;
}

std::set<std::string> annotated_problems(const std::string& log) {
  std::set<std::string> out;
  std::istringstream lines(log);
  for (std::string line; std::getline(lines, line);) {
    if (!line.starts_with("::error") && !line.starts_with("::notice")) continue;
    const std::string text = unescape_command(line);
    for (const auto& p : shipped().problems)
      if (text.find(p.id + ":") != std::string::npos || text.find(p.source) != std::string::npos) out.insert(p.id);
  }
  return out;
}

Scores from_classroom(const std::string& github_output) {
  std::smatch m;
  if (!std::regex_search(github_output, m, std::regex("(^|\n)result=([A-Za-z0-9+/=]*)\n")))
    throw std::runtime_error("no result= line in $GITHUB_OUTPUT:\n" + github_output);
  test_support::TempDir dir;
  const auto encoded = dir.write("payload.b64", m[2].str());
  const auto decoded = test_shell::run("base64 -d " + test_shell::quoted(encoded.string()), false);
  if (decoded.status != 0) throw std::runtime_error("base64 -d refused the payload");
  return from_gradescope(nlohmann::json::parse(decoded.out));  // the same tests[].name and score
}

Scores from_prairielearn(const nlohmann::json& results, const std::string& problem) {
  const auto& p = problem_named(problem);
  Scores out;
  if (!results.value("gradable", false)) {
    for (const auto& t : p.tests) out[key(p, t)] = 0;
    return out;
  }
  std::vector<const spec::Test*> hidden;
  for (const auto& t : p.tests)
    if (t.visibility != spec::Visibility::visible) hidden.push_back(&t);
  const std::regex hidden_name("^(.+): hidden test ([0-9]+)$");
  for (const auto& t : results.at("tests")) {
    std::string name = t.at("name");
    std::smatch m;
    if (std::regex_match(name, m, hidden_name) && m[1] == problem) {
      const auto k = std::stoul(m[2]);
      if (k == 0 || k > hidden.size()) throw std::runtime_error("no hidden test " + name);
      name = key(p, *hidden[k - 1]);
    }
    out[name] = t.at("points").get<double>();
  }
  return out;
}

}  // namespace gdlab::acceptance
