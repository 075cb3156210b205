# tradewatch: the two commands of the README are `make demo` and `make test`.
# Both install missing Debian packages first (scripts/deps.sh).

SHELL      := /bin/bash
SWIFT      ?= swift
PREFIX     ?= /usr/local
DESTDIR    ?=
BIN_DEBUG   = .build/debug/tradewatch
BIN_RELEASE = .build/release/tradewatch
SHARED     ?= ../shared

.PHONY: all deps build release test demo bench corpus-check clean

all: build

deps:
	@bash scripts/deps.sh

build: deps
	$(SWIFT) build

release: deps
	$(SWIFT) build -c release

# The whole suite. Fails on any compiler warning in our own targets.
test: deps
	@mkdir -p .build
	set -o pipefail; $(SWIFT) build --build-tests 2>&1 | tee .build/test-build.log
	@! grep -E '^/.*/(Sources|Tests)/.*: warning:' .build/test-build.log || { echo "make test: compiler warnings above"; exit 1; }
	$(SWIFT) test

# The demo: bundled offline feeds, no network.
demo: build
	@bash scripts/demo.sh $(BIN_DEBUG)

# Parse speed against a bare libxml2 floor, measured in the same run.
bench: deps
	@bash bench/parse-bench.sh

corpus-check: build
	python3 $(SHARED)/tools/corpus-check $(BIN_DEBUG)

clean:
	rm -rf .build
