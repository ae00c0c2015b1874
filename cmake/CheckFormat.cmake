# Fails when any C++ source of the project differs from the committed .clang-format.
# Usage: cmake -DCLANG_FORMAT=<exe> -DSOURCE_DIR=<dir> -P CheckFormat.cmake
file(GLOB_RECURSE sources
    ${SOURCE_DIR}/domain/*.cpp ${SOURCE_DIR}/domain/*.h
    ${SOURCE_DIR}/server/*.cpp ${SOURCE_DIR}/server/*.h
    ${SOURCE_DIR}/client/*.cpp ${SOURCE_DIR}/client/*.h
    ${SOURCE_DIR}/models/*.cpp ${SOURCE_DIR}/models/*.h
    ${SOURCE_DIR}/session/*.cpp ${SOURCE_DIR}/session/*.h
    ${SOURCE_DIR}/ui/*.cpp ${SOURCE_DIR}/ui/*.h
    ${SOURCE_DIR}/app/*.cpp ${SOURCE_DIR}/app/*.h
    ${SOURCE_DIR}/bench/*.cpp ${SOURCE_DIR}/bench/*.h
    ${SOURCE_DIR}/tests/*.cpp ${SOURCE_DIR}/tests/*.h)
execute_process(COMMAND ${CLANG_FORMAT} --dry-run --Werror ${sources}
    RESULT_VARIABLE result ERROR_VARIABLE errors)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "Sources differ from .clang-format (run scripts/format.sh):\n${errors}")
endif()
message(STATUS "${CMAKE_ARGV0}: all sources match .clang-format")
