# The two commands of the README: `make render` and `make test`.
# Both install missing system libraries first (scripts/install-system-deps).

SWIFT ?= swift

.PHONY: render test bench deps

deps:
	@scripts/install-system-deps

## Renders every lesson in Notebooks/ to self-contained HTML in Output/.
render: deps
	$(SWIFT) build -c release --product gradbook
	$$($(SWIFT) build -c release --show-bin-path)/gradbook render Notebooks --output Output

## Builds everything and runs all tests (unit, lessons as regression tests, end to end).
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build

## Runs the release benchmarks.
bench: deps
	$(SWIFT) run -c release micrograd-bench
