// Learning-rate schedules: the rate alpha_k for step k (counted from 0).
#pragma once

#include <functional>
#include <string>

namespace gdlab::optim {

struct Schedule {
  std::string name;
  std::function<double(int step)> rate;

  double operator()(int step) const { return rate(step); }
};

Schedule constant(double lr);
// lr * factor^floor(k / every)
Schedule step_decay(double lr, double factor, int every);
// min_lr + (lr - min_lr) (1 + cos(pi k / total)) / 2, and min_lr after `total` steps
Schedule cosine(double lr, int total, double min_lr = 0.0);
// Ramps linearly up to after(0): alpha_k = after(0) (k + 1) / steps for k < steps,
// then follows after(k - steps).
Schedule warmup(int steps, Schedule after);

}  // namespace gdlab::optim
