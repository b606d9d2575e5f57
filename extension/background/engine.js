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
 * Loads the engine and runs it once over its own small page (`warmUp`, src/engine/warm.rs), once
 * per worker: called when a page that Sourcelight is on says hello at document_start, so that the
 * page's run, at DOMContentLoaded, finds the engine compiled and its tables built. A failed load
 * is the run's to report (it loads the engine again); a failed warm-up is a bug, logged.
 */
export function warmEngine() {
  warming ??= load().then(
    () => {
      try {
        warmUp();
      } catch (e) {
        console.error('Sourcelight: warm-up failed:', e);
      }
    },
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
