// What the CI and LMS format tests share: shell commands, temporary folders, schema
// validation, and a reader of GitHub workflow commands written from GitHub's published rules.
#pragma once

#include <gtest/gtest.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "shell.hpp"
#include "support.hpp"

namespace gdlab::ci_test {

namespace fs = std::filesystem;

inline const fs::path source_dir = GDLAB_SOURCE_DIR;

using test_shell::Run;
using test_shell::run;
using test_support::read_file;
using test_support::TempDir;
using test_support::write_file;
inline std::string quote(const std::string& s) { return test_shell::quoted(s); }

// Perl's JSON::Validator (Debian: libjson-validator-perl); one line per violation.
inline Run json_validate(const fs::path& schema, const fs::path& json) {
  return run(
      "perl -MJSON::Validator -MMojo::File=path -MMojo::JSON=decode_json -e '"
      "my $jv = JSON::Validator->new->schema($ARGV[0]);"
      "my @e = $jv->validate(decode_json(path($ARGV[1])->slurp));"
      "print \"$_\\n\" for @e; exit(@e ? 1 : 0)' " +
      quote(schema.string()) + " " + quote(json.string()));
}

#define REQUIRE_JSON_VALIDATOR()                                   \
  if (::gdlab::ci_test::run("perl -MJSON::Validator -e 1").status) \
  FAIL() << "perl's JSON::Validator not found: install libjson-validator-perl"

inline std::vector<std::string> lines(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) out.push_back(line);
  return out;
}

// --- GitHub workflow commands, as "Workflow commands for GitHub Actions" publishes them:
// ::error file={name},line={line},endLine={endLine},title={title}::{message}, the same for
// warning and notice, with col and endColumn; a message escapes % CR LF as %25 %0D %0A, a
// property also : and , as %3A %2C (actions/toolkit's command.ts, which actions/runner's
// ActionCommand unescapes in this order: %0D %0A [%3A %2C] %25). ---

struct Command {
  std::string name;
  std::map<std::string, std::string> properties;  // unescaped
  std::string message;                            // unescaped
};

inline std::string unescape(std::string s, bool property) {
  const auto replace = [&s](const std::string& from, const std::string& to) {
    for (auto at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
      s.replace(at, from.size(), to);
  };
  replace("%0D", "\r");
  replace("%0A", "\n");
  if (property) replace("%3A", ":"), replace("%2C", ",");
  replace("%25", "%");
  return s;
}

// An annotation command that follows the published grammar, or nullopt.
inline std::optional<Command> parse_annotation(const std::string& line) {
  static const std::regex grammar(
      R"(^::(error|warning|notice)( ((file|line|endLine|col|endColumn|title)=[^,:\r\n]*)(,(file|line|endLine|col|endColumn|title)=[^,:\r\n]*)*)?::([^\r\n]*)$)");
  static const std::regex property_escapes(R"(%(?!25|0D|0A|3A|2C))");
  static const std::regex data_escapes(R"(%(?!25|0D|0A))");
  static const std::regex number(R"([1-9][0-9]*)");
  std::smatch m;
  if (!std::regex_match(line, m, grammar)) return std::nullopt;
  Command c{m[1], {}, ""};
  const std::string data = m[7];
  if (std::regex_search(data, data_escapes)) return std::nullopt;
  c.message = unescape(data, false);
  std::string props = m[2].str();
  if (!props.empty()) props.erase(0, 1);
  std::istringstream in(props);
  for (std::string pair; std::getline(in, pair, ',');) {
    const auto eq = pair.find('=');
    const std::string key = pair.substr(0, eq), value = pair.substr(eq + 1);
    if (std::regex_search(value, property_escapes) || c.properties.count(key)) return std::nullopt;
    if (key != "file" && key != "title" && !std::regex_match(value, number)) return std::nullopt;
    c.properties[key] = unescape(value, true);
  }
  if (c.properties.count("line") && !c.properties.count("file")) return std::nullopt;  // a line of what?
  return c;
}

// A step's log as the runner reads it: every line outside ::stop-commands::TOKEN ... ::TOKEN::
// must be an annotation of the published grammar; inside, anything goes, and nothing there is a
// command. Also counts per kind, as the limits do.
struct Log {
  std::vector<Command> annotations;
  std::vector<std::string> stopped;  // the lines shown as text
  std::vector<std::string> problems;
  int count(const std::string& kind) const {
    int n = 0;
    for (const auto& a : annotations) n += a.name == kind;
    return n;
  }
};

inline Log read_log(const std::string& text) {
  static const std::regex stop(R"(^::stop-commands::([A-Za-z0-9-]{16,})$)");
  Log log;
  std::string token;
  for (const auto& line : lines(text)) {
    std::smatch m;
    if (!token.empty()) {
      if (line == "::" + token + "::") token.clear();
      else log.stopped.push_back(line);
    } else if (std::regex_match(line, m, stop)) {
      token = m[1];
      if (text.find(token) != text.find("::stop-commands::" + token) + 17 ||
          text.find("::" + token + "::") == std::string::npos)
        log.problems.push_back("the token appears elsewhere or is never closed: " + token);
    } else if (auto c = parse_annotation(line)) {
      log.annotations.push_back(*c);
    } else {
      log.problems.push_back("not a command of the published grammar, outside stop-commands: " + line);
    }
  }
  if (!token.empty()) log.problems.push_back("stop-commands never resumed");
  return log;
}

// The published limits: 10 error, 10 warning and 10 notice annotations a step, 50 a job.
inline void expect_within_limits(const Log& log) {
  EXPECT_LE(log.count("error"), 10);
  EXPECT_LE(log.count("warning"), 10);
  EXPECT_LE(log.count("notice"), 10);
  EXPECT_LE(log.annotations.size(), 50u);
  for (const auto& p : log.problems) ADD_FAILURE() << p;
  for (const auto& a : log.annotations) EXPECT_LE(a.message.size(), 4096u) << a.message.substr(0, 200);
}

}  // namespace gdlab::ci_test
