# secretty — build, run, test and benchmark. Every target first installs what is missing.
SHELL := /bin/bash
.DEFAULT_GOAL := run

DEBIAN_PACKAGES := libncurses-dev libssl-dev libcurl4-openssl-dev libsqlite3-dev tmux
MOTO_VERSION := 5.2.1
PREFIX ?= /usr/local
# The release binary carries the Swift runtime, libstdc++ and libgcc inside it, exports no symbols and has no
# $ORIGIN run path: every shared library it loads, every symbol it exports and every place it looks for a
# library is work for the dynamic loader at each start. It loads libc, libm, OpenSSL, libcurl, SQLite and
# ncurses from the system, so their security updates reach it.
STATIC_LINK_DIR := $(CURDIR)/.build/static-link
RELEASE_LINK := -Xswiftc -Xclang-linker -Xswiftc -static-libgcc -Xlinker -L$(STATIC_LINK_DIR) \
	-Xlinker --no-export-dynamic
# Generic types are instantiated through their metadata accessors, which are handed the conformances, instead of
# from mangled names, which make the runtime search the whole conformance table for each one at first use.
RELEASE_CODEGEN := -Xswiftc -Xfrontend -Xswiftc -disable-concrete-type-metadata-mangled-name-accessors
SWIFT_RELEASE := swift build -c release --static-swift-stdlib --disable-local-rpath $(RELEASE_CODEGEN) $(RELEASE_LINK)
RELEASE_BIN := .build/release
DEBUG_BIN := .build/debug
# Each test target runs in its own process, so a suite that blocks threads (scrypt, child processes) never
# starves the timing of another target's network tests.
TEST_TARGETS := SecretsCoreTests SecrettyCryptoTests VaultTests SecrettyCLITests AWSClientTests TerminalUITests \
	SecretsAppTests

.PHONY: deps test-deps static-link build release run demo test bench install clean

## deps: the Debian packages the build links against (apt-get when root, otherwise the exact command).
deps:
	@missing=""; for p in $(DEBIAN_PACKAGES); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q 'install ok installed' || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ]; then \
	    echo "Installing:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $$missing; \
	  else \
	    echo "secretty needs these Debian packages. Run:" >&2; \
	    echo "  sudo apt-get update && sudo apt-get install -y --no-install-recommends$$missing" >&2; \
	    exit 1; \
	  fi; \
	fi

## test-deps: moto_server $(MOTO_VERSION) from PyPI, for the AWS tests.
test-deps: deps
	@have=$$(python3 -c 'import moto; print(moto.__version__)' 2>/dev/null || true); \
	if ! command -v moto_server >/dev/null 2>&1 || [ "$$have" != "$(MOTO_VERSION)" ]; then \
	  echo "Installing moto[server]==$(MOTO_VERSION)"; \
	  python3 -m pip install --quiet --disable-pip-version-check "moto[server]==$(MOTO_VERSION)"; \
	fi

build: deps
	swift build

## static-link: a search directory whose libstdc++ is the static archive, ahead of the shared one (when the
## toolchain has no static libstdc++, the link falls back to the shared one).
static-link:
	@mkdir -p $(STATIC_LINK_DIR)
	@archive=$$(clang -print-file-name=libstdc++.a 2>/dev/null); \
	if [ -f "$$archive" ]; then ln -sf "$$archive" $(STATIC_LINK_DIR)/libstdc++.a; fi

release: deps static-link
	$(SWIFT_RELEASE) --product secretty

## run: build, then open the TUI on the demo vault.
run: release
	$(RELEASE_BIN)/secretty demo

demo: run

## test: everything the project tests.
test: test-deps
	swift build --build-tests
	@failed=""; for target in $(TEST_TARGETS); do \
	  echo "== $$target"; \
	  SECRETTY_BIN=$(CURDIR)/$(DEBUG_BIN)/secretty swift test --skip-build --filter "^$$target\." \
	    || failed="$$failed $$target"; \
	done; \
	if [ -n "$$failed" ]; then echo "Failing test targets:$$failed" >&2; exit 1; fi

## bench: latency, throughput and terminal-traffic figures, side by side.
bench: test-deps static-link
	$(SWIFT_RELEASE) --product secretty
	$(SWIFT_RELEASE) --product secretty-bench
	SECRETTY_BIN=$(CURDIR)/$(RELEASE_BIN)/secretty $(RELEASE_BIN)/secretty-bench

install: release
	install -d $(DESTDIR)$(PREFIX)/bin
	install -m 0755 $(RELEASE_BIN)/secretty $(DESTDIR)$(PREFIX)/bin/secretty
	install -d $(DESTDIR)$(PREFIX)/share/secretty/themes
	install -m 0644 Themes/*.yaml $(DESTDIR)$(PREFIX)/share/secretty/themes/

clean:
	rm -rf .build
