# `cmake --install` layout: the binary, the static library with its public headers, a CMake
# package (find_package(prextract) -> prextract::prextract), a pkg-config file, the man page
# and the bash/zsh completions. cmake/Packaging.cmake turns the same layout into a .deb.
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

option(PREXTRACT_INSTALL "Generate the install rules" ${PROJECT_IS_TOP_LEVEL})
if(NOT PREXTRACT_INSTALL)
  return()
endif()

set(PREXTRACT_CMAKE_DIR "${CMAKE_INSTALL_LIBDIR}/cmake/prextract")
set_target_properties(prextract_lib PROPERTIES EXPORT_NAME prextract)

install(TARGETS prextract RUNTIME DESTINATION "${CMAKE_INSTALL_BINDIR}")
install(TARGETS prextract_lib EXPORT prextractTargets
        ARCHIVE DESTINATION "${CMAKE_INSTALL_LIBDIR}"
        LIBRARY DESTINATION "${CMAKE_INSTALL_LIBDIR}")
install(DIRECTORY "${PROJECT_SOURCE_DIR}/include/prextract"
        DESTINATION "${CMAKE_INSTALL_INCLUDEDIR}" FILES_MATCHING PATTERN "*.h")

install(EXPORT prextractTargets NAMESPACE prextract:: DESTINATION "${PREXTRACT_CMAKE_DIR}")
configure_package_config_file("${PROJECT_SOURCE_DIR}/cmake/prextractConfig.cmake.in"
                              "${PROJECT_BINARY_DIR}/prextractConfig.cmake"
                              INSTALL_DESTINATION "${PREXTRACT_CMAKE_DIR}")
# 0.x: a new minor version may change the API.
write_basic_package_version_file("${PROJECT_BINARY_DIR}/prextractConfigVersion.cmake"
                                 COMPATIBILITY SameMinorVersion)
install(FILES "${PROJECT_BINARY_DIR}/prextractConfig.cmake"
              "${PROJECT_BINARY_DIR}/prextractConfigVersion.cmake"
        DESTINATION "${PREXTRACT_CMAKE_DIR}")

# pkg-config: the prefix is found from the .pc file's own place, so an install moved
# with `cmake --install --prefix` still works. A static library's consumers link its
# dependencies too, so for it they are public, not .private.
file(RELATIVE_PATH PREXTRACT_PC_TO_PREFIX "/${CMAKE_INSTALL_LIBDIR}/pkgconfig" "/")
string(REGEX REPLACE "/$" "" PREXTRACT_PC_TO_PREFIX "${PREXTRACT_PC_TO_PREFIX}")
get_target_property(PREXTRACT_LIB_TYPE prextract_lib TYPE)
if(PREXTRACT_LIB_TYPE STREQUAL "STATIC_LIBRARY")
  set(PREXTRACT_PC_REQUIRES "Requires: re2 libcrypto absl_flat_hash_map absl_flat_hash_set")
  set(PREXTRACT_PC_LIBS "Libs: -L\${libdir} -lprextract -lphonenumber")
else()
  set(PREXTRACT_PC_REQUIRES "Requires.private: re2 libcrypto absl_flat_hash_map absl_flat_hash_set")
  set(PREXTRACT_PC_LIBS "Libs: -L\${libdir} -lprextract\nLibs.private: -lphonenumber")
endif()
configure_file("${PROJECT_SOURCE_DIR}/cmake/prextract.pc.in" "${PROJECT_BINARY_DIR}/prextract.pc" @ONLY)
install(FILES "${PROJECT_BINARY_DIR}/prextract.pc" DESTINATION "${CMAKE_INSTALL_LIBDIR}/pkgconfig")

include("${PROJECT_SOURCE_DIR}/cmake/ManPage.cmake")
install(FILES "${PROJECT_SOURCE_DIR}/completions/prextract.bash"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions" RENAME prextract)
install(FILES "${PROJECT_SOURCE_DIR}/completions/_prextract"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions")

include("${PROJECT_SOURCE_DIR}/cmake/Packaging.cmake")
