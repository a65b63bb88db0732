// A hostile submission: pulls in the reference solution with GCC's #import directive.
// Why: #import includes a file just as the usual directive does, which a scan may not look for.
#import "../solutions/gd_1d.cpp"
