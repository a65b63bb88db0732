#include "gdlab/objective.hpp"

namespace gdlab {

Objective as_objective(const Function1D& f) {
  Objective o;
  o.name = f.name;
  o.dim = 1;
  o.value = [value = f.value](const Vector& x) { return value(x(0)); };
  o.gradient = [derivative = f.derivative](const Vector& x) { return Vector::Constant(1, derivative(x(0))); };
  o.minima = {Vector::Constant(1, f.minimum_at)};
  return o;
}

}  // namespace gdlab
