# Writes the help2man include file for prextract(1): the static sections of man/prextract.h2m
# plus an EXAMPLES section cut from the binary's own --help, kept verbatim (one command per
# line) instead of being filled into a paragraph as help2man would.
# usage: cmake -DPREXTRACT=<binary> -DSTATIC_H2M=<file> -DOUTPUT=<file> -P man_include.cmake
execute_process(COMMAND "${PREXTRACT}" --help OUTPUT_VARIABLE help RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
  message(FATAL_ERROR "${PREXTRACT} --help failed (${rc})")
endif()
string(FIND "${help}" "\nExamples:\n" at)
if(at EQUAL -1)
  message(FATAL_ERROR "${PREXTRACT} --help has no 'Examples:' block")
endif()
math(EXPR at "${at} + 11")
string(SUBSTRING "${help}" ${at} -1 examples)
string(STRIP "${examples}" examples)
# roff escapes: backslashes first, then dashes (so they stay ASCII), then control characters
# at a line start.
string(REPLACE "\\" "\\e" examples "${examples}")
string(REPLACE "-" "\\-" examples "${examples}")
string(REGEX REPLACE "\n[ ]+" "\n" examples "${examples}")
string(REGEX REPLACE "(^|\n)([.'])" "\\1\\\\&\\2" examples "${examples}")
file(READ "${STATIC_H2M}" static_sections)
file(WRITE "${OUTPUT}" "${static_sections}\n[=EXAMPLES]\n.nf\n${examples}\n.fi\n")
