#include "problems/builtin.hpp"

namespace gdlab::problems {

const Entry* find_entry(const std::string& name) {
  for (const auto& p : builtin())
    for (const auto& e : p.entries)
      if (e.rule.name == name) return &e;
  return nullptr;
}

void install() {
  std::vector<spec::EntryRule> rules;
  for (const auto& p : builtin())
    for (const auto& e : p.entries) rules.push_back(e.rule);
  spec::install_entries(std::move(rules));
}

}  // namespace gdlab::problems
