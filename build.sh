#!/usr/bin/env bash
# Sourcelight: build, demo and test.
#
#   ./build.sh          set up what is missing, build dist/, run the demo (screenshots in dist/demo/)
#   ./build.sh test     set up, build, then run every test: native, wasm in Chromium and Firefox,
#                       web-ext lint, end to end with the built extension in both browsers
#   ./build.sh bench    set up, build, then print the benchmarks (page-load cost, whole pass, size, memory, throughput)
#   ./build.sh fuzz [s] run every fuzz target for s seconds (default 600), one after another
#   ./build.sh demo     set up, then the demo (after a build)
#   ./build.sh setup    only install what is missing
#
# Setup is idempotent: on a machine that has everything it only checks (a few seconds). It needs
# the package registries only (apt, crates.io, npm): rustup where it can download, else Debian's
# rustc-web for the wasm32 target; no browser download.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$PWD

WASM_BINDGEN_VERSION=0.2.130   # must equal the wasm-bindgen pin in Cargo.toml
WASM_PACK_VERSION=0.15.1
GECKODRIVER_VERSION=0.37.1
TWIGGY_VERSION=0.8.0            # the bench's wasm size by module
APT_PACKAGES=(chromium chromium-driver firefox-esr fonts-dejavu-core zip)
DEBIAN_RUST=(rustc-web cargo-web rust-web-src lld-22)
TARGET=wasm32-unknown-unknown
VERSION=$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n1)

log() { printf '\033[1m» %s\033[0m\n' "$*" >&2; }
die() { printf 'build.sh: %s\n' "$*" >&2; exit 1; }
as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

# ── setup ───────────────────────────────────────────────────────────────────────────────────
apt_install() {
  local missing=()
  for p in "$@"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "installing Debian packages: ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# The wasm32 toolchain. The standard library is compiled with the crate (-Zbuild-std), so that
# no prebuilt wasm32 standard library is needed; what is needed is a rustc with the standard
# library's sources and rust-lld. A normal rustup provides both (target wasm32 and component
# rust-src); where rustup cannot download them, Debian's rustc-web, rust-web-src and lld-22 do.
# The engine needs rustc >= MIN_WASM_RUSTC: 1.96 builds it 22 KB smaller than 1.95 (raw 446,717 →
# 424,628 B; gzipped 198,333 → 189,021 B; the in-page pass as fast, `SL_BENCH_ONLY=pass`). Only
# the wasm build and the wasm tests use that toolchain (WASM_RUST_BIN, put first on their PATH):
# fmt, clippy and the native tests keep the default one, whose clippy and rustfmt match it.
MIN_WASM_RUSTC=1.96
WASM_RUST_BIN=""
has_wasm_toolchain() { # $1: directory of the rustc to check (empty: the one on PATH)
  local sysroot version
  sysroot=$(PATH="${1:+$1:}$PATH" rustc --print sysroot 2>/dev/null) || return 1
  version=$(PATH="${1:+$1:}$PATH" rustc --version | awk '{print $2}')
  [ "$(printf '%s\n' "$MIN_WASM_RUSTC" "$version" | sort -V | head -n1)" = "$MIN_WASM_RUSTC" ] \
    && [ -d "$sysroot/lib/rustlib/src/rust/library" ] && [ -e "$sysroot/lib/rustlib/x86_64-unknown-linux-gnu/bin/rust-lld" ]
}

setup_wasm_target() {
  has_wasm_toolchain "" && return 0
  if has_wasm_toolchain /usr/bin; then
    WASM_RUST_BIN=/usr/bin # Debian's toolchain, set up on an earlier run
    return 0
  fi
  if command -v rustup >/dev/null && timeout 120 rustup target add "$TARGET" >/dev/null 2>&1 \
    && timeout 120 rustup component add rust-src >/dev/null 2>&1 && has_wasm_toolchain ""; then
    return 0
  fi
  log "no rustc >= $MIN_WASM_RUSTC with the wasm32 pieces here: using Debian's rustc-web"
  apt_install "${DEBIAN_RUST[@]}"
  WASM_RUST_BIN=/usr/bin
  local bin
  bin=$(/usr/bin/rustc --print sysroot)/lib/rustlib/x86_64-unknown-linux-gnu/bin
  if [ ! -e "$bin/rust-lld" ]; then
    as_root mkdir -p "$bin"
    as_root ln -sf /usr/bin/lld-22 "$bin/rust-lld"
  fi
  has_wasm_toolchain /usr/bin || die "no wasm32 toolchain: need rustc >= $MIN_WASM_RUSTC with rust-src and rust-lld"
}

# cargo for wasm32: the standard library is built from source with the crate (see above), with
# its `optimize_for_size` feature (smaller sort and formatting code): 457,195 → 440,278 B raw,
# 202,770 → 196,324 B gzipped, and the in-page whole pass unchanged (deciding, median over the
# 130 pages, 5.5/5.4 ms against 5.6/5.6 ms; `SL_BENCH_ONLY=pass node tests/e2e/bench.mjs`,
# two rounds each, alternated).
wasm_cargo() { PATH="${WASM_RUST_BIN:+$WASM_RUST_BIN:}$PATH" RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort CARGO_UNSTABLE_BUILD_STD_FEATURES=optimize_for_size cargo "$@"; }

cargo_tool() { # $1: crate, $2: version, $3: binary, $4: how the binary prints its version
  local have
  have=$("$3" --version 2>/dev/null | head -n1 || true)
  case "$have" in *"$2"*) return 0 ;; esac
  log "installing $1 $2 from crates.io (a few minutes, once)"
  cargo install -q "$1" --version "$2" --force
}

