#include "problems/answers.hpp"

#include <map>
#include <stdexcept>

#include "problems/builtin.hpp"

namespace gdlab::problems {

grading::Expected reference(const std::string& entry, const grading::Inputs& inputs) {
  const auto* e = find_entry(entry);
  if (!e || !e->reference) throw std::invalid_argument("unknown entry '" + entry + "'");
  return e->reference(inputs);
}

const std::vector<grading::Mistake>& mistakes_for(const std::string& entry) {
  static const std::map<std::string, std::vector<grading::Mistake>> all = [] {
    std::map<std::string, std::vector<grading::Mistake>> m;
    for (const auto& p : builtin())
      for (const auto& e : p.entries) m[e.rule.name] = e.mistakes ? e.mistakes() : std::vector<grading::Mistake>{};
    return m;
  }();
  static const std::vector<grading::Mistake> none;
  const auto it = all.find(entry);
  return it == all.end() ? none : it->second;
}

std::vector<grading::Diagnosis> diagnose(const std::string& entry, const grading::Inputs& inputs,
                                         const grading::Outcome& student) {
  std::vector<grading::Diagnosis> found;
  const grading::Outcome right = reference(entry, inputs).outcome;
  for (const auto& m : mistakes_for(entry)) {
    try {
      // Named only where the mistake is the cause: the right answer must not show it too.
      if (m.matches ? m.matches(inputs, student) && !m.matches(inputs, right)
                    : grading::shows_mistake(student, m.run(inputs), right))
        found.push_back({m.id, m.title, m.hint});
    } catch (const std::exception&) {
      // A variant that cannot run on these inputs names nothing.
    }
  }
  return found;
}

namespace {

class Builtin : public grading::Answers {
 public:
  grading::Expected expected(const std::string& entry, const spec::Test& test) override {
    return reference(entry, test.inputs);
  }
  std::vector<grading::Diagnosis> diagnose(const std::string& entry, const spec::Test& test,
                                           const grading::Outcome& student) override {
    return problems::diagnose(entry, test.inputs, student);
  }
  bool knows_mistakes(const std::string& entry) override { return !mistakes_for(entry).empty(); }
};

}  // namespace

std::unique_ptr<grading::Answers> builtin_answers() { return std::make_unique<Builtin>(); }

}  // namespace gdlab::problems
