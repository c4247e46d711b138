# orgtui: `make demo` and `make test` set everything up on a fresh Debian machine with Swift 6.
SWIFT        ?= swift
# postgresql (which brings pg_trgm): the throwaway cluster the PostgreSQL store's tests run against.
APT_PACKAGES := libncursesw5-dev libsqlite3-dev libcurl4-openssl-dev tmux pkg-config sqlite3 postgresql
SUDO         := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
DEMO_STORE   ?= $(CURDIR)/.build/demo/org.sqlite
DEMO_USERS   ?= 500
CONFORMANCE_VENV := $(CURDIR)/.build/conformance-venv
# Release builds link the Swift runtime and Foundation statically: orgtui starts in a few milliseconds. They
# also name each concrete generic type by its metadata accessor rather than by a mangled name the runtime
# decodes on first use: decoding one checks its conformances (Set<Role> needs Role: Hashable) by scanning
# every conformance record of the binary, 7,500 here, and the first frame made about 14 such scans (2-3 ms).
RELEASE      := $(SWIFT) build -c release --static-swift-stdlib \
  -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
SCHEMATHESIS     := schemathesis==4.32.5
# pyte, the terminal emulator the rendering property test checks the Grid against; wcwidth 0.2.13 agrees
# with glibc's wcwidth on every scalar the sanitizer lets through but Indic vowel signs and a few symbols.
PYTE_VENV        := $(CURDIR)/.build/pyte-venv
PYTE             := pyte==0.8.2 wcwidth==0.2.13

.PHONY: deps build test swift-tests conformance pyte soak demo bench clean fuzz fuzz-short format lint install uninstall

## deps: install the missing system packages (apt-get), only what is missing
deps:
	@missing=""; for p in $(APT_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "Installing:$$missing"; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing; \
	fi

## build: a debug build of everything
build: deps
	$(SWIFT) build

# Suites that drive child processes and block while they wait run apart, one test at a time, so that they
# never starve the concurrent suites of threads. ImportCommandTests' children talk to a FaultServer in the test
# process whose answers need a thread of the same pool: beside other blocked tests, they waited for ever.
# (EndToEndTests also matches RoleConflictEndToEndTests and LiveRefreshEndToEndTests, the tmux suites of two TUIs.)
PROCESS_SUITES := DurabilityTests|ConcurrencyTests|EndToEndTests|ImportCommandTests|SignInTests|RacingInstancesTests|ServerProgramHandoffTests

## test: build and run every test (after a short run of each fuzz target and the API conformance run), beside a
## throwaway PostgreSQL cluster (scripts/with-postgres) that is stopped afterwards, also when a test fails
test: deps lint fuzz-short conformance pyte
	$(SWIFT) build --build-tests
	scripts/with-postgres $(MAKE) --no-print-directory swift-tests

# Each of the two runs takes 3 to 6 minutes here: one that hangs is stopped after TEST_DEADLINE seconds and fails,
# naming the tests still running (scripts/with-deadline), instead of meeting CI's own limit in silence.
TEST_DEADLINE ?= 1200

# The Swift tests alone, run by `test` with ORGTUI_TEST_DATABASE_URL set.
swift-tests:
	@[ -n "$$ORGTUI_TEST_DATABASE_URL" ] || { echo "ORGTUI_TEST_DATABASE_URL is unset: run make test" >&2; exit 1; }
	ORGTUI_REQUIRE_DATABASE=1 scripts/with-deadline $(TEST_DEADLINE) $(SWIFT) test --skip-build --skip '$(PROCESS_SUITES)'
	ORGTUI_REQUIRE_DATABASE=1 scripts/with-deadline $(TEST_DEADLINE) $(SWIFT) test --skip-build --no-parallel \
	  --filter '$(PROCESS_SUITES)'

## conformance: schemathesis (PyPI, in a venv under .build/) against `orgtui serve` with openapi.yaml, over a
## store file and then over a throwaway PostgreSQL database
## (it also installs openssl, which the HTTP backend's self-signed TLS test runs)
conformance: deps
	@command -v openssl >/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq openssl; }
	@python3 -c 'import venv, ensurepip' 2>/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3 python3-venv; }
	@[ -x $(CONFORMANCE_VENV)/bin/st ] || { rm -rf $(CONFORMANCE_VENV) && python3 -m venv $(CONFORMANCE_VENV) && \
	  $(CONFORMANCE_VENV)/bin/pip install -q $(SCHEMATHESIS); }
	$(SWIFT) build --product orgtui
	$(SWIFT) build --product orgtui-server
	Tests/Conformance/run.sh .build/debug/orgtui $(CONFORMANCE_VENV)/bin/st
	scripts/with-postgres sh -c 'ORGTUI_CONFORMANCE_DATABASE=$$ORGTUI_TEST_DATABASE_URL \
	  Tests/Conformance/run.sh .build/debug/orgtui $(CONFORMANCE_VENV)/bin/st'

# The libFuzzer targets, each Fuzz/<Name>/ with its seed corpus in Fuzz/Corpus/<name>/ (and its dependencies
# in Package.swift's fuzzTargets): a new target is one word here.
FUZZ_TARGETS := responses terminal
FUZZ_SECONDS ?= 300

## fuzz: each fuzz target for $(FUZZ_SECONDS) s (built apart, in .build-fuzz); a crash fails it, its input kept
fuzz: deps
	@for target in $(FUZZ_TARGETS); do SWIFT=$(SWIFT) Fuzz/run.sh $$target $(FUZZ_SECONDS) || exit 1; done

