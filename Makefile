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

.PHONY: all setup build index run test test-unit test-node check check-slow bench clean

all: build

setup:
	@bash scripts/setup.sh

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

# Everything: the fast tier, then the sanitizer builds, real fuzzing, slow clients, crash
# safety, the replica rig (PostgreSQL + nginx) and the soak. CI (.ci/run) runs this.
check:
	@$(MAKE) --no-print-directory test
	@$(MAKE) --no-print-directory check-slow

check-slow:
	@bash scripts/slow_clients.sh $(BUILD)
	@bash scripts/crash_safety.sh $(BUILD)
	@bash scripts/replicas.sh $(BUILD)
	@bash scripts/soak.sh 3 $(BUILD)
	@JOBS=$(JOBS) bash scripts/check_sanitizers.sh
	@bash scripts/fuzz.sh

bench: build
	@for b in $(BUILD)/bench/*_bench; do $$b; done

clean:
	rm -rf $(BUILD) data
