# Profile-guided optimisation of the release build (GCC). The library and the command are
# also built instrumented, in a nested build (<build>/pgo/instrumented), and run over the
# releases the project ships (data/examples and the golden tests' inputs); the real build
# then compiles each source with the branch and call counts that run recorded, and GCC lays
# out the hot paths of every stage from them: a batch takes about 6 % less CPU time.
#
# An edit rebuilds the edited source twice (instrumented and for real), records the counts
# again (a few seconds) and recompiles the sources whose counts changed: each object has a
# stamp (<build>/pgo/stamps) that the recording touches only when its counts differ, so
# that no object is ever compiled against counts of other code. The recording runs without
# address randomisation (cmake/pgo_record.cmake), so the counts of untouched code repeat, and
# compares an object's counts without the program-wide largest count GCC writes into each.
# PGO changes how the code is laid out, never what it computes.
#
# PREXTRACT_PGO: default ON for GCC release builds, OFF for sanitizer and fuzz builds.
# PREXTRACT_PGO_GENERATE: set only for the nested build, the directory its counts go to.
# PREXTRACT_PGO_TRAINING: a folder of further releases (*.txt, also one level down) to train
# on, such as an annotated corpus beside the checkout: six shipped releases lay out the
# paths of a few publishers only, and a few dozen more of other publishers take some 3 %
# less CPU time again. The Makefile passes ../shared/corpus/dev when it is there; empty or
# absent, the shipped releases alone train.
include_guard(GLOBAL)

set(_prextract_pgo_default OFF)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_BUILD_TYPE STREQUAL "Release"
   AND NOT PREXTRACT_SANITIZE AND NOT PREXTRACT_FUZZ AND NOT PREXTRACT_PGO_GENERATE)
  set(_prextract_pgo_default ON)
endif()
option(PREXTRACT_PGO "Profile-guided optimisation of the release build (GCC)" ${_prextract_pgo_default})
set(PREXTRACT_PGO_GENERATE "" CACHE PATH "Internal: the nested build that records the profile")
set(PREXTRACT_PGO_TRAINING "" CACHE PATH "A folder of further training releases (*.txt) for PGO")

set(_prextract_pgo_root "${PROJECT_BINARY_DIR}/pgo")
set(_prextract_pgo_build "${_prextract_pgo_root}/instrumented")
set(PREXTRACT_PGO_DIR "${_prextract_pgo_root}/profile")
set(_prextract_pgo_objects "${_prextract_pgo_root}/objects.txt")

# The path below the build tree of the counts of `source` in `target` (-fprofile-prefix-path):
# GCC names the file so, with "#" for "/".
function(_prextract_pgo_counts_name target source out)
  get_target_property(_dir ${target} BINARY_DIR)
  file(RELATIVE_PATH _dir "${PROJECT_BINARY_DIR}" "${_dir}")
  file(RELATIVE_PATH _rel "${PROJECT_SOURCE_DIR}" "${source}")
  set(_object "CMakeFiles/${target}.dir/${_rel}.gcda")
  if(_dir)
    set(_object "${_dir}/${_object}")
  endif()
  set(${out} "${_object}" PARENT_SCOPE)
endfunction()

# Sources the build generates (the embedded lexicons) stay out of the profile: GCC checks a
# function's counts against its file's path, which differs between the two builds, and
# their functions only hand out tables.
function(_prextract_pgo_skip_generated target option)
  get_target_property(_sources ${target} SOURCES)
  foreach(_source IN LISTS _sources)
    cmake_path(ABSOLUTE_PATH _source BASE_DIRECTORY "${PROJECT_SOURCE_DIR}" NORMALIZE)
    cmake_path(IS_PREFIX PROJECT_BINARY_DIR "${_source}" NORMALIZE _generated)
    if(_generated)
      set_property(SOURCE "${_source}" TARGET_DIRECTORY ${target} APPEND PROPERTY COMPILE_OPTIONS ${option})
    endif()
  endforeach()
endfunction()

