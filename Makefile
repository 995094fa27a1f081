# The commands of the README: `make install` (the set-up), `make render` and `make test`.
# All install missing system libraries first (scripts/install-system-deps).

SWIFT ?= swift

FUZZ_SECONDS ?= 15

# Where `make install` puts gradbook: /usr/local as root, else ~/.local (no sudo needed).
PREFIX ?= $(if $(filter 0,$(shell id -u)),/usr/local,$(HOME)/.local)

.PHONY: install render test bench deps fuzz

deps:
	@scripts/install-system-deps

## The set-up: builds gradbook in release and installs it as $(PREFIX)/bin/gradbook, so a bare `gradbook` works.
install: deps
	$(SWIFT) build -c release --product gradbook
	scripts/install-gradbook "$$($(SWIFT) build -c release --show-bin-path)" "$(DESTDIR)$(PREFIX)"

## Renders every lesson in Notebooks/ to self-contained HTML in Output/.
render: deps
	$(SWIFT) build -c release --product gradbook
	$$($(SWIFT) build -c release --show-bin-path)/gradbook render Notebooks --output Output

## Builds everything and runs all tests (unit, lessons as regression tests, end to end), then fuzzes each
## parser for FUZZ_SECONDS (a smoke run of about a minute in all; see scripts/fuzz). The tests are all Swift
## Testing, which runs them in parallel; --quiet prints only failures and the closing summary.
test: deps
	$(SWIFT) build --build-tests
	$(SWIFT) test --skip-build --disable-xctest --quiet
	scripts/fuzz-all $(FUZZ_SECONDS)

## Fuzzes every target for FUZZ_SECONDS each: make fuzz FUZZ_SECONDS=600
fuzz: deps
	scripts/fuzz-all $(FUZZ_SECONDS)

## Runs the release benchmarks.
bench: deps
	$(SWIFT) run -c release micrograd-bench
