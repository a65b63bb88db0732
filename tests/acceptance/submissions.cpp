#include "submissions.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <set>
#include <sstream>
#include <stdexcept>

#include "spec/loader.hpp"
#include "support.hpp"

namespace gdlab::acceptance {
namespace {

namespace fs = std::filesystem;
using test_support::read_file;

const fs::path source_dir = GDLAB_SOURCE_DIR;

std::string file_of(const spec::Problem& p) { return fs::path(p.source).filename().string(); }

// A buggy corpus entry: the problem it is about and each test's verdict (expected.txt).
struct BuggyEntry {
  std::string name, problem = {}, text = {};
  std::map<std::string, std::string> verdicts = {};  // test name -> passed | failed | ...
};

BuggyEntry read_entry(const fs::path& dir) {
  BuggyEntry e{.name = dir.filename().string()};
  std::istringstream lines(read_file(dir / "expected.txt"));
  for (std::string line; std::getline(lines, line);) {
    if (line.starts_with("problem: ")) e.problem = line.substr(9);
    const auto bar = line.find(" | ");
    if (bar != std::string::npos && !line.starts_with("#")) e.verdicts[line.substr(bar + 3)] = line.substr(0, bar);
  }
  return e;
}

// Each problem's buggy entries, in name order.
std::map<std::string, std::vector<BuggyEntry>> buggy_by_problem() {
  std::map<std::string, std::vector<BuggyEntry>> out;
  std::vector<fs::path> dirs;
  for (const auto& d : fs::directory_iterator(source_dir / "tests/corpus/buggy")) dirs.push_back(d.path());
  std::sort(dirs.begin(), dirs.end());
  for (const auto& d : dirs) {
    auto e = read_entry(d);
    if (e.problem.empty()) continue;
    for (const auto& f : fs::directory_iterator(d / "exercises")) e.text = read_file(f.path());
    out[e.problem].push_back(std::move(e));
  }
  return out;
}

// Every problem's solution (right) or every stub.
Submission whole(const std::string& name, bool right) {
  Submission s{.name = name};
  for (const auto& p : shipped().problems) {
    s.files["exercises/" + file_of(p)] =
        read_file(right ? test_support::solution_path(p) : source_dir / "exercises" / file_of(p));
    for (const auto& t : p.tests) s.expected[key(p, t)] = right ? t.points : 0;
  }
  return s;
}

// The n-th buggy entry of every problem (a problem with fewer keeps its solution).
Submission buggy(int n, const std::map<std::string, std::vector<BuggyEntry>>& corpus) {
  Submission s{.name = fmt::format("buggy-{}", n + 1)};
  for (const auto& p : shipped().problems) {
    const auto it = corpus.find(p.id);
    const bool has = it != corpus.end() && static_cast<int>(it->second.size()) > n;
    if (!has) {
      s.files["exercises/" + file_of(p)] = read_file(test_support::solution_path(p));
      for (const auto& t : p.tests) s.expected[key(p, t)] = t.points;
      continue;
    }
    const auto& e = it->second[n];
    s.corpus_entries.push_back(e.name);
    s.files["exercises/" + file_of(p)] = e.text;
    for (const auto& t : p.tests) {
      if (!e.verdicts.contains(t.name))
        throw std::runtime_error(fmt::format("{}/expected.txt has no verdict for '{}'", e.name, t.name));
      s.expected[key(p, t)] = e.verdicts.at(t.name) == "passed" ? t.points : 0;
    }
  }
  return s;
}

}  // namespace

std::string key(const spec::Problem& p, const spec::Test& t) { return p.id + ": " + t.name; }

const spec::Spec& shipped() { return test_support::shipped_spec(); }

std::vector<Submission> submissions() {
  const auto corpus = buggy_by_problem();
  return {whole("solutions", true), whole("stubs", false), buggy(0, corpus), buggy(1, corpus)};
}

void write(const Submission& s, const fs::path& dir) {
  for (const auto& [path, text] : s.files) test_support::write_file(dir / path, text);
}

Scores visible_only(const Scores& scores) {
  std::set<std::string> visible;
  for (const auto& p : shipped().problems)
    for (const auto& t : p.tests)
      if (t.visibility == spec::Visibility::visible) visible.insert(key(p, t));
  Scores out;
  for (const auto& [k, v] : scores)
    if (visible.contains(k)) out[k] = v;
  return out;
}

std::string differences(const Scores& expected, const Scores& got) {
  std::string out;
  for (const auto& [k, v] : expected) {
    const auto it = got.find(k);
    if (it == got.end()) out += fmt::format("{}: expected {}, not reported\n", k, v);
    else if (it->second != v) out += fmt::format("{}: expected {}, got {}\n", k, v, it->second);
  }
  for (const auto& [k, v] : got)
    if (!expected.contains(k)) out += fmt::format("{}: reported ({}), but no such test\n", k, v);
  return out;
}

}  // namespace gdlab::acceptance
