// The expected side of every check, computed in the grader by the reference library from the
// test's inputs. None of it is ever sent to the submission.
#pragma once

#include <map>
#include <optional>
#include <string>

#include "gdlab/objective.hpp"
#include "gdlab/optim.hpp"
#include "grading/outcome.hpp"
#include "spec/spec.hpp"

namespace gdlab::grading {

struct Expected {
  Outcome outcome;                       // what the reference implementation returns
  std::optional<Objective> loss;         // the loss the checks evaluate along paths
  std::optional<Vector> optimum;         // the minimiser, where one is known
  std::optional<double> lr;              // the learning rate, for the loop check
  std::optional<Objective> gradient_of;  // what mse_gradient / compute_gradients differentiate,
  std::optional<Vector> at;              // and where: for the finite-difference check
  std::string path_field = "path";       // a declared entry's name for its path (`matches: {field: ...}`)
};

// A run of a reference optimiser that keeps going after divergence, like a plain loop would, so
// the two paths have the same length. Only a loop with a tolerance (tol > 0) sets steps and
// converged.
Outcome reference_descent(const Objective& f, const Vector& x0, optim::UpdateRule&& rule, double lr, int steps,
                          double tol = 0);
std::optional<Vector> minimum_of(const Objective& f);  // the first known minimiser
// The gradient at each iterate but the last, as a harness sends the student's own.
std::vector<Vector> gradients_along(const Objective& f, const Path& path);

// The inputs as the harness receives them: {"entry": ..., "inputs": {...}}.
std::string harness_request(const std::string& entry, const std::map<std::string, spec::Value>& inputs);

}  // namespace gdlab::grading
