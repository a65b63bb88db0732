// The surfaces of the course, each with its value, gradient and known minima.
#pragma once

#include "gdlab/objective.hpp"

namespace gdlab {

// f(x) = a (x - c)^2 + d. The chapter's Problem 2 is quadratic_1d(1, 3, 5): (x - 3)^2 + 5.
Function1D quadratic_1d(double a, double c, double d);

// L(x, y) = a x^2 + b y^2: the family behind the next four surfaces.
Objective quadratic_2d(double a, double b);
Objective bowl();     // x^2 + y^2        (§3's worked example)
Objective ellipse();  // x^2 + 4 y^2      (Problems 3 and 4)
Objective valley();   // 0.25 x^2 + 4 y^2 (§10 and Figure 6.3)
Objective saddle();   // x^2 - y^2        (no minimum: a saddle at the origin)

// (x^2 + y - 11)^2 + (x + y^2 - 7)^2: four minima, all with value 0.
Objective himmelblau();

// (a - x)^2 + b (y - x^2)^2: one minimum at (a, a^2), at the end of a curved valley.
Objective rosenbrock(double a = 1.0, double b = 100.0);

}  // namespace gdlab
