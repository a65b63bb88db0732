// The reference optimisers. Linked by the grader only: student code that calls them does not link.
#pragma once

#include "gdlab/optim/adaptive.hpp"
#include "gdlab/optim/gradient_descent.hpp"
#include "gdlab/optim/minimize.hpp"
#include "gdlab/optim/momentum.hpp"
#include "gdlab/optim/nesterov.hpp"
#include "gdlab/optim/schedule.hpp"
