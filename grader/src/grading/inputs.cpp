#include "grading/inputs.hpp"

#include <stdexcept>

namespace gdlab::grading {

const spec::Value& input(const Inputs& in, const std::string& key) {
  const auto it = in.find(key);
  if (it == in.end()) throw std::invalid_argument("missing input '" + key + "'");
  return it->second;
}

double num(const Inputs& in, const std::string& key) {
  const auto* v = std::get_if<double>(&input(in, key));
  if (!v) throw std::invalid_argument("input '" + key + "' must be a number");
  return *v;
}

int whole(const Inputs& in, const std::string& key) { return static_cast<int>(num(in, key)); }

std::string text(const Inputs& in, const std::string& key) {
  const auto* v = std::get_if<std::string>(&input(in, key));
  if (!v) throw std::invalid_argument("input '" + key + "' must be a name");
  return *v;
}

Vector vec(const Inputs& in, const std::string& key) {
  const auto& v = input(in, key);
  if (const auto* d = std::get_if<double>(&v)) return Vector::Constant(1, *d);
  const auto* list = std::get_if<std::vector<double>>(&v);
  if (!list) throw std::invalid_argument("input '" + key + "' must be a list of numbers");
  return Eigen::Map<const Vector>(list->data(), static_cast<Index>(list->size()));
}

catalog::NamedObjective named(const Inputs& in) {
  return catalog::make_objective(catalog::NamedCall::parse(text(in, "objective")));
}

Dataset data(const Inputs& in) { return catalog::make_dataset(catalog::NamedCall::parse(text(in, "data"))); }

}  // namespace gdlab::grading
