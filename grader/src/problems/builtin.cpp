#include "problems/builtin.hpp"

namespace gdlab::problems {

const Entry* find_entry(const std::string& name) {
  for (const auto& p : builtin())
    for (const auto& e : p.entries)
      if (e.rule.name == name) return &e;
  return nullptr;
}

}  // namespace gdlab::problems
