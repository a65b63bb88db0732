// Correct: Greek identifiers (θ, α, g) and UTF-8 comments with arrows and norms:
// θ ← θ − α∇L(θ), stop once ‖g‖ < ε after the step, as in §10.
#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& θ₀, double α, int steps) {
  gdlab::Path path{θ₀};
  gdlab::Vector θ = θ₀;
  for (int k = 0; k < steps; ++k) {
    θ = θ - α * f.gradient(θ);  // θ ← θ − α∇L
    path.push_back(θ);
  }
  return path;
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& θ₀, double α, int max_steps,
                      double ε) {
  EarlyStop résultat;
  résultat.path.push_back(θ₀);
  gdlab::Vector θ = θ₀;
  for (int k = 0; k < max_steps; ++k) {
    const gdlab::Vector g = f.gradient(θ);
    θ = θ - α * g;
    résultat.path.push_back(θ);
    résultat.steps = k + 1;
    if (g.norm() < ε) {  // ‖g‖ < ε: arrêt
      résultat.converged = true;
      break;
    }
  }
  return résultat;
}

}  // namespace exercises
