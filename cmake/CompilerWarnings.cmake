# testops_set_warnings(<target>): the project's warning set, as errors when
# TESTOPS_WERROR is on (the test command turns it on).
function(testops_set_warnings target)
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
        if(TESTOPS_WERROR)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    else()
        target_compile_options(${target} PRIVATE
            -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wcast-align
            -Woverloaded-virtual -Wimplicit-fallthrough)
        if(CMAKE_CXX_COMPILER_ID MATCHES "Clang")
            # Qt 6.4's QTEST_APPLESS_MAIN passes no argument to a variadic macro.
            target_compile_options(${target} PRIVATE -Wno-gnu-zero-variadic-macro-arguments)
        endif()
        if(TESTOPS_WERROR)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    endif()
endfunction()
