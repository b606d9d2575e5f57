// The engine in the background: the wasm package (`pkg/`, wasm-bindgen --target web), loaded
// once, when a page Sourcelight is on says hello, or on the first run (a worker woken for a badge
// update does not compile it).

import { api } from '../browser.js';
import init, { Run, warmUp } from '../../pkg/sourcelight.js';

let ready = null;
let exports = null;
let warming = null;

/** The engine's WebAssembly memory in bytes (0 before it is loaded): for the bench. */
export const engineMemoryBytes = () => exports?.memory.buffer.byteLength ?? 0;

/** Loads the engine once; a failed load is tried again on the next call, not remembered. */
function load() {
  ready ??= init({ module_or_path: api.runtime.getURL('engine.wasm') }).then(
    (e) => (exports = e),
    (e) => {
      ready = null;
      throw e;
    },
  );
  return ready;
}

/**
 * Rounds of the warm-up. The first compiles the engine's code (in Chrome with V8's baseline
 * compiler, Liftoff) and builds its tables. The rounds after it run that code often enough for V8
 * to compile the busiest functions again with its optimizing compiler (TurboFan), off the
 * worker's thread, while the page is still loading. With one round, the first pages after the
 * worker starts were decided on baseline code. The engine's time for three recorded pages (cnn,
 * guardian-1, nytimes-2; `target/replay.json`), each decided once, 200 ms after the warm-up, in
 * Node 20 (V8), median of 3 starts: 66 ms after 1 round, 31 after 20, 29 after 50. In Chromium
 * with the extension, the time from the content script's send to the outcome on the first page
 * after a browser start (median of 10 starts) went from 119 to 100 ms (cnn), 101 to 74
 * (guardian-1) and 103 to 87 (nytimes-2) with 20 rounds.
 */
const WARM_UP_ROUNDS = 20;

/**
 * Runs the engine's warm-up (`warmUp`, src/engine/warm.rs) `WARM_UP_ROUNDS` times, one round per
 * task, so that a page's run that comes in the meantime waits for one round (about 2 ms), not all.
 * The engine must be loaded.
 */
export async function warmUpInRounds() {
  for (let i = 0; i < WARM_UP_ROUNDS; i++) {
    if (i) await new Promise((r) => setTimeout(r, 0));
    warmUp();
  }
}

/**
 * Loads the engine and warms it up (`warmUpInRounds`), once per worker: called when a page that
 * Sourcelight is on says hello at document_start, so that the page's run, at DOMContentLoaded,
 * finds the engine compiled and its tables built. A failed load is the run's to report (it loads
 * the engine again); a failed warm-up is a bug, logged.
 */
export function warmEngine() {
  warming ??= load().then(
    () => warmUpInRounds().catch((e) => console.error('Sourcelight: warm-up failed:', e)),
    () => {
      warming = null;
    },
  );
}

/** Starts one run of the engine (`new Run(packed, request)`, see src/api.rs). */
export async function startRun(packed, request) {
  await load();
  return new Run(packed, request);
}
