# Warnings live on an INTERFACE target that is linked privately, so they never leak
# into a consumer's build. PREXTRACT_WERROR (CI) turns them into errors.
add_library(prextract_warnings INTERFACE)
target_compile_options(prextract_warnings INTERFACE -Wall -Wextra -Wpedantic
                       $<$<BOOL:${PREXTRACT_WERROR}>:-Werror>)
