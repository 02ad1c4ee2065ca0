# One INTERFACE target carries the warning flags; every target links it privately.
add_library(careerplan_warnings INTERFACE)
target_compile_options(careerplan_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wsign-conversion -Wnon-virtual-dtor
  -Wold-style-cast -Woverloaded-virtual -Wnull-dereference -Wimplicit-fallthrough
  $<$<BOOL:${CAREERPLAN_WERROR}>:-Werror>)
