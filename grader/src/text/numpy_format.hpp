// numpy 1.24's str() of float64 arrays and scalars under the default print options
// (precision=8, floatmode='maxprec', suppress=False, sign='-', linewidth=75,
// threshold=1000, edgeitems=3), so gdlab can reprint the course's numpy output
// character for character. The spec is numpy/core/arrayprint.py (FloatingFormat,
// _formatArray) and the scalar str in numpy/core/src/multiarray/scalartypes.c.src.
#pragma once

#include <Eigen/Core>

#include <string>

namespace gdlab::text {

// str(np.array(a)) for a 1-D float64 array, e.g. "[ 1.5 -2.   0.7]". Long arrays wrap
// at 75 columns (continuation lines start with one space); more than 1000 elements
// are summarised as "[a b c ... x y z]".
std::string numpy_str(const Eigen::VectorXd& a);

// str(np.float64(x)): shortest round-trip digits, e.g. "0.1", "3.0", "1e-05", "inf".
std::string numpy_scalar_str(double x);

}  // namespace gdlab::text
