// A hostile submission: includes "gd_1d.cpp", the exercise's own source name.
// Why: it hopes the include path reaches a file of that name (the stub in exercises/, or the
// solution if the include paths were ever wrong).
#include "gd_1d.cpp"
