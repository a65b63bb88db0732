// A declared problem's header checked against its declaration by the compiler: the generated
// harness holds, for each entry, static_asserts that the header declares exercises::<entry> with
// exactly the parameters and result the spec implies (order, types, references, const: no
// conversion, which C++ would otherwise make silently between int and double). Each failed
// assertion's message is a tag ("gdlab-signature adam parameter 4"); when the harness does not
// compile, the tags in the compiler's output become the instructor's error.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "spec/spec.hpp"

namespace gdlab::declared {

// C++ for the harness, after the header's #include: the checks of every entry of `problem`.
std::string signature_checks(const spec::Problem& problem);

// What the compiler's output says is wrong, one line per entry in words (the spec's signature,
// the header's file:line and what it declares, and each difference); empty when it names none.
// `header_text` and `shown_as` (the header's path as the instructor knows it) say where.
std::vector<std::string> signature_mismatches(const spec::Problem& problem, const std::string& compiler_output,
                                              const std::string& header_text, const std::string& shown_as);

}  // namespace gdlab::declared