## fuzz-short: each fuzz target for 30 s (part of `make test`)
fuzz-short: deps
	@$(MAKE) --no-print-directory fuzz FUZZ_SECONDS=30

## pyte: the terminal emulator (PyPI, in a venv under .build/) that OrgTUITests' TerminalViewTests draw into
pyte:
	@python3 -c 'import venv, ensurepip' 2>/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq python3 python3-venv; }
	@[ -x $(PYTE_VENV)/bin/python ] && $(PYTE_VENV)/bin/python -c 'import pyte' 2>/dev/null || { \
	  rm -rf $(PYTE_VENV) && python3 -m venv $(PYTE_VENV) && $(PYTE_VENV)/bin/pip install -q $(PYTE); }

## soak: the store's durability test with 1,000 SIGKILL rounds instead of 50
soak: deps
	$(SWIFT) build --build-tests
	ORGTUI_SOAK_ROUNDS=1000 $(SWIFT) test --skip-build --filter DurabilityTests

## demo: a fresh demo store of $(DEMO_USERS) users, opened in orgtui
demo: deps
	$(RELEASE) --product orgtui
	rm -f $(DEMO_STORE) $(DEMO_STORE)-wal $(DEMO_STORE)-shm
	mkdir -p $(dir $(DEMO_STORE))
	.build/release/orgtui demo --store $(DEMO_STORE) --users $(DEMO_USERS)
	.build/release/orgtui --store $(DEMO_STORE)

## bench: release-build figures beside their floors and peers
bench: deps
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq wrk; }
	$(RELEASE) --product orgbench
	$(RELEASE) --product orgtui
	$(RELEASE) --product orgtui-server
	scripts/with-postgres .build/release/orgbench

# Where `make install` puts things: PREFIX=$$HOME/.local installs for one user; DESTDIR stages a package.
PREFIX       ?= /usr/local
INSTALL_BIN  := $(DESTDIR)$(PREFIX)/bin
INSTALL_MAN  := $(DESTDIR)$(PREFIX)/share/man/man1
INSTALL_BASH := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
INSTALL_ZSH  := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
INSTALL_FISH := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d
INSTALL_DOC  := $(DESTDIR)$(PREFIX)/share/doc/orgtui
EXECUTABLES  := orgtui orgtui-server

## install: both executables (release), their man pages, bash, zsh and fish completions, and the systemd unit
## contrib/orgtui-server.service (under share/doc/orgtui) under $(PREFIX)
## (orgtui-server names itself orgtui only when orgtui hands it `serve`, `token` or `store`; it has no completions
## of its own, which would take over orgtui's)
install: deps
	$(RELEASE) --product orgtui
	$(RELEASE) --product orgtui-server
	$(SWIFT) build --product generate-manual
	install -d $(INSTALL_BIN) $(INSTALL_MAN) $(INSTALL_BASH) $(INSTALL_ZSH) $(INSTALL_FISH) $(INSTALL_DOC)
	install -m 644 contrib/orgtui-server.service $(INSTALL_DOC)
	install -s -m 755 .build/release/orgtui .build/release/orgtui-server $(INSTALL_BIN)
	.build/release/orgtui --generate-completion-script bash > $(INSTALL_BASH)/orgtui
	.build/release/orgtui --generate-completion-script zsh > $(INSTALL_ZSH)/_orgtui
	.build/release/orgtui --generate-completion-script fish > $(INSTALL_FISH)/orgtui.fish
	rm -rf .build/manual && mkdir -p .build/manual/orgtui .build/manual/orgtui-server
	.build/debug/generate-manual .build/release/orgtui --output-directory .build/manual/orgtui
	.build/debug/generate-manual .build/release/orgtui-server --output-directory .build/manual/orgtui-server
	awk -f Tools/man-exit-statuses.awk .build/manual/orgtui/orgtui.1 > $(INSTALL_MAN)/orgtui.1
	install -m 644 .build/manual/orgtui-server/orgtui-server.1 $(INSTALL_MAN)/orgtui-server.1
	@echo "Installed $(EXECUTABLES), their man pages and orgtui's completions under $(DESTDIR)$(PREFIX)."

## uninstall: removes what `make install` put under $(PREFIX)
uninstall:
	rm -f $(addprefix $(INSTALL_BIN)/,$(EXECUTABLES)) $(addprefix $(INSTALL_MAN)/,$(addsuffix .1,$(EXECUTABLES))) \
	  $(INSTALL_BASH)/orgtui $(INSTALL_ZSH)/_orgtui $(INSTALL_FISH)/orgtui.fish $(INSTALL_DOC)/orgtui-server.service
	rmdir $(INSTALL_DOC) 2>/dev/null || true

# swift-format, which comes with the Swift toolchain, lays out every Swift file as .swift-format says.
FORMAT_PATHS := Package.swift Sources Tests Fuzz

## format: lay out every Swift file as .swift-format says, in place
format:
	$(SWIFT) format --in-place --recursive --parallel $(FORMAT_PATHS)

## lint: fail when a Swift file is not laid out as `make format` leaves it, or breaks a rule of .swift-format
lint:
	$(SWIFT) format lint --strict --recursive --parallel $(FORMAT_PATHS)

clean:
	rm -rf .build .build-fuzz
