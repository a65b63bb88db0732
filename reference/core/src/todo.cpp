#include "gdlab/todo.hpp"

namespace gdlab {

NotImplemented::NotImplemented(std::string_view exercise)
    : std::logic_error(std::string(exercise) + " is not implemented yet"), exercise_(exercise) {}

void todo(std::string_view exercise) { throw NotImplemented(exercise); }

}  // namespace gdlab