# Compiles `target` instrumented (nested build) or with the recorded counts.
function(prextract_pgo_options target)
  if(PREXTRACT_PGO_GENERATE)
    target_compile_options(${target} PRIVATE -fprofile-generate=${PREXTRACT_PGO_GENERATE}
                           -fprofile-prefix-path=${PROJECT_BINARY_DIR} -fprofile-update=prefer-atomic)
    target_link_options(${target} PRIVATE -fprofile-generate=${PREXTRACT_PGO_GENERATE})
    _prextract_pgo_skip_generated(${target} -fno-profile-generate)
    return()
  endif()
  if(NOT PREXTRACT_PGO)
    return()
  endif()
  _prextract_pgo_skip_generated(${target} -fno-profile-use)
  # -fprofile-partial-training: code the training never reached is still optimised for
  # speed, not for size.
  target_compile_options(${target} PRIVATE -fprofile-use=${PREXTRACT_PGO_DIR}
                         -fprofile-prefix-path=${PROJECT_BINARY_DIR} -fprofile-partial-training
                         -Wno-missing-profile)
  add_dependencies(${target} prextract_pgo_profile)
  get_target_property(_sources ${target} SOURCES)
  foreach(_source IN LISTS _sources)
    cmake_path(ABSOLUTE_PATH _source BASE_DIRECTORY "${PROJECT_SOURCE_DIR}" NORMALIZE)
    cmake_path(IS_PREFIX PROJECT_BINARY_DIR "${_source}" NORMALIZE _generated)
    if(_generated OR NOT _source MATCHES "\\.cc$")
      continue()
    endif()
    _prextract_pgo_counts_name(${target} "${_source}" _path)
    # A stamp's path is the object's own: make and CMake refuse "#" in a file they track.
    set(_stamp "${_prextract_pgo_root}/stamps/${_path}.stamp")
    string(REPLACE "/" "#" _counts "${_path}")
    set_property(SOURCE "${_source}" TARGET_DIRECTORY ${target} APPEND PROPERTY OBJECT_DEPENDS "${_stamp}")
    set_property(GLOBAL APPEND PROPERTY PREXTRACT_PGO_OBJECTS "${_counts}|${_stamp}")
    set_property(GLOBAL APPEND PROPERTY PREXTRACT_PGO_STAMPS "${_stamp}")
  endforeach()
endfunction()

# The nested instrumented build and the recording; call after prextract_pgo_options.
function(prextract_pgo_recording)
  if(NOT PREXTRACT_PGO OR PREXTRACT_PGO_GENERATE)
    return()
  endif()
  include(ExternalProject)
  # Under make, $(MAKE) lets the nested build share the outer build's jobs.
  set(_build "${CMAKE_COMMAND}" --build "${_prextract_pgo_build}" --target prextract)
  if(CMAKE_GENERATOR MATCHES "Makefiles")
    set(_build "$(MAKE)" prextract)
  endif()
  ExternalProject_Add(prextract_pgo_instrumented
    SOURCE_DIR "${PROJECT_SOURCE_DIR}"
    BINARY_DIR "${_prextract_pgo_build}"
    PREFIX "${_prextract_pgo_root}"
    CMAKE_ARGS -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
               "-DCMAKE_CXX_FLAGS=${CMAKE_CXX_FLAGS}"
               -DPREXTRACT_PGO=OFF -DPREXTRACT_PGO_GENERATE=${_prextract_pgo_root}/recording
               -DPREXTRACT_BUILD_TESTS=OFF -DPREXTRACT_BUILD_BENCH=OFF
               -DPREXTRACT_PORTABLE_SCAN=${PREXTRACT_PORTABLE_SCAN}
    BUILD_COMMAND ${_build}
    BUILD_ALWAYS TRUE
    BUILD_BYPRODUCTS "${_prextract_pgo_build}/prextract"
    INSTALL_COMMAND ""
    EXCLUDE_FROM_ALL TRUE)

  file(GLOB _training CONFIGURE_DEPENDS "${PROJECT_SOURCE_DIR}/data/examples/*.txt"
       "${PROJECT_SOURCE_DIR}/tests/golden/*/input.txt")
  if(PREXTRACT_PGO_TRAINING AND IS_DIRECTORY "${PREXTRACT_PGO_TRAINING}")
    file(GLOB _more CONFIGURE_DEPENDS "${PREXTRACT_PGO_TRAINING}/*.txt" "${PREXTRACT_PGO_TRAINING}/*/*.txt")
    list(SORT _more)
    list(APPEND _training ${_more})
  endif()
  # A command's argument cannot hold a CMake list: the releases go joined by "|".
  string(JOIN "|" _inputs ${_training})
  get_property(_stamps GLOBAL PROPERTY PREXTRACT_PGO_STAMPS)
  # Each object's counts file and stamp, one pair a line; written only when it changes, so
  # that configuring again records nothing anew.
  get_property(_objects GLOBAL PROPERTY PREXTRACT_PGO_OBJECTS)
  string(JOIN "\n" _objects ${_objects})
  file(CONFIGURE OUTPUT "${_prextract_pgo_objects}" CONTENT "${_objects}\n" @ONLY)
  set(_recorded "${_prextract_pgo_root}/recorded.stamp")
  add_custom_command(
    OUTPUT "${_recorded}"
    BYPRODUCTS ${_stamps}
    COMMAND "${CMAKE_COMMAND}" -DPROGRAM=${_prextract_pgo_build}/prextract
            -DRECORDING=${_prextract_pgo_root}/recording -DPROFILE=${PREXTRACT_PGO_DIR}
            -DOBJECTS=${_prextract_pgo_objects} -DINPUTS=${_inputs} -DSTAMP=${_recorded}
            -P "${PROJECT_SOURCE_DIR}/cmake/pgo_record.cmake"
    DEPENDS prextract_pgo_instrumented "${_prextract_pgo_build}/prextract" ${_training}
            "${_prextract_pgo_objects}" "${PROJECT_SOURCE_DIR}/cmake/pgo_record.cmake"
    COMMENT "Recording the counts for profile-guided optimisation"
    VERBATIM)
  add_custom_target(prextract_pgo_profile DEPENDS "${_recorded}")
endfunction()
