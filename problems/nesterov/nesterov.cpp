// Exercise 6 — Nesterov momentum (Chapter 6, §6)
//
// Heavy-ball momentum (Exercise 3) feels the slope where the ball is now. Nesterov's variant
// first asks where the velocity alone would carry it, theta - alpha * beta * v, and feels the
// slope there instead: "looks one step ahead before computing the gradient". With v_0 = 0:
//
//     g       = grad L(theta_k - alpha * beta * v)   (the gradient at the look-ahead point)
//     v       <- beta * v + g                          (the course's heavy-ball velocity)
//     theta   <- theta - alpha * v
//
// Everything but the first line is Exercise 3. The look-ahead point is only where the gradient
// is taken: the path you return is theta itself, {theta_0, ..., theta_steps}.
// The book's setting: the valley 0.25 x^2 + 4 y^2 from (3.5, 1.1), or Problem 4's
// x^2 + 4 y^2 from (4, 1), with alpha = 0.05 and beta = 0.9. Run momentum on the same inputs
// and compare: Nesterov's overshoots are smaller.
//
// Hint: the look-ahead moves against the velocity, just as the step does (theta - ..., not +).
// On the first step v = 0, so the look-ahead point is theta itself.
#include "nesterov.hpp"

namespace exercises {

gdlab::Path nesterov(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, double beta,
                     int steps) {
  // BEGIN SOLUTION
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  gdlab::Vector v = gdlab::Vector::Zero(theta0.size());
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta - lr * beta * v);
    v = beta * v + g;
    theta = theta - lr * v;
    path.push_back(theta);
  }
  return path;
  // END SOLUTION
}

}  // namespace exercises
