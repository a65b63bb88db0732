// How a run behaved, in the words of Figure 6.3: crawls, converges, converges fast,
// oscillates, diverges. Computed from the losses and the path alone.
#pragma once

#include <optional>
#include <span>
#include <string>

#include "gdlab/types.hpp"

namespace gdlab::feedback {

enum class Regime { crawls, converges, converges_fast, oscillates, diverges };

std::string to_string(Regime r);  // "crawls", "converges", "converges fast", ...

// The first rule that holds, in this order. The gap is L_k - L*, L* the optimum's loss;
// without one, L* = 0 when no loss is negative (MSE-like), else the lowest loss reached.
//   diverges       a loss or iterate is not finite, |loss| > 1e100, or the final gap is
//                  above the start's; with no known optimum and a negative loss (a saddle,
//                  unbounded below) also when the last step is longer than the first
//   oscillates     along some coordinate the step changes sign on more than half of the
//                  successive pairs of steps (a zigzag), while the loss falls or stalls
//   crawls         the gap closed by less than 90% over the run
//   converges fast the gap closed by more than 99% (or the start is the optimum)
//   converges      otherwise (90% to 99%)
// The thresholds are relative to the run's own step budget. Slow spirals (momentum's
// period of ~10 steps) are not a zigzag and do not count as oscillation.
Regime classify_regime(std::span<const double> losses, const Path& path, std::optional<double> optimum_loss);

// 1 - gap_N / gap_0: how far the run got towards the optimum (1 = all the way); NaN when
// it cannot be said (no losses, a non-finite one).
double gap_closed(std::span<const double> losses, std::optional<double> optimum_loss);

}  // namespace gdlab::feedback
