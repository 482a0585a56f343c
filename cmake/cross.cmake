# The Windows .exe and the web page: one static program, everything inside
# (scripts/cross/ builds the libraries from Debian sources and packs the
# result). The data layout is decided by the packing scripts.
if(WIN32)
  # -static: no DLL to forget on the USB stick; -mwindows: no console window.
  # SDL2_ttf's static flags bring SDL2main (UTF-8 argv), SDL2, FreeType and
  # the Windows system libraries, in link order.
  # winpthread (static): clock_gettime and nanosleep.
  target_link_options(behind-the-screen PRIVATE -static -mwindows)
  target_link_libraries(behind-the-screen PRIVATE ${SDL2TTF_STATIC_LDFLAGS} ${LUA_STATIC_LDFLAGS} winpthread)
endif()
if(EMSCRIPTEN)
  # The page (scripts/cross/web) embeds this .js: the wasm (-sSINGLE_FILE)
  # and the data (--embed-file) are inside, so one file runs from file://.
  # ASYNCIFY lets the window's blocking event loop (SDL_WaitEventTimeout)
  # yield to the browser; no threads (file:// has no SharedArrayBuffer).
  set(BTS_WEB_DATA "" CACHE PATH "Folder with stories/, assets/ and fonts/ to embed")
  if(NOT BTS_WEB_DATA)
    message(FATAL_ERROR "BTS_WEB_DATA is not set: build the web page with scripts/cross/web")
  endif()
  target_link_options(behind-the-screen PRIVATE
    -sASYNCIFY -sALLOW_MEMORY_GROWTH=1 -sSINGLE_FILE=1 -sENVIRONMENT=web
    "SHELL:-s EXPORTED_RUNTIME_METHODS=['FS']" -lidbfs.js
    "SHELL:--embed-file ${BTS_WEB_DATA}@/bts/share/behind-the-screen")
  target_link_libraries(behind-the-screen PRIVATE ${SDL2TTF_STATIC_LDFLAGS} ${LUA_STATIC_LDFLAGS})
endif()
