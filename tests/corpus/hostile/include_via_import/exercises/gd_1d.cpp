// A hostile submission: pulls in the reference solution with GCC's #import directive.
// Why: #import includes a file just as the usual directive does, which a scan may not look for.
#import "../problems/gd_1d/gd_1d.cpp"
