# Thin wrapper over CMake. `make run` and `make test` install what is missing first.
BUILD ?= build
JOBS ?= 2
CMAKE_FLAGS ?=
EXAMPLE := data/examples/msit-2023-05-25-germany.txt

.PHONY: all deps configure build run test test-heavy bench clean

all: build

deps:
	@scripts/install-deps.sh

configure:
	cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release $(CMAKE_FLAGS)

build: configure
	cmake --build $(BUILD) -j$(JOBS)

run: deps build
	$(BUILD)/prextract --pretty --reference-date 2023-05-25 $(EXAMPLE)

test: deps build
	ctest --test-dir $(BUILD) --output-on-failure -j$(JOBS) -LE heavy

test-heavy: deps build
	ctest --test-dir $(BUILD) --output-on-failure -L heavy

bench: deps build
	scripts/throughput.sh $(BUILD)/prextract

clean:
	rm -rf $(BUILD)
