// The one loop every optimiser runs in: step, record, decide when to stop.
#pragma once

#include <cstdint>
#include <string>

#include "gdlab/objective.hpp"
#include "gdlab/optim/schedule.hpp"
#include "gdlab/optim/update_rule.hpp"
#include "gdlab/regression.hpp"
#include "gdlab/trace.hpp"

namespace gdlab::optim {

enum class Status { converged, max_steps, diverged };
std::string to_string(Status status);

struct Options {
  int max_steps = 1000;
  // Stop once |g| < grad_tol, as in the chapter's §10: the step with g is taken, then the
  // loop stops (so a start at the minimum takes one step). 0 turns the test off.
  double grad_tol = 0.0;
  // Diverged: theta or the loss not finite, or |loss| above this bound.
  double divergence_bound = 1e100;
  // false: keep stepping after divergence, as a plain numpy loop does (the status still says
  // diverged). The demo uses it to print the course's nan rows.
  bool stop_when_diverged = true;
  TraceSeries record = TraceSeries::all();

  void check() const;
};

struct Result {
  Status status = Status::max_steps;
  int steps = 0;         // updates made
  Vector theta;          // the last iterate
  double loss = 0;       // L(theta)
  double grad_norm = 0;  // |grad L(theta)|
  Trace trace;
};

Result minimize(const Objective& f, const Vector& x0, UpdateRule& rule, const Schedule& lr,
                const Options& options = {});

struct StochasticOptions {
  int epochs = 10;
  Index batch_size = 1;    // 1: SGD; n: full batch; in between: mini-batch
  std::uint32_t seed = 0;  // each epoch visits the examples in np.random.permutation order
  bool shuffle = true;
  double divergence_bound = 1e100;
  TraceSeries record = TraceSeries::all();  // one entry per step, loss on the full objective

  void check(Index examples) const;
};

Result minimize_stochastic(const SeparableObjective& f, const Vector& x0, UpdateRule& rule, const Schedule& lr,
                           const StochasticOptions& options);

}  // namespace gdlab::optim
