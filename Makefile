# Rolspiegel: the two commands a newcomer needs.
#   make run   installs what is missing, builds and opens the app
#   make test  installs what is missing and runs every test
SHELL := /bin/bash
.SHELLFLAGS := -euo pipefail -c
.DEFAULT_GOAL := help

CARGO ?= cargo
UI := ui
APP := target/debug/rolspiegel
# One package selection for building and running the Rust tests: cargo unifies
# features per selection, so the same selection means nothing is compiled twice.
RUST_TESTS := --workspace --exclude rolspiegel-e2e --locked

.PHONY: help deps ui run test lint test-rust test-ui e2e app release package package-test bench fuzz wire clean

help:
	@echo "make run    build and open Rolspiegel (installs what is missing)"
	@echo "make test   run every test: Rust, UI and end-to-end (installs what is missing)"
	@echo "make bench  measure launch time, memory and binary size against a bare Tauri app, and live sessions (500 phones at once; 1,000 at a room's pace beside a hostile device)"
	@echo "make wire   regenerate ui/src/wire.ts and ui/src/commands.ts after changing a wire type or a command"
	@echo "make package       build the .deb and .rpm (target/release/bundle/)"
	@echo "make package-test  install the .deb in a clean Debian 12 root and start it there"

deps:
	@scripts/install-deps.sh

# The UI is built into ui/dist, which the Tauri build embeds.
ui: deps
	cd $(UI) && npm run --silent build

app: ui
	$(CARGO) build -p rolspiegel

run: app
	$(APP)

lint: ui
	$(CARGO) fmt --all --check
	$(CARGO) clippy --workspace --all-targets --locked -- -D warnings

test-rust: ui
	$(CARGO) test $(RUST_TESTS)

test-ui: deps
	cd $(UI) && npm run --silent typecheck && npm run --silent test

# End to end: the real app window under Xvfb, driven through WebKitWebDriver.
# The app binary is built with the Rust tests' selection (src-tauri's
# integration tests need it), so after test-rust this builds nothing new; the
# check after it says so plainly should that ever change.
e2e: ui
	$(CARGO) test $(RUST_TESTS) --no-run
	@test -x $(APP) || { echo "$(APP) was not built by the test build" >&2; exit 1; }
	xvfb-run -a -s "-screen 0 1280x900x24" \
	  $(CARGO) test -p rolspiegel-e2e --locked -- --test-threads=1

test: lint test-rust test-ui e2e

# Writes ui/src/wire.ts afresh from the Rust wire types and ui/src/commands.ts
# from the commands in src-tauri/src/commands.rs (tests fail while either is
# stale). Run it after changing a wire type or a command.
wire:
	UPDATE_WIRE=1 $(CARGO) test -p rolspiegel-app --test wire --locked
	UPDATE_WIRE=1 $(CARGO) test $(RUST_TESTS) --test config -- generated

release: ui
	$(CARGO) build -p rolspiegel --release

# Installable packages for Linux with Tauri's bundler: a .deb and an .rpm
# in target/release/bundle/. The bundler is @tauri-apps/cli from npm, the
# same version as the tauri crate, installed into target/tauri-cli only for
# this (not in ui/package.json: the npm registry these machines reach lacks
# its Windows and macOS builds, which a lock file would have to list). No
# AppImage: its bundler downloads linuxdeploy from GitHub at build time.
# Run from src-tauri/, so the CLI finds this app's tauri.conf.json (and not
# the bare app's in bench/).
TAURI_CLI_VERSION := 2.12.5
TAURI_CLI := target/tauri-cli/node_modules/.bin/tauri
$(TAURI_CLI):
	npm install --prefix target/tauri-cli --no-save --no-package-lock --no-audit --no-fund \
	  @tauri-apps/cli@$(TAURI_CLI_VERSION)

package: ui $(TAURI_CLI)
	scripts/package-files.sh
	cd src-tauri && ../$(TAURI_CLI) build --ci --bundles deb,rpm
	@ls -l target/release/bundle/deb/*.deb target/release/bundle/rpm/*.rpm

# Installs the .deb in a clean Debian 12 root and starts it there (needs
# root and Debian's mirror; not part of `make test`: about ten minutes).
package-test: package
	@scripts/install-deps.sh package
	scripts/package-test.sh

bench: ui
	$(CARGO) bench -p rolspiegel-app --bench import_memory --locked
	$(CARGO) bench -p rolspiegel-app --bench history --bench groups --bench report --bench startup --locked
	$(CARGO) bench -p rolspiegel-workshop --bench live_load --bench room_pace --locked
	bench/launch.sh

# Fuzz the file formats with libFuzzer (cargo-fuzz on the nightly toolchain
# these machines carry). Not part of `make test`, which runs a short seeded
# mutation run of the same parsers on stable.
FUZZ_RUNS ?= 1000000
FUZZ_TARGETS := results participant group backup colleague_code colleague_file
fuzz:
	@command -v cargo-fuzz >/dev/null 2>&1 || $(CARGO) install cargo-fuzz --locked
	@for target in $(FUZZ_TARGETS); do \
	  mkdir -p fuzz/corpus/$$target; \
	  cp fuzz/seeds/*.json fuzz/seeds/*.txt fuzz/corpus/$$target/ ; \
	  (cd fuzz && $(CARGO) +nightly fuzz run $$target corpus/$$target -- \
	     -runs=$(FUZZ_RUNS) -max_len=65536 -rss_limit_mb=512 -print_final_stats=1) || exit 1; \
	done

clean:
	$(CARGO) clean
	rm -rf $(UI)/dist $(UI)/node_modules artifacts
