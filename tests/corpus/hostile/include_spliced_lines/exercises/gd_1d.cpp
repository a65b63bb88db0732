// A hostile submission: hides an include from a scan by splitting it with backslash-newlines.
// Why: no single line holds the directive or the parent-folder dots, but after line splicing the
// preprocessor sees an include of the reference solution (found relative to the exercises folder).
#inc\
lude ".\
./problems/gd_1d/gd_1d.cpp"
