// A hostile submission: pulls in the reference solution with #include_next.
// Why: #include_next searches the include path as well, and a scan may not look for it.
#include_next "../problems/gd_1d/gd_1d.cpp"
