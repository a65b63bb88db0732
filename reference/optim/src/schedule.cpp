#include "gdlab/optim/schedule.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>
#include <numbers>

#include "checks.hpp"

namespace gdlab::optim {

Schedule constant(double lr) {
  detail::require_positive("lr", lr);
  return {fmt::format("constant {}", lr), [lr](int) { return lr; }};
}

Schedule step_decay(double lr, double factor, int every) {
  detail::require_positive("lr", lr);
  detail::require(factor > 0 && factor <= 1, "factor", "in (0, 1]", factor);
  detail::require(every > 0, "every", "a positive number of steps", every);
  return {fmt::format("step decay {} x{} every {}", lr, factor, every),
          [=](int k) { return lr * std::pow(factor, k / every); }};
}

Schedule cosine(double lr, int total, double min_lr) {
  detail::require_positive("lr", lr);
  detail::require(total > 0, "total", "a positive number of steps", total);
  detail::require(min_lr >= 0 && min_lr <= lr, "min_lr", "in [0, lr]", min_lr);
  return {fmt::format("cosine {} -> {} over {}", lr, min_lr, total), [=](int k) {
            const double t = std::min(k, total) / static_cast<double>(total);
            return min_lr + (lr - min_lr) * (1 + std::cos(std::numbers::pi * t)) / 2;
          }};
}

Schedule warmup(int steps, Schedule after) {
  detail::require(steps > 0, "warmup steps", "positive", steps);
  std::string name = fmt::format("warm-up {} then {}", steps, after.name);
  return {std::move(name), [steps, after = std::move(after)](int k) {
            if (k < steps) return after(0) * (k + 1) / steps;
            return after(k - steps);
          }};
}

}  // namespace gdlab::optim
