# Installing like any desktop program (FHS): the binary in bin/, the data in
# share/behind-the-screen/, the desktop entry, icons, AppStream metainfo, the
# man page and the docs. The binary finds its data from where it runs
# (engine/core/paths.c), so the same tree works from any prefix or folder.
include(GNUInstallDirs)

set(BTS_APP_ID org.behindthescreen.BehindTheScreen)
# The project has no public home yet: AppStream wants absolute URLs for the
# homepage and the screenshots, so both are settings to fill at release time.
set(BTS_HOMEPAGE "https://behind-the-screen.example" CACHE STRING "Project homepage (AppStream, .deb)")
set(BTS_SCREENSHOT_BASE "${BTS_HOMEPAGE}/screenshots" CACHE STRING "Where docs/screenshots/*.png are published")
set(BTS_MAINTAINER "Behind the Screen maintainers <maintainers@behind-the-screen.example>"
    CACHE STRING "Maintainer of the .deb")

set(PKG_DIR ${CMAKE_SOURCE_DIR}/packaging)
configure_file(${PKG_DIR}/linux/${BTS_APP_ID}.metainfo.xml.in
               ${CMAKE_BINARY_DIR}/packaging/${BTS_APP_ID}.metainfo.xml @ONLY)

install(TARGETS behind-the-screen RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY stories assets DESTINATION ${CMAKE_INSTALL_DATADIR}/behind-the-screen)
install(FILES ${PKG_DIR}/linux/${BTS_APP_ID}.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_BINARY_DIR}/packaging/${BTS_APP_ID}.metainfo.xml DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)
install(FILES ${PKG_DIR}/icons/behind-the-screen.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps RENAME ${BTS_APP_ID}.svg)
foreach(size 16 24 32 48 64 128 256 512)
  install(FILES ${PKG_DIR}/icons/behind-the-screen-${size}.png
          DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/${size}x${size}/apps RENAME ${BTS_APP_ID}.png)
endforeach()

# Debian wants the man page and the changelog gzipped with no timestamp (-n).
find_program(GZIP gzip REQUIRED)
set(BTS_GZ_MAN ${CMAKE_BINARY_DIR}/packaging/behind-the-screen.6.gz)
set(BTS_GZ_CHANGELOG ${CMAKE_BINARY_DIR}/packaging/changelog.Debian.gz)
add_custom_command(OUTPUT ${BTS_GZ_MAN}
  COMMAND ${GZIP} -9n -c ${PKG_DIR}/linux/behind-the-screen.6 > ${BTS_GZ_MAN}
  DEPENDS ${PKG_DIR}/linux/behind-the-screen.6)
add_custom_command(OUTPUT ${BTS_GZ_CHANGELOG}
  COMMAND ${GZIP} -9n -c ${PKG_DIR}/debian/changelog > ${BTS_GZ_CHANGELOG}
  DEPENDS ${PKG_DIR}/debian/changelog)
add_custom_target(bts_packaging_files ALL DEPENDS ${BTS_GZ_MAN} ${BTS_GZ_CHANGELOG})
install(FILES ${BTS_GZ_MAN} DESTINATION ${CMAKE_INSTALL_MANDIR}/man6)

set(BTS_DOCDIR ${CMAKE_INSTALL_DATADIR}/doc/behind-the-screen)
install(FILES README.md docs/facilitator.md docs/story-language.md docs/help-resources.md
              ${BTS_GZ_CHANGELOG} ${PKG_DIR}/debian/copyright
        DESTINATION ${BTS_DOCDIR})

include(${CMAKE_SOURCE_DIR}/cmake/package.cmake)
