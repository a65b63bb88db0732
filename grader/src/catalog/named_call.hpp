// "momentum(beta=0.9)" or "valley": a name with optional numeric arguments. The command line
// and the YAML spec both name objectives, optimisers and schedules this way.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <stdexcept>
#include <string>

namespace gdlab::catalog {

// A user's mistake in a name or its arguments; the message says what to write instead.
struct BadName : std::invalid_argument {
  using std::invalid_argument::invalid_argument;
};

struct NamedCall {
  std::string name;
  std::map<std::string, double> args;

  static NamedCall parse(const std::string& text);  // throws BadName

  double get(const std::string& key, double fallback) const;
  // Throws BadName naming the first argument not in `allowed`.
  void allow_only(const std::set<std::string>& allowed) const;
};

}  // namespace gdlab::catalog
