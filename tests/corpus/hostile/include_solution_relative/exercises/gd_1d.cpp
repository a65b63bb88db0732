// A hostile submission: includes the reference solution by a relative path.
// Why: "../problems/gd_1d/gd_1d.cpp" really resolves from the exercises/ include folder, and
// "../../problems/gd_1d/gd_1d.cpp" from a submission checked out inside the repository.
#if __has_include("../problems/gd_1d/gd_1d.cpp")
#include "../problems/gd_1d/gd_1d.cpp"
#else
#include "../../problems/gd_1d/gd_1d.cpp"
#endif