setup_npm() {
  if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then return 0; fi
  log "installing npm dev tools (esbuild, playwright-core, puppeteer-core, web-ext, binaryen)"
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
}

setup() {
  command -v cargo >/dev/null || die "cargo is needed (a Rust toolchain)"
  command -v npm >/dev/null || die "node and npm are needed"
  apt_install "${APT_PACKAGES[@]}"
  setup_wasm_target
  export PATH="$PATH:$HOME/.cargo/bin"
  cargo_tool wasm-bindgen-cli "$WASM_BINDGEN_VERSION" wasm-bindgen
  cargo_tool wasm-pack "$WASM_PACK_VERSION" wasm-pack
  cargo_tool geckodriver "$GECKODRIVER_VERSION" geckodriver
  setup_npm
}

# ── build ───────────────────────────────────────────────────────────────────────────────────
# pkg/                      the engine (wasm-bindgen --target web): sourcelight.js + sourcelight_bg.wasm
# extension/generated/      rule files generated from the engine's tables (examples/generated.rs)
# dist/chrome/, dist/firefox/    unpacked extensions; dist/sourcelight-<browser>-<version>.zip
# dist/www/                 the demo and test pages, with the seed page built from ../shared/seed/
# -Oz, then whole-program flow analysis (--gufa) and -Oz again until nothing changes: about
# 1 KB raw and 2 KB gzipped less than -Oz alone, for some 20 s more. --low-memory-unused lets
# wasm-opt fold constant offsets into loads and stores, assuming no address below 1 KiB: Rust
# puts the stack first, growing down from 1 MiB to 0, so only a stack within 1 KiB of
# overflowing reaches there (405,309 → 402,270 B raw, 179,608 → 178,777 B gzipped).
# -ocimfs 50: a function that has one caller is inlined into it only when it is small (50, in
# Binaryen's size units; by default any size is). Inlining every such function had made a few
# functions of 7,000–24,000 bytes of code (engine::decide, find_visible, Session::scan,
# Run::step, segment), which V8's optimizing compiler took 10–80 ms each to compile, on another
# thread but on the same CPUs as the page; and the baseline compiler compiles a function whole
# on its first call. Against the default (2026-12-07, same engine): 400,116 → 404,485 B raw,
# 179,623 → 168,583 B gzipped; TurboFan's compile time in a Node 20 warm-up and cnn 180 → 81 ms,
# largest function 23,985 → 8,692 B; deciding every 4th recorded page 2,947–2,973 → 2,793–2,816 M
# instructions; the cold first decision in Chromium (22 pages, median, two runs each) 27.5 / 29.5
# → 21.4 / 18.5 ms.
# (Sizes 0–400 tried: 20–75 are within noise of one another.)
optimize_wasm() { node_modules/.bin/wasm-opt -Oz --gufa -Oz --converge --low-memory-unused -ocimfs 50 "$@"; }

