// The vocabulary every part of gdlab shares: parameter vectors, data matrices, paths.
#pragma once

#include <Eigen/Dense>
#include <vector>

namespace gdlab {

using Vector = Eigen::VectorXd;  // a parameter vector theta (or a gradient)
using Matrix = Eigen::MatrixXd;  // a data matrix X: one row per example
using Index = Eigen::Index;
using Path = std::vector<Vector>;  // theta_0, theta_1, ..., theta_T: every iterate from the start

}  // namespace gdlab
