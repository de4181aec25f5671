# Warnings live on an INTERFACE target that is linked privately, so they never leak
# into a consumer's build. PREXTRACT_WERROR (CI) turns them into errors.
add_library(prextract_warnings INTERFACE)
target_compile_options(prextract_warnings INTERFACE -Wall -Wextra -Wpedantic
                       $<$<BOOL:${PREXTRACT_WERROR}>:-Werror>)
# GCC 12's -Wrestrict misfires inside libstdc++'s std::string at -O2 (GCC bug 105329):
# keep it a warning, not an error.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(prextract_warnings INTERFACE -Wno-error=restrict)
endif()
