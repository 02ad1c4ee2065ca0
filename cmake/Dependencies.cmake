# The libraries careerplan is built from, all Debian packages (scripts/setup.sh installs them).
# fmt is used header-only everywhere, so the same objects link into a static or a dynamic program.
# careerplan_yaml(TARGET STATIC): link TARGET with yaml-cpp, the static archive when STATIC is true.
find_package(CLI11 CONFIG REQUIRED)
find_package(yaml-cpp CONFIG REQUIRED)
find_package(fmt CONFIG REQUIRED)
find_package(nlohmann_json CONFIG REQUIRED)

# The differential test of the simple YAML reader (tests/unit/load/yaml_simple_test.cpp) mirrors
# yaml-cpp 0.7's behaviour on limits and errors; an upgrade must be checked against it first.
set(CAREERPLAN_YAML_CPP_TESTED 0.7.0)
if(NOT yaml-cpp_VERSION VERSION_EQUAL CAREERPLAN_YAML_CPP_TESTED)
  message(FATAL_ERROR "yaml-cpp ${yaml-cpp_VERSION} found; the simple YAML reader's differential "
                      "test was written against ${CAREERPLAN_YAML_CPP_TESTED}. Run the yaml_simple "
                      "tests and fuzz target against the new version, then update this pin.")
endif()

find_library(CAREERPLAN_YAML_CPP_ARCHIVE NAMES libyaml-cpp.a)
function(careerplan_yaml target static)
  if(static)
    if(NOT CAREERPLAN_YAML_CPP_ARCHIVE)
      message(FATAL_ERROR "CAREERPLAN_STATIC needs libyaml-cpp.a (Debian's libyaml-cpp-dev ships it)")
    endif()
    target_link_libraries(${target} PRIVATE ${CAREERPLAN_YAML_CPP_ARCHIVE})
  else()
    target_link_libraries(${target} PRIVATE yaml-cpp)
  endif()
endfunction()
