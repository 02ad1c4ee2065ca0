# One INTERFACE target carries the warning flags; every target links it privately.
add_library(careerplan_warnings INTERFACE)
target_compile_options(careerplan_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  $<$<BOOL:${CAREERPLAN_WERROR}>:-Werror>)
# GCC 12 at -O2 and above reports -Wrestrict inside libstdc++ for `"literal" + std::string`
# (GCC bug 105329): shown, never fatal, so a false positive cannot fail a build.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(careerplan_warnings INTERFACE -Wno-error=restrict)
endif()
