# TESTOPS_SANITIZE: every target of this build compiled and linked with
# AddressSanitizer and UndefinedBehaviorSanitizer, stopping at the first
# report (-fno-sanitize-recover). TESTOPS_FUZZ (clang): besides, the code is
# instrumented for libFuzzer's coverage (-fsanitize=fuzzer-no-link) and the
# targets in tests/fuzz are built, linked with -fsanitize=fuzzer. One build
# tree serves both: test binaries link the sanitizers without libFuzzer.
# Qt itself stays as Debian built it (GCC, not instrumented); that links fine.
option(TESTOPS_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)
option(TESTOPS_FUZZ "Build the libFuzzer targets of tests/fuzz (clang; implies TESTOPS_SANITIZE)" OFF)

if(TESTOPS_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
        message(FATAL_ERROR "TESTOPS_FUZZ needs clang (CXX=clang++), not ${CMAKE_CXX_COMPILER_ID}")
    endif()
    set(TESTOPS_SANITIZE ON CACHE BOOL "" FORCE)
endif()

if(TESTOPS_SANITIZE)
    if(MSVC)
        message(FATAL_ERROR "TESTOPS_SANITIZE is for GCC and clang")
    endif()
    add_compile_options(-fsanitize=address,undefined -fno-sanitize-recover=all
        -fno-omit-frame-pointer)
    add_link_options(-fsanitize=address,undefined)
endif()
if(TESTOPS_FUZZ)
    add_compile_options(-fsanitize=fuzzer-no-link)
endif()
