# Thin wrapper around CMake (the way neovim does it): `make play`, `make test`.
BUILD ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
WINDOWS_BUILD ?= build-windows
WEB_BUILD ?= build-web
FUZZ_SECONDS ?= 60
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
STORY ?=

.PHONY: all deps build play test test-asan bench fuzz clean package windows windows-check web web-check

all: build

deps:
	@scripts/install-deps --if-missing

$(BUILD)/CMakeCache.txt: | deps
	cmake -S . -B $(BUILD) $(CMAKE_FLAGS)

build: deps $(BUILD)/CMakeCache.txt
	cmake --build $(BUILD) -j $(JOBS)

play: build
	$(BUILD)/behind-the-screen $(STORY)

test: deps
	cmake -S . -B $(BUILD) -DBTS_WERROR=ON $(CMAKE_FLAGS)
	cmake --build $(BUILD) -j $(JOBS)
	cd $(BUILD) && ctest --output-on-failure -j $(JOBS)
	$(MAKE) test-asan

test-asan: deps
	cmake -S . -B $(ASAN_BUILD) -DBTS_SANITIZE=ON -DBTS_WERROR=ON -DCMAKE_BUILD_TYPE=Debug $(CMAKE_FLAGS)
	cmake --build $(ASAN_BUILD) -j $(JOBS)
	cd $(ASAN_BUILD) && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS) -LE slow

# A .deb and a portable Linux tarball in $(BUILD)/dist (cmake/package.cmake).
package: build
	cd $(BUILD) && cpack

# The portable Windows zip, cross-compiled with mingw-w64 against SDL2,
# SDL2_ttf, FreeType and Lua built once from Debian sources into
# ~/.cache/behind-the-screen (scripts/cross/). The first run takes minutes.
windows:
	@scripts/install-deps --if-missing --windows
	scripts/cross/windows $(WINDOWS_BUILD)

# The zip under Wine, no display needed.
windows-check: windows
	scripts/cross/windows-smoke $(WINDOWS_BUILD)/dist/behind-the-screen-*-windows-x64.zip

# One HTML file that plays offline in a browser (emscripten, same libraries).
web:
	@scripts/install-deps --if-missing --web
	scripts/cross/web $(WEB_BUILD)

# The page in headless Chromium, from file://.
web-check: web
	scripts/cross/web-smoke $(WEB_BUILD)/dist/behind-the-screen.html $(BUILD)/behind-the-screen

bench: build
	tests/bench/run

# libFuzzer targets (tests/fuzz), built with clang in their own folder; each
# runs FUZZ_SECONDS on a copy of its seed corpus.
fuzz: deps
	@command -v clang >/dev/null || { echo "make fuzz needs clang: apt-get install clang"; exit 2; }
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_C_COMPILER=clang -DBTS_FUZZ=ON $(CMAKE_FLAGS)
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_story fuzz_save fuzz_text fuzz_build
	tests/fuzz/run $(FUZZ_BUILD) $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD) $(WINDOWS_BUILD) $(WEB_BUILD)
