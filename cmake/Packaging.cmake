# What `cmake --install` and CPack ship besides the binary: a man page and shell completions
# generated at build time by running the built careerplan (so they always match its commands),
# the sample profiles and the JSON Schemas. docs/usage.md describes the installed layout.
include(GNUInstallDirs)

set(CAREERPLAN_GENERATED ${PROJECT_BINARY_DIR}/generated)
set(CAREERPLAN_SHIPPED)
foreach(shell_file IN ITEMS "bash;careerplan.bash" "zsh;_careerplan" "fish;careerplan.fish")
  list(GET shell_file 0 shell)
  list(GET shell_file 1 file)
  add_custom_command(
    OUTPUT ${CAREERPLAN_GENERATED}/${file}
    COMMAND ${CMAKE_COMMAND} -DCAREERPLAN=$<TARGET_FILE:careerplan> -DWHAT=completion -DARG=${shell}
            -DOUTPUT=${CAREERPLAN_GENERATED}/${file} -P ${PROJECT_SOURCE_DIR}/cmake/RunCareerplan.cmake
    DEPENDS careerplan ${PROJECT_SOURCE_DIR}/cmake/RunCareerplan.cmake
    COMMENT "Generating the ${shell} completion")
  list(APPEND CAREERPLAN_SHIPPED ${CAREERPLAN_GENERATED}/${file})
endforeach()
install(FILES ${CAREERPLAN_GENERATED}/careerplan.bash RENAME careerplan
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)
# zsh looks in PREFIX/share/zsh/site-functions for /usr/local and other prefixes it was built
# with, but Debian's zsh reads /usr/share/zsh/vendor-completions for packages (the .deb, whose
# staging prefix ends in /usr). Decided when installing, since CPack installs with its own prefix.
install(CODE "
  if(CMAKE_INSTALL_PREFIX MATCHES \"(^|/)usr$\")
    set(careerplan_zsh_dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions\")
  else()
    set(careerplan_zsh_dir \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/zsh/site-functions\")
  endif()
  file(INSTALL DESTINATION \"\$ENV{DESTDIR}\${careerplan_zsh_dir}\" TYPE FILE FILES \"${CAREERPLAN_GENERATED}/_careerplan\")
")
install(FILES ${CAREERPLAN_GENERATED}/careerplan.fish DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)

find_program(HELP2MAN_EXECUTABLE help2man)
if(HELP2MAN_EXECUTABLE)
  # The page names the installed files where this build installs them, not a fixed /usr/share.
  set(CAREERPLAN_DATADIR ${CMAKE_INSTALL_FULL_DATADIR})
  configure_file(${PROJECT_SOURCE_DIR}/docs/careerplan.h2m ${CAREERPLAN_GENERATED}/careerplan.h2m @ONLY)
  add_custom_command(
    OUTPUT ${CAREERPLAN_GENERATED}/careerplan.1
    COMMAND ${CMAKE_COMMAND} -DCAREERPLAN=$<TARGET_FILE:careerplan> -DWHAT=man -DHELP2MAN=${HELP2MAN_EXECUTABLE}
            "-DNAME=a command-line career planner" -DINCLUDE=${CAREERPLAN_GENERATED}/careerplan.h2m
            -DOUTPUT=${CAREERPLAN_GENERATED}/careerplan.1 -P ${PROJECT_SOURCE_DIR}/cmake/RunCareerplan.cmake
    DEPENDS careerplan ${CAREERPLAN_GENERATED}/careerplan.h2m ${PROJECT_SOURCE_DIR}/cmake/RunCareerplan.cmake
    COMMENT "Generating the man page with help2man")
  list(APPEND CAREERPLAN_SHIPPED ${CAREERPLAN_GENERATED}/careerplan.1)
  install(FILES ${CAREERPLAN_GENERATED}/careerplan.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
else()
  message(WARNING "help2man not found: no man page (scripts/setup.sh installs it)")
endif()
add_custom_target(careerplan_shipped ALL DEPENDS ${CAREERPLAN_SHIPPED})

install(DIRECTORY ${PROJECT_SOURCE_DIR}/profiles/ DESTINATION ${CMAKE_INSTALL_DATADIR}/careerplan/profiles
        FILES_MATCHING PATTERN "*.yaml")
install(DIRECTORY ${PROJECT_SOURCE_DIR}/schema/ DESTINATION ${CMAKE_INSTALL_DATADIR}/careerplan/schema
        FILES_MATCHING PATTERN "*.schema.json")

# A .deb whose dependencies dpkg-shlibdeps computes from the binary: cpack -G DEB in the build dir.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME careerplan)
set(CPACK_PACKAGE_VENDOR "careerplan")
set(CPACK_PACKAGE_CONTACT "careerplan maintainers <maintainers@careerplan.example>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_STRIP_FILES ON)
include(CPack)
