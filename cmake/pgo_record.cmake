# Records the counts of profile-guided optimisation (cmake/Pgo.cmake): runs the instrumented
# prextract over the training releases, then moves each object's counts into the profile
# and touches its stamp when they differ from those it holds, so that only the objects
# whose counts changed are compiled again.
#   -DPROGRAM=  instrumented prextract      -DRECORDING= where it writes its counts
#   -DPROFILE=  counts the build reads       -DOBJECTS=  file of "counts-name|stamp" lines
#   -DINPUTS=   training releases, "|"-joined -DSTAMP=   touched when done
# GCC adds a run's counts to those in RECORDING, which is emptied first.
file(REMOVE_RECURSE "${RECORDING}")
string(REPLACE "|" ";" INPUTS "${INPUTS}")
if(NOT INPUTS)
  message(FATAL_ERROR "pgo_record: no training releases")
endif()

# Without address randomisation where setarch can turn it off: hash tables seeded from an
# address then probe alike in every recording, and the counts of code an edit did not touch
# stay the same, so its objects are not compiled again.
find_program(SETARCH setarch)
set(launcher "")
if(SETARCH)
  execute_process(COMMAND uname -m OUTPUT_VARIABLE machine OUTPUT_STRIP_TRAILING_WHITESPACE)
  execute_process(COMMAND "${SETARCH}" "${machine}" -R true RESULT_VARIABLE no_aslr OUTPUT_QUIET ERROR_QUIET)
  if(no_aslr EQUAL 0)
    set(launcher "${SETARCH}" "${machine}" -R)
  endif()
endif()

function(run)
  execute_process(COMMAND ${launcher} "${PROGRAM}" --no-progress -j 1 ${ARGN} OUTPUT_QUIET RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "pgo_record: ${PROGRAM} ${ARGN} failed: ${status}")
  endif()
endfunction()

# One release at a time and then the batch as JSON Lines: the profile holds the paths of a
# single release and of a folder.
foreach(input IN LISTS INPUTS)
  run("${input}")
endforeach()
run(--jsonl ${INPUTS})

# The counts of a counts file, as hex, without the program's largest count: GCC writes that
# into every object's file (after the header of magic, version, stamp and checksum comes the
# summary record: tag 0xa1000000, its length, the runs and that largest count), so that a
# change anywhere would seem to change every object. An object compiled against an older
# largest count only weighs its own hot paths a little differently.
function(counts_of file out)
  file(READ "${file}" hex HEX)
  string(SUBSTRING "${hex}" 32 8 tag)
  if(tag STREQUAL "000000a1")
    string(SUBSTRING "${hex}" 0 56 head)
    string(SUBSTRING "${hex}" 64 -1 rest)
    set(hex "${head}${rest}")
  endif()
  set(${out} "${hex}" PARENT_SCOPE)
endfunction()

file(MAKE_DIRECTORY "${PROFILE}")
file(STRINGS "${OBJECTS}" pairs)
foreach(pair IN LISTS pairs)
  string(REPLACE "|" ";" pair "${pair}")
  list(GET pair 0 counts)
  list(GET pair 1 stamp)
  get_filename_component(stamp_dir "${stamp}" DIRECTORY)
  file(MAKE_DIRECTORY "${stamp_dir}")
  set(fresh "${RECORDING}/${counts}")
  set(kept "${PROFILE}/${counts}")
  if(EXISTS "${fresh}")
    counts_of("${fresh}" fresh_counts)
    set(kept_counts "")
    if(EXISTS "${kept}")
      counts_of("${kept}" kept_counts)
    endif()
    if(NOT fresh_counts STREQUAL kept_counts OR NOT EXISTS "${stamp}")
      file(COPY_FILE "${fresh}" "${kept}")
      file(TOUCH "${stamp}")
    endif()
  elseif(EXISTS "${kept}" OR NOT EXISTS "${stamp}")
    # An object the command does not link: compiled without counts.
    file(REMOVE "${kept}")
    file(TOUCH "${stamp}")
  endif()
endforeach()
file(TOUCH "${STAMP}")
