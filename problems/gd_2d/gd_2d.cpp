// Exercise 2 — Gradient descent in 2D (Chapter 6, Problem 3 and §10)
//
// The same rule as in 1D, with vectors:
//
//     g           = grad L(theta_k)          (a vector: one partial derivative per coordinate)
//     theta_{k+1} = theta_k - alpha * g
//
// f.value(theta) is L(theta) and f.gradient(theta) is its gradient, both gdlab::Vector
// (an Eigen::VectorXd: write theta - lr * g as you would on paper).
// The book's example: L(x, y) = x^2 + 4y^2, grad = (2x, 8y), theta_0 = (4, 1), alpha = 0.1.
//
// gd_2d returns every iterate {theta_0, ..., theta_steps}.
//
// gd_2d_until stops early, exactly like §10's loop: compute g, take the step, keep the new
// theta, and then, if g.norm() < tol, stop. It returns the path, the number of steps taken,
// and whether it stopped because of the tolerance (converged) rather than the budget.
//
// Hint: theta_k is a value you keep in the path; make sure you store a copy of each one.
#include "gd_2d.hpp"

namespace exercises {

gdlab::Path gd_2d(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr, int steps) {
  // BEGIN SOLUTION
  // STUB: gdlab::todo("gd_2d");
  gdlab::Path path{theta0};
  gdlab::Vector theta = theta0;
  for (int step = 0; step < steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * g;
    path.push_back(theta);
  }
  return path;
  // END SOLUTION
}

EarlyStop gd_2d_until(const gdlab::Objective& f, const gdlab::Vector& theta0, double lr,
                      int max_steps, double tol) {
  // BEGIN SOLUTION
  // STUB: gdlab::todo("gd_2d_until");
  EarlyStop result;
  result.path.push_back(theta0);
  gdlab::Vector theta = theta0;
  for (int step = 0; step < max_steps; ++step) {
    const gdlab::Vector g = f.gradient(theta);
    theta = theta - lr * g;
    result.path.push_back(theta);
    result.steps = step + 1;
    if (g.norm() < tol) {
      result.converged = true;
      break;
    }
  }
  return result;
  // END SOLUTION
}

}  // namespace exercises
