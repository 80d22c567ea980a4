# The README's commands: `make run`, `make test` (the fast tier) and `make check` (everything).
# Each sets up and builds first.
BUILD ?= build
JOBS ?= $(shell nproc)
LENBOT := ./$(BUILD)/lenbot
# `make check` builds with warnings as errors; `make build` leaves the choice to the cache.
CMAKE_FLAGS ?=
# ccache keys on paths relative to the checkout, so every clone and worktree shares one cache.
export CCACHE_BASEDIR := $(CURDIR)
export CCACHE_NOHASHDIR := true

PREFIX ?= /usr/local
RELEASE_BUILD ?= build-release

.PHONY: all setup setup-server build index run test test-unit test-node check check-slow \
	fuzz-and-tidy tidy bench \
	install clean clean-data

all: build

setup:
	@bash scripts/setup.sh

# A server's packages only: no test, benchmark, browser or Node tools.
setup-server:
	@bash scripts/setup.sh --server

build: setup
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

index: build
	@$(LENBOT) index

run: index
	@$(LENBOT) serve

# The fast tier (a few minutes from a built tree): format, every ctest test (unit, integration,
# slow labels; fuzz seed corpora replayed), and the Node browser and Discord client suites.
test: build
	@bash scripts/check_format.sh
	@$(LENBOT) index
	@$(MAKE) --no-print-directory test-unit test-node

test-unit:
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-node:
	@bash scripts/run_node_tests.sh $(BUILD)

# Everything: the fast tier built with warnings as errors (cmake/CompilerWarnings.cmake), then
# the install walk-through, slow clients, crash safety, the soak, the sanitizer builds, real
# fuzzing alongside clang-tidy, and the replica rig (PostgreSQL + nginx). CI (.ci/run) runs this.
check:
	@$(MAKE) --no-print-directory test CMAKE_FLAGS="$(CMAKE_FLAGS) -DLENBOT_WARNINGS_AS_ERRORS=ON"
	@$(MAKE) --no-print-directory check-slow

check-slow:
	@bash scripts/check_install.sh $(BUILD)
	@bash scripts/slow_clients.sh $(BUILD)
	@bash scripts/crash_safety.sh $(BUILD)
	@bash scripts/soak.sh 3 $(BUILD)
	@JOBS=$(JOBS) bash scripts/check_sanitizers.sh
	@$(MAKE) --no-print-directory fuzz-and-tidy
	@bash scripts/replicas.sh $(BUILD)

# clang-tidy's bug-finding checks (scripts/check_tidy.sh: .clang-tidy without the clang-analyzer
# ones) on one core while the fuzzers run, one at a time, on the other, instead of adding its
# minutes after them. Its output is shown when both are done.
fuzz-and-tidy:
	@JOBS=1 bash scripts/check_tidy.sh $(BUILD) >$(BUILD)/tidy.log 2>&1 & tidy=$$!; \
	bash scripts/fuzz.sh; fuzz=$$?; \
	wait $$tidy; tidy=$$?; cat $(BUILD)/tidy.log; \
	test $$fuzz -eq 0 && test $$tidy -eq 0

tidy: build
	@bash scripts/check_tidy.sh $(BUILD)

bench: build
	@for b in $(BUILD)/bench/*_bench; do $$b; done

# The binary alone (no tests, no benchmarks), installed with the corpus, persona and page under
# $(PREFIX): see docs/operations.md.
install:
	@cmake -S . -B $(RELEASE_BUILD) -DCMAKE_BUILD_TYPE=Release -DLENBOT_BUILD_TESTS=OFF \
		-DLENBOT_BUILD_BENCH=OFF $(CMAKE_FLAGS) >/dev/null
	@cmake --build $(RELEASE_BUILD) -j $(JOBS)
	@cmake --install $(RELEASE_BUILD) --prefix $(PREFIX)

# Build folders only: data/ holds the quiz scores and conversations (make clean-data).
clean:
	rm -rf $(BUILD) $(RELEASE_BUILD)

clean-data:
	rm -rf data
