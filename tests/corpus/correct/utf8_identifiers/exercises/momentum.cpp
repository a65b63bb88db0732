// Correct: the chapter's symbols as identifiers (θ, α, β, ∇L is written nabla) and UTF-8
// comments: v ← βv + ∇L(θ);  θ ← θ − αv.
#include "momentum.hpp"

namespace exercises {

gdlab::Path momentum(const gdlab::Objective& L, const gdlab::Vector& θ₀, double α, double β, int steps) {
  gdlab::Vector θ = θ₀;                                  // θ ∈ ℝᵖ
  gdlab::Vector v = gdlab::Vector::Zero(θ₀.size());      // v₀ = 0
  gdlab::Path chemin{θ₀};                                // « le chemin », départ compris
  for (int k = 0; k < steps; ++k) {
    const gdlab::Vector nabla = L.gradient(θ);           // ∇L(θₖ)
    v = β * v + nabla;                                   // v ← βv + ∇L
    θ = θ - α * v;                                       // θ ← θ − αv
    chemin.push_back(θ);
  }
  return chemin;
}

}  // namespace exercises
