#include "grading/answers.hpp"

#include "grading/mistakes.hpp"

namespace gdlab::grading {
namespace {

class Builtin : public Answers {
 public:
  Expected expected(const std::string& entry, const spec::Test& test) override { return reference(entry, test.inputs); }
  std::vector<Diagnosis> diagnose(const std::string& entry, const spec::Test& test, const Outcome& student) override {
    return grading::diagnose(entry, test.inputs, student);
  }
  bool knows_mistakes(const std::string& entry) override { return !mistakes_for(entry).empty(); }
};

}  // namespace

std::unique_ptr<Answers> builtin_answers() { return std::make_unique<Builtin>(); }

}  // namespace gdlab::grading
