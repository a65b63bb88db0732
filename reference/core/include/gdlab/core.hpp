// Everything student code may use from the reference library. (The optimisers are not here:
// they are the answers, and only the grader links them.)
#pragma once

#include "gdlab/datasets.hpp"
#include "gdlab/gradcheck.hpp"
#include "gdlab/objective.hpp"
#include "gdlab/objectives.hpp"
#include "gdlab/random.hpp"
#include "gdlab/regression.hpp"
#include "gdlab/todo.hpp"
#include "gdlab/trace.hpp"
#include "gdlab/types.hpp"
