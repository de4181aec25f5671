# Thin wrapper over CMake. `make run` and `make test` install what is missing first.
BUILD ?= build
JOBS ?= 2
CMAKE_FLAGS ?=
EXAMPLE := data/examples/msit-2023-05-25-germany.txt
SHARED ?= ../shared
# Releases the profile-guided build trains on besides the shipped ones, when they are there
# (cmake/Pgo.cmake).
PGO_TRAINING ?= $(abspath $(wildcard $(SHARED)/corpus/dev))

.PHONY: all deps configure build run test test-heavy golden quality floors bench deb clean

all: build

deps:
	@scripts/install-deps.sh

configure:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DPREXTRACT_PGO_TRAINING="$(PGO_TRAINING)" $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD) -j$(JOBS)

run: deps build
	$(BUILD)/prextract --pretty --reference-date 2023-05-25 $(EXAMPLE)

test: deps build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS) -LE heavy

test-heavy: deps build
	ctest --test-dir $(BUILD) --output-on-failure -L heavy

# Rewrites tests/golden/*/expected.json from the current output: review the diff.
golden: build
	PREXTRACT_UPDATE_GOLDEN=1 $(BUILD)/tests/prextract_tests --gtest_filter='Golden*' --gtest_brief=1

# The quality ratchet: scores the dev corpus against tests/quality/floors.json.
quality: build
	scripts/quality-ratchet.sh $(BUILD)/prextract $(SHARED)

# Records the current scores as the new floors (commit them with the change that raised them).
floors: build
	scripts/update-floors.sh $(BUILD)/prextract $(SHARED)

bench: deps build
	scripts/throughput.sh $(BUILD)/prextract

# The Debian package $(BUILD)/prextract_<version>_<arch>.deb (CPack, cmake/Packaging.cmake).
deb: deps build
	cd $(BUILD) && cpack -G DEB

clean:
	rm -rf $(BUILD)
