# The README's two commands: `make run` and `make test`. Both set up and build first.
BUILD ?= build
JOBS ?= $(shell nproc)
LENBOT := ./$(BUILD)/lenbot

.PHONY: all setup build index run test test-unit test-node bench clean

all: build

setup:
	@bash scripts/setup.sh

build: setup
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
	@cmake --build $(BUILD) -j $(JOBS)

index: build
	@$(LENBOT) index

run: index
	@$(LENBOT) serve

test: build
	@bash scripts/check_format.sh
	@$(LENBOT) index
	@$(MAKE) --no-print-directory test-unit test-node
	@bash scripts/slow_clients.sh $(BUILD)
	@bash scripts/crash_safety.sh $(BUILD)
	@bash scripts/replicas.sh $(BUILD)
	@bash scripts/soak.sh 3 $(BUILD)
	@JOBS=$(JOBS) bash scripts/check_sanitizers.sh
	@bash scripts/fuzz.sh

test-unit:
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS)

test-node:
	@bash scripts/run_node_tests.sh $(BUILD)

bench: build
	@for b in $(BUILD)/bench/*_bench; do $$b; done

clean:
	rm -rf $(BUILD) data
