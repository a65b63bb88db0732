// Numbers in the words of first_difference.hpp: ratios, comparisons, short vectors.
#pragma once

#include <string>

#include "gdlab/types.hpp"

namespace gdlab::grading {

// A ratio as a reader wants it: "2.0", "0.25", "1.042" (digits enough to tell it from 1), "200".
std::string ratio_text(double r);

namespace difference {

// The same as tightly as the spec's checks ask of a right answer (1e-9 + 1e-9 |x|); vectors of
// other sizes are not the same.
bool same(double a, double b);
bool same(const Vector& a, const Vector& b);

std::string small(double x);        // two digits: "0.6", "3.4e+03"
std::string show(const Vector& v);  // "2.5" or "(4, 1)", its first few entries when long

// How a number compares with the expected one, after its name: "is 2.0 times the expected value",
// "is half the expected value", "is the same size as the expected value, with the opposite sign",
// "is off by 3.1e-08 (a relative 1e-09)". `expected` names what it is compared with.
std::string compared(double got, double want, const std::string& expected);

}  // namespace difference
}  // namespace gdlab::grading
