# gdlab_exercise_library(TARGET DIR): every .cpp in DIR as one library, compiled the way a
# submission is: against gdlab::core only (the optimisers' headers are not on the path).
function(gdlab_exercise_library target dir)
  file(GLOB sources CONFIGURE_DEPENDS ${dir}/*.cpp)
  if(NOT sources)
    message(STATUS "gdlab: no .cpp files in ${dir} (run ./gdlab assign to make the exercises)")
    return()
  endif()
  add_library(${target} STATIC ${sources})
  target_include_directories(${target} PUBLIC ${dir})
  target_link_libraries(${target} PUBLIC gdlab::core)
  # Stubs leave their parameters unused until the student fills them in.
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wno-unused-parameter -ffp-contract=off)
endfunction()
