// Every reference objective by name, for `gdlab run`, the demo and the YAML spec.
#pragma once

#include <string>
#include <vector>

#include "catalog/named_call.hpp"
#include "gdlab/core.hpp"

namespace gdlab::catalog {

struct NamedObjective {
  Objective objective;
  Vector default_start;  // the course's start where it has one, else zeros
};

// Names: quadratic1d(a,c,d), bowl, ellipse, valley, saddle, himmelblau, rosenbrock(a,b),
// problem5(seed,n) [1/N MSE, no intercept], rolling(seed,n) [1/(2N) MSE, (w, b)],
// synthetic(seed,n,p,noise) [1/N MSE]. Throws BadName for an unknown name or argument.
NamedObjective make_objective(const NamedCall& call);

// The datasets by name: problem5(seed,n), rolling(seed,n), synthetic(seed,n,p,noise).
Dataset make_dataset(const NamedCall& call);
std::vector<std::string> objective_names();

}  // namespace gdlab::catalog
