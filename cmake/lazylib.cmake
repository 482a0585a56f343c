# Libraries opened at their first use (engine/core/lazylib.h) are named by
# their SONAME, read here from the very library pkg-config found, so the
# program asks for what it was built against (libzip.so.4 today, .5 on a
# newer system), never a name written by hand. The Debian package that
# holds the library goes into the .deb's Depends (dpkg-shlibdeps cannot see
# a library the program does not link).
#
# bts_lazy_library(PKG LIB DEFINE): PKG the pkg_check_modules prefix, LIB
# the library's name ("zip"), DEFINE the C macro that gets the SONAME.
# Sets BTS_LAZY_<PKG> to ON when found; adds to BTS_LAZY_DEBS.
function(bts_lazy_library pkg lib define)
  set(BTS_LAZY_${pkg} OFF PARENT_SCOPE)
  set(file "")
  foreach(l IN LISTS ${pkg}_LINK_LIBRARIES)
    get_filename_component(name "${l}" NAME)
    if(name MATCHES "^lib${lib}\\.so")
      set(file "${l}")
    endif()
  endforeach()
  if(NOT file)
    return()
  endif()
  execute_process(COMMAND objdump -p "${file}" OUTPUT_VARIABLE dump ERROR_QUIET RESULT_VARIABLE rc)
  string(REGEX MATCH "SONAME +([^ \n]+)" found "${dump}")
  if(NOT rc EQUAL 0 OR NOT CMAKE_MATCH_1)
    message(STATUS "${lib}: no SONAME read from ${file}: linked at start")
    return()
  endif()
  set(soname "${CMAKE_MATCH_1}")
  set(BTS_LAZY_${pkg} ON PARENT_SCOPE)
  set(BTS_LAZY_DEFINES ${BTS_LAZY_DEFINES} "${define}=\"${soname}\"" PARENT_SCOPE)
  get_filename_component(real "${file}" REALPATH)
  get_filename_component(dir "${real}" DIRECTORY)
  execute_process(COMMAND dpkg-query -S "${dir}/${soname}" OUTPUT_VARIABLE owner ERROR_QUIET RESULT_VARIABLE rc)
  if(rc EQUAL 0)
    string(REGEX REPLACE ":.*" "" owner "${owner}")
    set(BTS_LAZY_DEBS ${BTS_LAZY_DEBS} "${owner}" PARENT_SCOPE)
  endif()
  message(STATUS "${lib}: opened at first use as ${soname}")
endfunction()
