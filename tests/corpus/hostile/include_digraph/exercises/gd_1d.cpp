// A hostile submission: hides an include from a scan by spelling # as the digraph %:.
// Why: a scan that looks for a hash misses it, but the preprocessor sees an include of the reference
// solution (found relative to the exercises folder).
%:include "../problems/gd_1d/gd_1d.cpp"
