#include "grading/reference.hpp"

#include <cmath>
#include <nlohmann/json.hpp>

#include "catalog/objectives.hpp"
#include "grading/inputs.hpp"
#include "gdlab/optim.hpp"

namespace gdlab::grading {

Outcome reference_descent(const Objective& f, const Vector& x0, optim::UpdateRule&& rule, double lr, int steps,
                          double tol) {
  const auto r = optim::minimize(f, x0, rule, optim::constant(lr),
                                 {.max_steps = steps, .grad_tol = tol, .stop_when_diverged = false});
  Outcome o;
  o.path = r.trace.iterates;
  if (tol > 0) {
    o.steps = r.steps;
    o.converged = r.status == optim::Status::converged;
  }
  return o;
}

std::optional<Vector> minimum_of(const Objective& f) {
  if (f.minima.empty()) return std::nullopt;
  return f.minima.front();
}

// The reference's loop passes the loop check like any other.
std::vector<Vector> gradients_along(const Objective& f, const Path& path) {
  std::vector<Vector> out;
  for (std::size_t k = 0; k + 1 < path.size(); ++k) out.push_back(f.gradient(path[k]));
  return out;
}

std::string harness_request(const std::string& entry, const Inputs& inputs) {
  nlohmann::json j;
  j["entry"] = entry;
  j["inputs"] = nlohmann::json::object();
  // Not a structured binding: clang 14 cannot capture those in a lambda (C++20, clang 16).
  for (const auto& input : inputs) std::visit([&](const auto& v) { j["inputs"][input.first] = v; }, input.second);
  return j.dump();
}

}  // namespace gdlab::grading
