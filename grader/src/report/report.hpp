// Every report format `gdlab check` can write.
#pragma once

#include "report/github.hpp"
#include "report/gradescope.hpp"
#include "report/junit.hpp"
#include "report/text.hpp"
