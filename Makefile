# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands: `make run` and `make test`. Both install what is missing first.

BUILD_DIR ?= build
ASAN_DIR  ?= build-asan
PACKAGE_DIR ?= build-package
FUZZ_DIR  ?= build-fuzz
FUZZ_SECONDS ?= 60
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_ARGS ?=
RUN_ARGS  ?=

.PHONY: all deps configure build run demo test test-asan fuzz bench package lupdate clean

all: build

deps:
	@sh scripts/install-deps.sh

$(BUILD_DIR)/build.ninja: | deps
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_ARGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j $(JOBS)

run: build
	@sh scripts/run-gui.sh $(BUILD_DIR)/app/mentorbook $(RUN_ARGS)

demo: build
	@sh scripts/run-gui.sh $(BUILD_DIR)/app/mentorbook --demo $(RUN_ARGS)

test: build
	cd $(BUILD_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# The whole suite under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: deps
	cmake -S . -B $(ASAN_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DMENTORBOOK_SANITIZE=ON $(CMAKE_ARGS)
	cmake --build $(ASAN_DIR) -j $(JOBS)
	cd $(ASAN_DIR) && QT_QPA_PLATFORM=offscreen ctest --output-on-failure -j $(JOBS)

# The JSON importer under libFuzzer (clang, AddressSanitizer, UndefinedBehaviorSanitizer) for
# FUZZ_SECONDS, from a seed corpus of the sample exported by the command line; findings are
# written to $(FUZZ_DIR)/findings/. The regular suite runs the same target over fixed inputs.
fuzz: build
	@command -v clang++ >/dev/null || { echo "make fuzz needs clang with libFuzzer: apt install clang" >&2; exit 1; }
	cmake -S . -B $(FUZZ_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_COMPILER=clang++ -DMENTORBOOK_FUZZ=ON $(CMAKE_ARGS)
	cmake --build $(FUZZ_DIR) -j $(JOBS) --target fuzz_jsonimport
	rm -rf $(FUZZ_DIR)/seed $(FUZZ_DIR)/seed.sqlite $(FUZZ_DIR)/seed.sqlite-*
	mkdir -p $(FUZZ_DIR)/seed $(FUZZ_DIR)/corpus $(FUZZ_DIR)/findings
	$(BUILD_DIR)/app/mentorbook --database $(FUZZ_DIR)/seed.sqlite sample
	$(BUILD_DIR)/app/mentorbook --database $(FUZZ_DIR)/seed.sqlite export json -o $(FUZZ_DIR)/seed/sample.json
	cp tests/fixtures/release-0.1.0.json $(FUZZ_DIR)/seed/
	QT_QPA_PLATFORM=offscreen $(FUZZ_DIR)/tests/fuzz/fuzz_jsonimport -max_total_time=$(FUZZ_SECONDS) \
		-artifact_prefix=$(FUZZ_DIR)/findings/ $(FUZZ_DIR)/corpus $(FUZZ_DIR)/seed

bench: build
	cmake --build $(BUILD_DIR) --target bench

# A Debian package (CPack) from a release build without the tests.
package: deps
	cmake -S . -B $(PACKAGE_DIR) -G Ninja -DCMAKE_BUILD_TYPE=Release -DMENTORBOOK_BUILD_TESTS=OFF $(CMAKE_ARGS)
	cmake --build $(PACKAGE_DIR) -j $(JOBS)
	cd $(PACKAGE_DIR) && cpack
	@echo "Install with: sudo apt install ./$$(ls $(PACKAGE_DIR)/mentorbook_*.deb)"

lupdate: configure
	cmake --build $(BUILD_DIR) --target update_translations
	python3 scripts/fill-english-plurals.py translations/mentorbook_en.ts

clean:
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(PACKAGE_DIR) $(FUZZ_DIR)
