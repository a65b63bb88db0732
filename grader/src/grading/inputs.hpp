// A test's inputs, read by name: the reference and the named mistakes read them alike.
// Each throws std::invalid_argument when the input is missing or of the wrong kind.
#pragma once

#include <map>
#include <string>

#include "catalog/objectives.hpp"
#include "gdlab/datasets.hpp"
#include "spec/spec.hpp"

namespace gdlab::grading {

using Inputs = std::map<std::string, spec::Value>;

const spec::Value& input(const Inputs& in, const std::string& key);
double num(const Inputs& in, const std::string& key);
int whole(const Inputs& in, const std::string& key);
std::string text(const Inputs& in, const std::string& key);
Vector vec(const Inputs& in, const std::string& key);
catalog::NamedObjective named(const Inputs& in);  // from "objective"
Dataset data(const Inputs& in);                   // from "data"

}  // namespace gdlab::grading