build() {
  local bin=node_modules/.bin
  log "building the engine for wasm"
  # Panics abort at once, without their messages and the formatting code behind them (about
  # 40 KB of wasm): a panic is a bug, and the background then reports the run as failed. With
  # no message, nothing reads a panic's source location: -Zlocation-detail=none leaves the file
  # names out (406,007 → 405,309 B raw, 179,968 → 179,608 B gzipped).
  # LLVM inlines a call at opt-level "z" only when the callee costs at most 5 (its threshold);
  # 40 inlines the small string and iterator steps that deciding runs per character and per word
  # (`next` of `Chars` and `CharIndices`, slice and str comparisons) and what calls them once.
  # Threshold against the wasm (B raw / B gzipped) and the instructions of deciding every 4th
  # recorded page: 12: 402,395 / 177,826, 3,725 M; 25: 401,910 / 179,401, 3,458 M;
  # 32: 400,737 / 178,311, 3,405 M; 40: 399,518 / 178,107, 3,351 M (−10.0 %); 45: 404,313 /
  # 180,371, 3,339 M; 60: 408,084 / 181,914, 3,296 M; 150: 442,925 / 195,301, 3,122 M. Past 40
  # each step buys less for more bytes; opt-level "s" costs some 28 KB. (Instructions:
  # valgrind --tool=callgrind on node --no-liftoff --single-threaded replaying every 4th page's
  # packed snapshot and layout answers, recorded in Chromium: tests/e2e/replay.mjs.)
  RUSTFLAGS="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Cllvm-args=-inline-threshold=40" \
    wasm_cargo build -q --profile wasm --target "$TARGET"
  rm -rf pkg && mkdir -p pkg
  wasm-bindgen --target web --no-typescript --out-dir pkg "target/$TARGET/wasm/sourcelight.wasm"
  optimize_wasm --strip-debug --strip-producers pkg/sourcelight_bg.wasm -o pkg/sourcelight_bg.wasm

  log "assembling dist/"
  cargo run -q --example generated -- extension
  rm -rf dist/chrome dist/firefox dist/www dist/*.zip
  for browser in chrome firefox; do
    local out="dist/$browser"
    mkdir -p "$out"
    # The content script is one classic script (no import() of extension files at run time);
    # the background and the extension's pages are modules.
    "$bin/esbuild" extension/content/main.js --bundle --format=iife --target=es2022 --log-level=warning --outfile="$out/content.js"
    # What every sub-frame runs first: it loads content.js only into a frame worth reading.
    "$bin/esbuild" extension/content/frame.js --bundle --format=iife --target=es2022 --log-level=warning --outfile="$out/frame.js"
    "$bin/esbuild" extension/background.js extension/options.js extension/popup.js --bundle --format=esm --target=es2022 --log-level=warning --outdir="$out"
    cp extension/generated/content.css extension/options.html extension/options.css extension/popup.html extension/popup.css "$out/"
    cp -r extension/icons extension/_locales "$out/"
    cp pkg/sourcelight_bg.wasm "$out/engine.wasm"
    node -e "$MANIFEST_FOR" "$browser" extension/manifest.template.json >"$out/manifest.json"
    (cd "$out" && zip -qr "../sourcelight-$browser-$VERSION.zip" .)
  done
  mkdir -p dist/www
  cp -r www/. dist/www/
  cp -r pkg dist/www/pkg # the engine package beside the pages: the worker page and the bench load it
  rm -f dist/www/seed.template.html dist/www/consent/*.mjs dist/www/placeholder/*.mjs
  node www/consent/pages.mjs dist/www/consent >/dev/null
  node www/placeholder/pages.mjs dist/www/placeholder >/dev/null
  if [ -f ../shared/seed/news-page-with-clutter.txt ]; then
    cargo run -q --example seed_page >dist/www/seed.html
  else
    log "no ../shared/seed/: the seed page is not built (the demo uses www/demo.html)"
  fi
  local size gz
  size=$(stat -c %s pkg/sourcelight_bg.wasm)
  gz=$(gzip -9c pkg/sourcelight_bg.wasm | wc -c)
  log "built: wasm $((size / 1024)) KiB ($((gz / 1024)) KiB gzipped), content.js $(($(stat -c %s dist/chrome/content.js) / 1024)) KiB, frame.js $(($(stat -c %s dist/chrome/frame.js) / 1024)) KiB; dist/sourcelight-{chrome,firefox}-$VERSION.zip"
}

# The manifest for one browser from the template: Chrome runs the background as a service worker
# and has no use for Firefox's settings; Firefox runs it as an event page (no service workers) and
# always sends messages as structured clones (Chrome from 148 on, when the manifest asks).
MANIFEST_FOR='
const [browser, file] = process.argv.slice(1);
const m = JSON.parse(require("fs").readFileSync(file, "utf8"));
if (browser === "chrome") {
  delete m.background.scripts;
  delete m.browser_specific_settings;
} else {
  delete m.background.service_worker;
  delete m.message_serialization;
}
process.stdout.write(JSON.stringify(m, null, 2) + "\n");
'

# ── test, demo, bench ──────────────────────────────────────────────────────────────────────
test_all() {
  log "format and lints (cargo fmt --check, cargo clippy -D warnings)"
  cargo fmt --check
  cargo clippy -q --all-targets -- -D warnings
  # The fuzz targets are a crate of their own (fuzz/), which the engine's API changes can leave
  # behind: they are built here, and run by `./build.sh fuzz`.
  log "the fuzz targets build (cargo check in fuzz/)"
  (cd fuzz && cargo fmt --check && cargo check -q --bins)
  log "native tests (cargo test)"
  # The property tests draw the same inputs on every run here (a red run means a change broke
  # something, never a new draw); a plain `cargo test` draws new ones, and `./build.sh fuzz`
  # explores. Failures found either way are kept in proptest-regressions/ and replayed first.
  PROPTEST_RNG_SEED=20261204 cargo test -q
  log "wasm tests in headless Chromium"
  (unset GECKODRIVER; PATH="${WASM_RUST_BIN:+$WASM_RUST_BIN:}$PATH" RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    wasm-pack test --headless --chrome --chromedriver /usr/bin/chromedriver --mode no-install -- --lib --test web)
  log "wasm tests in headless Firefox"
  (unset CHROMEDRIVER; PATH="${WASM_RUST_BIN:+$WASM_RUST_BIN:}$PATH" RUSTC_BOOTSTRAP=1 CARGO_UNSTABLE_BUILD_STD=std,panic_abort \
    wasm-pack test --headless --firefox --geckodriver "$(command -v geckodriver)" --mode no-install -- --lib --test web)
  log "web-ext lint (Firefox package)"
  node tests/e2e/lint.mjs dist/firefox
  log "the engine package in Node, then the extension in Chromium and Firefox, end to end"
  node --test tests/node/*.test.mjs
  node --test --test-concurrency=1 tests/e2e/*.test.mjs
}

demo() {
  log "demo: the seed page before and after, in headless Chromium with the extension"
  node tests/e2e/demo.mjs
}

bench() {
  # What takes the room in the wasm, by module: twiggy on the shipped build's code with its
  # function names kept (the shipped file has none).
  cargo_tool twiggy "$TWIGGY_VERSION" twiggy
  local names=target/sourcelight-names
  rm -rf "$names" && mkdir -p "$names"
  wasm-bindgen --target web --no-typescript --out-dir "$names" "target/$TARGET/wasm/sourcelight.wasm"
  optimize_wasm -g "$names/sourcelight_bg.wasm" -o "$names/sourcelight_bg.wasm"
  export SL_WASM_WITH_NAMES="$names/sourcelight_bg.wasm"
  log "native: attribution throughput"
  cargo run -q --release --example bench_attribution
  log "native: hostile pages (thousands of notices, widgets, counters; a notice 3000 deep)"
  cargo run -q --release --example bench_hostile
  log "in the browsers: page-load cost against a no-op extension, the whole pass beside Readability, size, memory, popup"
  node tests/e2e/bench.mjs "$@"
}

# Fuzzing (fuzz/, cargo-fuzz and libFuzzer): `./build.sh fuzz [seconds]` runs every target in
# fuzz/fuzz_targets/ for that long (default 600 s each), one after another, and prints per target
# the runs made and whether it crashed (the crashing input is then in fuzz/artifacts/<target>/;
# corpora grow in fuzz/corpus/, kept between runs, never committed). cargo-fuzz needs unstable
# flags: the nightly toolchain where rustup has one, else this rustc told to allow them, as the
# wasm32 build does. An input that takes over 10 s counts as a crash (a hang).
fuzz() {
  local seconds=${1:-600} failed=0 t out runs
  export PATH="$PATH:$HOME/.cargo/bin"
  cargo_tool cargo-fuzz 0.13.2 cargo-fuzz
  local fuzz_cargo=(cargo +nightly)
  "${fuzz_cargo[@]}" --version >/dev/null 2>&1 || fuzz_cargo=(env RUSTC_BOOTSTRAP=1 cargo)
  for t in $(cd fuzz && "${fuzz_cargo[@]}" fuzz list); do
    log "fuzz: $t for ${seconds}s"
    out=$(mktemp)
    local verdict="no crash"
    (cd fuzz && nice "${fuzz_cargo[@]}" fuzz run "$t" -- -max_total_time="$seconds" -timeout=10 -print_final_stats=1) >"$out" 2>&1 \
      || { failed=1; verdict="CRASHED: $(grep -m1 -E 'panicked at|ERROR: libFuzzer|^error' "$out" || true)"; }
    runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$out" | tail -n1)
    printf '%-26s %12s runs  %s\n' "$t" "${runs:-?}" "$verdict"
    grep -E 'Test unit written' "$out" || true
    rm -f "$out"
  done
  return "$failed"
}

main() {
  local cmd=${1:-all}
  shift || true
  case "$cmd" in
    all) setup; build; demo ;;
    setup) setup ;;
    build) setup; build ;;
    test) setup; build; test_all ;;
    demo) setup; demo ;;
    bench) setup; build; bench "$@" ;;
    fuzz) fuzz "$@" ;;
    *) die "unknown command '$cmd' (use: build.sh [test|bench|fuzz|demo|setup|build])" ;;
  esac
}

main "$@"
