# Runs the built careerplan at build time to generate a file from its own command definitions:
#   cmake -DCAREERPLAN=BIN -DWHAT=completion|man -DARG=bash -DOUTPUT=FILE [-DHELP2MAN=… -DINCLUDE=…] -P RunCareerplan.cmake
# The environment is cleaned first, so no personal config file or content pack changes the output,
# and help texts show the config file as ~/.config/careerplan/config.toml, not the builder's home.
unset(ENV{XDG_CONFIG_HOME})
unset(ENV{CAREERPLAN_CONTENT})
unset(ENV{NO_COLOR})
unset(ENV{COLUMNS})
set(ENV{HOME} "~")
set(ENV{LC_ALL} "C.UTF-8")

if(WHAT STREQUAL "completion")
  execute_process(COMMAND ${CAREERPLAN} completion ${ARG} OUTPUT_FILE ${OUTPUT} RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "careerplan completion ${ARG} failed: ${rc}")
  endif()
elseif(WHAT STREQUAL "man")
  # One section per subcommand, from its own --help, so the page lists every command's options.
  execute_process(COMMAND ${CAREERPLAN} --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "careerplan --help failed: ${rc}")
  endif()
  string(REGEX REPLACE ".*\nSubcommands:\n" "" subcommands "${help}")
  string(REGEX REPLACE "\n\n.*" "" subcommands "${subcommands}")
  string(REGEX MATCHALL "(^|\n)  [a-z-]+" names "${subcommands}")
  set(commands "[COMMANDS]\n")
  # The page indents each command's help by 8 columns: wrapped to 72, it fits an 80-column page.
  set(ENV{COLUMNS} 72)
  foreach(name IN LISTS names)
    string(STRIP "${name}" name)
    execute_process(COMMAND ${CAREERPLAN} ${name} --help OUTPUT_VARIABLE sub_help)
    string(REPLACE "\\" "\\e" sub_help "${sub_help}")
    string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" sub_help "${sub_help}")
    string(APPEND commands ".SS \"careerplan ${name}\"\n.nf\n${sub_help}\n.fi\n")
  endforeach()
  get_filename_component(dir ${OUTPUT} DIRECTORY)
  file(WRITE ${dir}/commands.h2m "${commands}")
  execute_process(
    COMMAND ${HELP2MAN} --no-info --no-discard-stderr --section=1
            --name=${NAME} --include=${INCLUDE} --include=${dir}/commands.h2m --output=${OUTPUT} ${CAREERPLAN}
    RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "help2man failed: ${rc}")
  endif()
else()
  message(FATAL_ERROR "RunCareerplan.cmake: unknown WHAT '${WHAT}'")
endif()
