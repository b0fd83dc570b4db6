# SPDX-License-Identifier: GPL-3.0-or-later
# The two commands: `make run` and `make test`. Both install what is missing first.

BUILD_DIR ?= build
ASAN_DIR  ?= build-asan
PACKAGE_DIR ?= build-package
JOBS      ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_ARGS ?=
RUN_ARGS  ?=

.PHONY: all deps configure build run demo test test-asan bench package lupdate clean

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
	rm -rf $(BUILD_DIR) $(ASAN_DIR) $(PACKAGE_DIR)
