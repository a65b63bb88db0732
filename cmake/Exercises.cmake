# gdlab_exercise_library(TARGET DIR...): every .cpp directly in each DIR as one library, compiled
# the way a submission is: against gdlab::core only (the optimisers' headers are not on the path).
# Each DIR is an include directory, so a source finds its header beside it.
function(gdlab_exercise_library target)
  set(sources)
  foreach(dir IN LISTS ARGN)
    file(GLOB dir_sources CONFIGURE_DEPENDS ${dir}/*.cpp)
    list(APPEND sources ${dir_sources})
  endforeach()
  if(NOT sources)
    return()  # no target: the caller says why
  endif()
  add_library(${target} STATIC ${sources})
  target_include_directories(${target} PUBLIC ${ARGN})
  target_link_libraries(${target} PUBLIC gdlab::core)
  # Stubs leave their parameters unused until the student fills them in.
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter -ffp-contract=off)
endfunction()

# gdlab_problem_folders(VAR ROOT): the folders of ROOT/problems/ (each problems/<id>/, holding
# the problem's header and solution directly and its mistake files in mistakes/), sorted.
function(gdlab_problem_folders var root)
  file(GLOB entries CONFIGURE_DEPENDS LIST_DIRECTORIES true ${root}/problems/*)
  set(folders)
  foreach(entry IN LISTS entries)
    if(IS_DIRECTORY ${entry})
      list(APPEND folders ${entry})
    endif()
  endforeach()
  list(SORT folders)
  set(${var} ${folders} PARENT_SCOPE)
endfunction()
