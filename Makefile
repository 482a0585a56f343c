# Thin wrapper around CMake (the way neovim does it): `make play`, `make test`.
BUILD ?= build
ASAN_BUILD ?= build-asan
FUZZ_BUILD ?= build-fuzz
FUZZ_SECONDS ?= 60
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=
STORY ?=

.PHONY: all deps build play test test-asan bench fuzz clean package

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

bench: build
	tests/bench/run

# libFuzzer targets (tests/fuzz), built with clang in their own folder; each
# runs FUZZ_SECONDS on a copy of its seed corpus.
fuzz: deps
	@command -v clang >/dev/null || { echo "make fuzz needs clang: apt-get install clang"; exit 2; }
	cmake -S . -B $(FUZZ_BUILD) -DCMAKE_C_COMPILER=clang -DBTS_FUZZ=ON $(CMAKE_FLAGS)
	cmake --build $(FUZZ_BUILD) -j $(JOBS) --target fuzz_story fuzz_save fuzz_text
	tests/fuzz/run $(FUZZ_BUILD) $(FUZZ_SECONDS)

clean:
	rm -rf $(BUILD) $(ASAN_BUILD)
