# `make package` (cpack): a .deb for Debian and Ubuntu, and a portable Linux
# tarball (the same tree under one folder, plus a README.txt on top).
set(CPACK_PACKAGE_NAME behind-the-screen)
set(CPACK_PACKAGE_VENDOR "The Behind the Screen authors")
set(CPACK_PACKAGE_CONTACT "${BTS_MAINTAINER}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "chat stories about online blackmail, and where to get help")
set(CPACK_PACKAGE_HOMEPAGE_URL "${BTS_HOMEPAGE}")
set(CPACK_GENERATOR "DEB;TGZ")
set(CPACK_STRIP_FILES ON)
set(CPACK_PACKAGE_CHECKSUM SHA256)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/dist)
set(CPACK_SOURCE_IGNORE_FILES "/build.*/;/\\\\.git/")

# .deb: Depends computed from the binary's shared libraries (dpkg-shlibdeps),
# plus the fonts it looks for through fontconfig.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "fonts-dejavu-core | fonts-noto-core")
# Opened at first use (lazylib.h), so dpkg-shlibdeps does not see them: the
# packages that hold them, as found when configuring (cmake/lazylib.cmake).
foreach(deb IN LISTS BTS_LAZY_DEBS)
  string(APPEND CPACK_DEBIAN_PACKAGE_DEPENDS ", ${deb}")
endforeach()
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-noto-color-emoji, fonts-opendyslexic, fonts-noto-core | fonts-noto-ui-core, fonts-droid-fallback")
set(CPACK_DEBIAN_PACKAGE_SECTION education)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${BTS_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION "Behind the Screen plays branching chat stories about sextortion (webcam
blackmail), so that young people learn to recognise it and know what to do.
The player lives a conversation in a messaging app, picks replies and sees
what happens. Every ending turns into a debrief with the help services of
the player's country.
.
It runs offline, with no account; a projector mode helps teachers lead a
class discussion. Stories are plain Lua files that youth workers and teens
can write and check themselves.")

# The tarball keeps the FHS tree (bin/, share/) under one folder, so the
# binary finds share/behind-the-screen next to bin/ wherever it is unpacked.
set(CPACK_PROJECT_CONFIG_FILE ${CMAKE_SOURCE_DIR}/cmake/cpack-generator.cmake)
set(CPACK_BTS_PORTABLE_DIR ${CMAKE_SOURCE_DIR}/packaging/portable)
set(CPACK_BTS_ARCH ${CMAKE_SYSTEM_PROCESSOR})
include(CPack)
