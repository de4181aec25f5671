# PREXTRACT_SANITIZE: ASan + UBSan over every target (tests included), UB is fatal so a
# test that triggers it fails. PREXTRACT_FUZZ: instrument everything for libFuzzer; the
# fuzz targets themselves add -fsanitize=fuzzer (fuzz/CMakeLists.txt).
# PREXTRACT_SANITIZER_FLAGS: what a program linking the instrumented library must add
# (the install test's consumer project).
set(PREXTRACT_SANITIZER_FLAGS "")
if(PREXTRACT_SANITIZE OR PREXTRACT_FUZZ)
  set(_prextract_san "address,undefined")
  if(PREXTRACT_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
      message(FATAL_ERROR "PREXTRACT_FUZZ needs clang: configure with CXX=clang++ "
                          "(Debian packages clang and libclang-rt-14-dev)")
    endif()
    add_compile_options(-fsanitize=fuzzer-no-link)
  endif()
  add_compile_options(-fsanitize=${_prextract_san} -fno-sanitize-recover=all
                      -fno-omit-frame-pointer -g)
  add_link_options(-fsanitize=${_prextract_san})
  set(PREXTRACT_SANITIZER_FLAGS "-fsanitize=${_prextract_san}")
endif()
