// A hostile submission: hides an include from a scan with a comment between # and include.
// Why: a scan that looks for the word right after the hash misses it, but the preprocessor sees an
// include of the reference solution (found relative to the exercises folder).
#/* nothing to see */include "../problems/gd_1d/gd_1d.cpp"
