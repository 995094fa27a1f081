# The two commands of the README: `make render` and `make test`.
# Both install missing system libraries first (scripts/install-system-deps).

SWIFT ?= swift

FUZZ_SECONDS ?= 15

.PHONY: render test bench deps fuzz

deps:
	@scripts/install-system-deps

## Renders every lesson in Notebooks/ to self-contained HTML in Output/.
render: deps
	$(SWIFT) build -c release --product gradbook
	$$($(SWIFT) build -c release --show-bin-path)/gradbook render Notebooks --output Output

## Builds everything and runs all tests (unit, lessons as regression tests, end to end), then fuzzes each
## parser for FUZZ_SECONDS (a smoke run of about a minute in all; see scripts/fuzz).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build
	scripts/fuzz-all $(FUZZ_SECONDS)

## Fuzzes every target for FUZZ_SECONDS each: make fuzz FUZZ_SECONDS=600
fuzz: deps
	scripts/fuzz-all $(FUZZ_SECONDS)

## Runs the release benchmarks.
bench: deps
	$(SWIFT) run -c release micrograd-bench
