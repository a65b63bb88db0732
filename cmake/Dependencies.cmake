# Every dependency is a Debian package. A missing one stops configuration with
# the apt-get line that fixes it (./gdlab installs them for you on first use).

function(gdlab_require package debian_package)
  find_package(${package} ${ARGN} QUIET)
  if(NOT ${package}_FOUND)
    message(FATAL_ERROR
      "gdlab needs ${package}, which Debian ships as '${debian_package}'.\n"
      "Install it with:  apt-get install ${debian_package}\n"
      "(or run ./gdlab, which installs what is missing).")
  endif()
endfunction()

gdlab_require(Eigen3 libeigen3-dev 3.4 NO_MODULE)
gdlab_require(yaml-cpp libyaml-cpp-dev)
gdlab_require(fmt libfmt-dev)
gdlab_require(CLI11 libcli11-dev)
gdlab_require(nlohmann_json nlohmann-json3-dev)
gdlab_require(LibArchive libarchive-dev)  # gdlab grade reads students' .zip and .tar.gz
find_package(Threads REQUIRED)

if(GDLAB_BUILD_TESTS AND EXISTS ${PROJECT_SOURCE_DIR}/tests)
  gdlab_require(GTest "libgtest-dev libgmock-dev")
endif()
if(GDLAB_BUILD_BENCH AND EXISTS ${PROJECT_SOURCE_DIR}/bench)
  gdlab_require(benchmark libbenchmark-dev)
endif()

# libseccomp builds the sandbox's system-call filter (found through pkg-config).
find_package(PkgConfig QUIET)
if(PkgConfig_FOUND)
  pkg_check_modules(SECCOMP QUIET IMPORTED_TARGET libseccomp)
endif()
if(NOT SECCOMP_FOUND)
  message(FATAL_ERROR
    "gdlab needs libseccomp, which Debian ships as 'libseccomp-dev' (found with pkg-config).\n"
    "Install it with:  apt-get install libseccomp-dev pkg-config\n"
    "(or run ./gdlab, which installs what is missing).")
endif()

# cpp-httplib serves `gdlab lab --serve` (Debian's 0.11 is a header and a compiled library;
# its pkg-config flags say which features that library was built with).
if(PkgConfig_FOUND)
  pkg_check_modules(HTTPLIB QUIET IMPORTED_TARGET cpp-httplib)
endif()
if(NOT HTTPLIB_FOUND)
  message(FATAL_ERROR
    "gdlab needs cpp-httplib, which Debian ships as 'libcpp-httplib-dev' (found with pkg-config).\n"
    "Install it with:  apt-get install libcpp-httplib-dev pkg-config\n"
    "(or run ./gdlab, which installs what is missing).")
endif()
